// Reductions with indices, softmax, scans, sorting, joining and splitting
// (shape_ops.h) against PyTorch 1.13.1.
//
// Expected values come from tests/tensor/gen_shape_expected.py run under /usr/bin/python3:
// from the file named by $UPY_SHAPE_EXPECTED if set, else the test runs the script itself
// into a temporary file. Case names and loops mirror the script's.
#include "tensor/shape_ops.h"

#include "tensor_test_util.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

using namespace tensor;
using tensor_test::kAllTypes;

namespace {

// Half sums and double reductions run in other orders than PyTorch's.
const tensor_test::RecordFile &records() {
  static const tensor_test::RecordFile file("gen_shape_expected.py", "UPY_SHAPE_EXPECTED",
                                            {2e-3, 1e-2, 1e-5, 1e-9, true});
  return file;
}

::testing::AssertionResult check(const std::string &name, const Tensor &t) {
  return records().matches(name, t);
}

// A list result: "S name#len N" then name.0 ... name.N-1.
::testing::AssertionResult check_list(const std::string &name, bool ok, const Tensor *items,
                                      size_t n) {
  const tensor_test::Record *r = records().find(name);
  if (r && (r->kind == 'N' || r->kind == 'E')) return records().matches(name, ok, Tensor());
  const tensor_test::Record *len = records().find(name + "#len");
  if (!len) return ::testing::AssertionFailure() << name << ": no expected record";
  if (!ok) return ::testing::AssertionFailure() << name << ": failed: " << error().message;
  if (std::to_string(n) != len->rest)
    return ::testing::AssertionFailure() << name << ": " << n << " items, want " << len->rest;
  for (size_t i = 0; i < n; i++) {
    ::testing::AssertionResult res = check(name + "." + std::to_string(i), items[i]);
    if (!res) return res;
  }
  return ::testing::AssertionSuccess();
}

::testing::AssertionResult check(const std::string &name, const ValuesIndices &vi) {
  Tensor items[2] = {vi.values, vi.indices};
  return check_list(name, vi.values.defined(), items, 2);
}

Tensor in(const std::string &key, ScalarType x, int seed = 0) {
  return tensor_test::inp(key.c_str(), x, seed);
}

const char *const kKeys[] = {"s234", "p234", "t23", "s0d", "s03"};

Tensor from_doubles(std::vector<double> v, IntArrayRef sizes, ScalarType t) {
  Tensor d = from_data(v.data(), sizes, ScalarType::Double);
  return to_dtype(d, t);
}

// Same values as SPECIAL and TIES in the script.
Tensor special() {
  const double nan = NAN, inf = INFINITY;
  return from_doubles(
      {1, 3, 3, nan, 3, nan, 2, -inf, 1, inf, 0, 2, -inf, -inf, -inf, -inf, -inf, -inf}, {3, 6},
      ScalarType::Float);
}

Tensor ties() {
  std::vector<int64_t> one = {1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
                              1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 2};
  std::vector<int64_t> v;
  for (int i = 0; i < 8; i++) v.insert(v.end(), one.begin(), one.end());
  return from_data(v.data(), {static_cast<int64_t>(v.size())}, ScalarType::Long);
}

std::string fmt_p(double p) {
  if (std::isinf(p)) return p > 0 ? "inf" : "-inf";
  return std::to_string(static_cast<int>(p));
}

} // namespace

// ---------------------------------------------------------------------------
// Reductions

TEST(ShapeReduce, AllElements) {
  for (ScalarType x : kAllTypes)
    for (const char *k : kKeys) {
      std::string n = std::string(scalar_type_name(x)) + "_" + k;
      Tensor a = in(k, x);
      EXPECT_TRUE(check("prod_all_" + n, prod(a)));
      EXPECT_TRUE(check("max_all_" + n, max(a)));
      EXPECT_TRUE(check("min_all_" + n, min(a)));
      EXPECT_TRUE(check("argmax_all_" + n, argmax(a)));
      EXPECT_TRUE(check("argmin_all_k_" + n, argmin(a, kNoDim, true)));
      EXPECT_TRUE(check("all_all_" + n, all(a)));
      EXPECT_TRUE(check("any_all_" + n, any(a)));
      EXPECT_TRUE(check("var_all_" + n, var(a)));
      EXPECT_TRUE(check("std_all_" + n, tensor::std(a, {}, 0)));
      EXPECT_TRUE(check("norm_all_" + n, norm(a)));
      EXPECT_TRUE(check("var_02_" + n, var(a, {0, -1}, 1, true)));
      EXPECT_TRUE(check("norm_fro_01_" + n, norm(a, 2, {0, 1})));
      EXPECT_TRUE(check("logsumexp_01_" + n, logsumexp(a, {0, 1})));
    }
}

struct DimCase {
  int64_t dim;
  bool keepdim;
};
static const DimCase kDimCases[] = {{0, false}, {-1, true}, {1, false}};

static std::string dim_suffix(ScalarType x, const char *k, DimCase c) {
  return std::string(scalar_type_name(x)) + "_" + k + "_" + std::to_string(c.dim) + "_" +
         std::to_string(c.keepdim);
}

TEST(ShapeReduce, AlongDim) {
  for (ScalarType x : kAllTypes)
    for (const char *k : kKeys)
      for (DimCase c : kDimCases) {
        std::string m = dim_suffix(x, k, c);
        Tensor a = in(k, x);
        EXPECT_TRUE(check("prod_" + m, prod(a, c.dim, c.keepdim)));
        EXPECT_TRUE(check("max_" + m, max(a, c.dim, c.keepdim)));
        EXPECT_TRUE(check("min_" + m, min(a, c.dim, c.keepdim)));
        EXPECT_TRUE(check("argmax_" + m, argmax(a, c.dim, c.keepdim)));
        EXPECT_TRUE(check("argmin_" + m, argmin(a, c.dim, c.keepdim)));
        EXPECT_TRUE(check("all_" + m, all(a, c.dim, c.keepdim)));
        EXPECT_TRUE(check("any_" + m, any(a, c.dim, c.keepdim)));
        EXPECT_TRUE(check("logsumexp_" + m, logsumexp(a, {c.dim}, c.keepdim)));
        for (int64_t corr : {0, 1, 2}) {
          std::string s = "_" + std::to_string(corr);
          EXPECT_TRUE(check("var_" + m + s, var(a, {c.dim}, corr, c.keepdim)));
          EXPECT_TRUE(check("std_" + m + s, tensor::std(a, {c.dim}, corr, c.keepdim)));
        }
        for (double p : {2.0, 1.0, double(INFINITY), -double(INFINITY), 0.0, 3.0})
          EXPECT_TRUE(check("norm_" + m + "_" + fmt_p(p), norm(a, p, {c.dim}, c.keepdim)));
      }
}

TEST(ShapeReduce, DtypeArgument) {
  for (ScalarType x : kAllTypes)
    for (ScalarType d : {ScalarType::Long, ScalarType::Double, ScalarType::Bool}) {
      std::string n = std::string(scalar_type_name(x)) + "_" + scalar_type_name(d);
      EXPECT_TRUE(check("prod_dtype_" + n, prod(in("s234", x), 1, false, d)));
      EXPECT_TRUE(check("cumsum_dtype_" + n, cumsum(in("s234", x), 1, d)));
      EXPECT_TRUE(check("softmax_dtype_" + n, softmax(in("s234", x), 1, d)));
    }
}

TEST(ShapeReduce, SpecialValuesAndTies) {
  Tensor s = special();
  for (int64_t d : {0, 1}) {
    std::string n = std::to_string(d);
    EXPECT_TRUE(check("special_max_" + n, max(s, d)));
    EXPECT_TRUE(check("special_min_" + n, min(s, d)));
    EXPECT_TRUE(check("special_argmax_" + n, argmax(s, d)));
    EXPECT_TRUE(check("special_sort_" + n, sort(s, d)));
    EXPECT_TRUE(check("special_sort_desc_" + n, sort(s, d, true)));
    EXPECT_TRUE(check("special_topk_" + n, topk(s, 2, d)));
    EXPECT_TRUE(check("special_topk_small_" + n, topk(s, 2, d, false)));
    EXPECT_TRUE(check("special_logsumexp_" + n, logsumexp(s, {d})));
    EXPECT_TRUE(check("special_softmax_" + n, softmax(s, d)));
    EXPECT_TRUE(check("special_log_softmax_" + n, log_softmax(s, d)));
    EXPECT_TRUE(check("special_norm_" + n, norm(s, INFINITY, {d})));
    EXPECT_TRUE(check("special_cumsum_" + n, cumsum(s, d)));
  }
  Tensor t = ties();
  for (bool stable : {false, true})
    for (bool desc : {false, true})
      EXPECT_TRUE(check("ties_sort_" + std::to_string(stable) + "_" + std::to_string(desc),
                        sort(t, -1, desc, stable)));
  for (int64_t k : {1, 2, 3, 5, 100, 192})
    for (bool largest : {false, true})
      for (bool sorted : {false, true})
        EXPECT_TRUE(check("ties_topk_" + std::to_string(k) + "_" + std::to_string(largest) + "_" +
                              std::to_string(sorted),
                          topk(t, k, -1, largest, sorted)));
  EXPECT_TRUE(check("ties_argmax", argmax(t)));
  EXPECT_TRUE(check("ties_argmin", argmin(t)));
}

TEST(ShapeReduce, EmptyZeroDimAndErrors) {
  Tensor f = in("s234", ScalarType::Float), e = in("s03", ScalarType::Float);
  EXPECT_TRUE(check("err_max_empty", max(e)));
  EXPECT_TRUE(check("err_max_empty_dim", max(e, 0)));
  EXPECT_TRUE(check("max_empty_dim1", max(e, 1)));
  EXPECT_TRUE(check("err_argmax_empty", argmax(e)));
  EXPECT_TRUE(check("err_argmax_empty_dim", argmax(e, 0)));
  EXPECT_TRUE(check("err_max_dim", max(f, 3)));
  EXPECT_TRUE(check("err_prod_dim", prod(f, -4)));
  EXPECT_TRUE(check("err_var_int", var(in("s234", ScalarType::Long))));
  EXPECT_TRUE(check("err_norm_int", norm(in("s234", ScalarType::Long))));
  EXPECT_TRUE(check("err_softmax_int", softmax(in("s234", ScalarType::Long), 0)));
  EXPECT_TRUE(check("err_log_softmax_int", log_softmax(in("s234", ScalarType::Int), 0)));
  EXPECT_TRUE(check("err_topk_k", topk(f, 5)));
  EXPECT_TRUE(check("err_topk_neg", topk(f, -1)));
  EXPECT_TRUE(check("err_cumsum_dim", cumsum(f, 3)));
  EXPECT_TRUE(check("err_sort_dim", sort(f, -4)));
  EXPECT_TRUE(check("err_var_dup", var(f, {0, 0})));
  EXPECT_TRUE(check("topk_k0", topk(f, 0)));
  EXPECT_TRUE(check("prod_empty", prod(e)));
  EXPECT_TRUE(check("prod_empty_d0", prod(e, 0)));
  EXPECT_TRUE(check("all_empty", all(e)));
  EXPECT_TRUE(check("any_empty_d1", any(e, 1)));
  EXPECT_TRUE(check("var_one", var(ones({1}, ScalarType::Float))));
  EXPECT_TRUE(check("var_empty", var(e, {0})));
  Tensor z = full({}, 2.5, ScalarType::Float);
  EXPECT_TRUE(check("sort_0d", sort(z)));
  EXPECT_TRUE(check("max_0d", max(z, 0)));
}

TEST(ShapeReduce, OutForms) {
  Tensor f = in("s234", ScalarType::Float);
  Tensor o = empty({0}, ScalarType::Float);
  EXPECT_TRUE(check("out_prod", prod_out(f, 1, false, ScalarType::Undefined, o) ? o : Tensor()));
  o = empty({0}, ScalarType::Double);
  EXPECT_TRUE(
      check("out_prod_dtype", prod_out(f, 1, false, ScalarType::Undefined, o) ? o : Tensor()));
  o = empty({0}, ScalarType::Long);
  EXPECT_TRUE(
      check("out_cumsum",
            cumsum_out(in("s234", ScalarType::Int), 1, ScalarType::Undefined, o) ? o : Tensor()));
  ValuesIndices vi{empty({0}, ScalarType::Float), empty({0}, ScalarType::Long)};
  EXPECT_TRUE(check("out_max", max_out(f, 1, false, vi.values, vi.indices) ? vi : ValuesIndices()));
  vi = {empty({0}, ScalarType::Float), empty({0}, ScalarType::Long)};
  EXPECT_TRUE(check("out_sort",
                    sort_out(f, 1, false, false, vi.values, vi.indices) ? vi : ValuesIndices()));
  o = empty({0}, ScalarType::Float);
  EXPECT_TRUE(check("out_softmax", softmax_out(f, 1, ScalarType::Undefined, o) ? o : Tensor()));
  o = empty({0}, ScalarType::Long);
  EXPECT_TRUE(check("out_argmax", argmax_out(f, 1, false, o) ? o : Tensor()));
}

// ---------------------------------------------------------------------------
// softmax, scans, sorting along a dim

TEST(ShapeAlongDim, SoftmaxScanSort) {
  for (ScalarType x : kAllTypes)
    for (const char *k : kKeys)
      for (DimCase c : kDimCases) {
        std::string m = dim_suffix(x, k, c);
        Tensor a = in(k, x);
        EXPECT_TRUE(check("cumsum_" + m, cumsum(a, c.dim)));
        EXPECT_TRUE(check("cumprod_" + m, cumprod(a, c.dim)));
        EXPECT_TRUE(check("softmax_" + m, softmax(a, c.dim)));
        EXPECT_TRUE(check("log_softmax_" + m, log_softmax(a, c.dim)));
        EXPECT_TRUE(check("sort_" + m, sort(a, c.dim, c.keepdim)));
        EXPECT_TRUE(check("sort_stable_" + m, sort(a, c.dim, c.keepdim, true)));
        EXPECT_TRUE(check("argsort_" + m, argsort(a, c.dim, c.keepdim)));
        EXPECT_TRUE(check("topk_" + m, topk(a, 2, c.dim, c.keepdim)));
      }
}

// ---------------------------------------------------------------------------
// cat, stack, split, chunk

TEST(ShapeJoin, CatStack) {
  for (ScalarType x : kAllTypes)
    for (ScalarType y : {ScalarType::Long, ScalarType::Float, ScalarType::Bool}) {
      std::string n = std::string(scalar_type_name(x)) + "_" + scalar_type_name(y);
      Tensor a[2] = {in("s234", x), in("p234", y, 1)};
      EXPECT_TRUE(check("cat_" + n, cat(a, 2, 1)));
      Tensor b[2] = {in("t23", x), in("s23", y, 1)};
      EXPECT_TRUE(check("cat0_" + n, cat(b, 2)));
      EXPECT_TRUE(check("stack_" + n, stack(b, 2, -1)));
    }
  Tensor f = in("s234", ScalarType::Float);
  for (int64_t d : {0, 1, 2, -1, -3}) {
    Tensor a[3] = {f, f, in("p234", ScalarType::Float)};
    EXPECT_TRUE(check("cat_dim_" + std::to_string(d), cat(a, 3, d)));
    Tensor b[2] = {in("s23", ScalarType::Int), in("t23", ScalarType::Int)};
    EXPECT_TRUE(check("stack_dim_" + std::to_string(d), stack(b, 2, d)));
  }
  Tensor legacy[2] = {empty({0}, ScalarType::Double), f};
  EXPECT_TRUE(check("cat_legacy_empty", cat(legacy, 2, 2)));
  Tensor all_legacy[2] = {empty({0}, ScalarType::Float), empty({0}, ScalarType::Long)};
  EXPECT_TRUE(check("cat_all_legacy", cat(all_legacy, 2)));
  Tensor rows[2] = {in("s03", ScalarType::Float), in("s23", ScalarType::Float)};
  EXPECT_TRUE(check("cat_with_empty_rows", cat(rows, 2)));
  Tensor one[1] = {in("t23", ScalarType::Half)};
  EXPECT_TRUE(check("cat_one", cat(one, 1, 1)));
}

TEST(ShapeJoin, CatStackErrorsAndOut) {
  Tensor f = in("s234", ScalarType::Float), s23 = in("s23", ScalarType::Float);
  EXPECT_TRUE(check("err_cat_empty", cat(nullptr, 0)));
  Tensor zd[2] = {full({}, 1.0, ScalarType::Float), full({}, 2.0, ScalarType::Float)};
  EXPECT_TRUE(check("err_cat_0d", cat(zd, 2)));
  Tensor nd[2] = {s23, in("s3", ScalarType::Float)};
  EXPECT_TRUE(check("err_cat_ndim", cat(nd, 2)));
  Tensor sz[2] = {s23, tensor::t(in("t23", ScalarType::Float))};
  EXPECT_TRUE(check("err_cat_size", cat(sz, 2, 1)));
  Tensor same[2] = {s23, s23};
  EXPECT_TRUE(check("err_cat_dim", cat(same, 2, 2)));
  Tensor st[2] = {in("s21", ScalarType::Float), in("s3", ScalarType::Float)};
  EXPECT_TRUE(check("err_stack_size", stack(st, 2)));
  Tensor st2[2] = {zeros({2}, ScalarType::Float), zeros({3}, ScalarType::Float)};
  EXPECT_TRUE(check("err_stack_size2", stack(st2, 2)));
  EXPECT_TRUE(check("err_stack_empty", stack(nullptr, 0)));
  Tensor ff[2] = {f, f};
  EXPECT_TRUE(check("err_stack_dim", stack(ff, 2, 4)));
  Tensor sc[2] = {scalar_to_tensor(Scalar(int64_t(1))), scalar_to_tensor(Scalar(int64_t(2)))};
  EXPECT_TRUE(check("stack_0d", stack(sc, 2)));
  Tensor o = empty({0}, ScalarType::Double);
  EXPECT_TRUE(check("out_cat", cat_out(ff, 2, 1, o) ? o : Tensor()));
  o = empty({0}, ScalarType::Long);
  EXPECT_TRUE(check("err_out_cat", cat_out(ff, 2, 1, o) ? o : Tensor()));
  o = empty({0}, ScalarType::Float);
  EXPECT_TRUE(check("out_stack", stack_out(ff, 2, 1, o) ? o : Tensor()));
}

template <class F> static ::testing::AssertionResult check_parts(const std::string &name, F f) {
  size_t n = 0;
  if (!f(nullptr, &n)) return check_list(name, false, nullptr, 0);
  std::vector<Tensor> parts(n);
  bool ok = f(parts.data(), &n);
  return check_list(name, ok, parts.data(), n);
}

TEST(ShapeJoin, SplitChunk) {
  for (const char *k : {"s234", "p234"})
    for (int64_t d : {0, 1, -1})
      for (int64_t s : {1, 2, 3, 5}) {
        std::string n = std::string(k) + "_" + std::to_string(d) + "_" + std::to_string(s);
        Tensor a = in(k, ScalarType::Float);
        EXPECT_TRUE(
            check_parts("split_" + n, [&](Tensor *p, size_t *c) { return split(a, s, d, p, c); }));
        EXPECT_TRUE(
            check_parts("chunk_" + n, [&](Tensor *p, size_t *c) { return chunk(a, s, d, p, c); }));
      }
  Tensor f = in("s234", ScalarType::Float), e = in("s03", ScalarType::Float);
  Tensor z = full({}, 1.0, ScalarType::Float);
  auto sp = [&](const Tensor &t, int64_t s, int64_t d) {
    return [&t, s, d](Tensor *p, size_t *c) { return split(t, s, d, p, c); };
  };
  auto sws = [&](const Tensor &t, std::vector<int64_t> sizes, int64_t d) {
    return [&t, sizes, d](Tensor *p, size_t *c) {
      return split_with_sizes(t, IntArrayRef(sizes.data(), sizes.size()), d, p, c);
    };
  };
  auto ch = [&](const Tensor &t, int64_t s, int64_t d) {
    return [&t, s, d](Tensor *p, size_t *c) { return chunk(t, s, d, p, c); };
  };
  EXPECT_TRUE(check_parts("split_sizes", sws(f, {1, 0, 3}, 2)));
  EXPECT_TRUE(check_parts("split_empty", sp(e, 0, 0)));
  EXPECT_TRUE(check_parts("split_empty2", sp(e, 2, 0)));
  EXPECT_TRUE(check_parts("chunk_empty", ch(e, 3, 0)));
  EXPECT_TRUE(check_parts("err_split_neg", sp(f, -1, 0)));
  EXPECT_TRUE(check_parts("err_split_zero", sp(f, 0, 1)));
  EXPECT_TRUE(check_parts("err_split_0d", sp(z, 1, 0)));
  EXPECT_TRUE(check_parts("err_split_sizes", sws(f, {1, 1}, 1)));
  EXPECT_TRUE(check_parts("err_split_sizes_neg", sws(f, {4, -1}, 1)));
  EXPECT_TRUE(check_parts("err_chunk_zero", ch(f, 0, 0)));
  EXPECT_TRUE(check_parts("err_chunk_0d", ch(z, 2, 0)));
  EXPECT_TRUE(check_parts("err_chunk_dim", ch(f, 2, 3)));
}
