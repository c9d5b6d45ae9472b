// Reductions: sum, mean, amax, amin over dims with keepdim, dtype rules, errors.
#include "tensor_test_util.h"

#include <cmath>

#include <vector>

using namespace tensor;
using tensor_test::inp;
using tensor_test::kAllTypes;
using tensor_test::matches;

struct DimsCase {
  const char *key;
  bool all;
  std::vector<int64_t> dims;
  bool keepdim;
};

// Same list as REDUCE_DIMS in gen_expected.py.
static const DimsCase kDims[] = {
    {"all", true, {}, false},      {"d0", false, {0}, false},    {"d1k", false, {1}, true},
    {"d02", false, {0, 2}, false}, {"dneg", false, {-1}, false}, {"d02k", false, {0, 2}, true},
};

static IntArrayRef dims_of(const DimsCase &c) { return IntArrayRef(c.dims.data(), c.dims.size()); }

static Tensor reduce(const char *op, const Tensor &t, const DimsCase &c) {
  std::string o = op;
  if (o == "sum") return sum(t, dims_of(c), c.keepdim);
  if (o == "mean") return mean(t, dims_of(c), c.keepdim);
  if (o == "amax") return amax(t, dims_of(c), c.keepdim);
  return amin(t, dims_of(c), c.keepdim);
}

static const char *const kOps[] = {"sum", "mean", "amax", "amin"};

TEST(Reduce, AllDtypesAndDims) {
  for (ScalarType x : kAllTypes)
    for (const DimsCase &c : kDims)
      for (const char *op : kOps) {
        std::string suffix = std::string("_") + scalar_type_name(x) + "_";
        EXPECT_TRUE(matches(op + suffix + "s234_" + c.key, reduce(op, inp("s234", x), c)));
        Tensor p = permute(inp("s234", x), {2, 0, 1});
        EXPECT_TRUE(matches(op + suffix + "p234_" + c.key, reduce(op, p, c)));
      }
}

TEST(Reduce, DtypeArgument) {
  for (ScalarType x : kAllTypes) {
    std::string n = scalar_type_name(x);
    EXPECT_TRUE(
        matches("sum_" + n + "_dtype_Double", sum(inp("s234", x), {1}, false, ScalarType::Double)));
    EXPECT_TRUE(matches("mean_" + n + "_dtype_Double",
                        mean(inp("s234", x), {1}, false, ScalarType::Double)));
    EXPECT_TRUE(matches("sum_" + n + "_0d", sum(inp("s0d", x), {0})));
  }
  EXPECT_TRUE(matches("mean_dtype_long",
                      mean(inp("s234", ScalarType::Float), {0}, false, ScalarType::Long)));
}

TEST(Reduce, EmptyAndErrors) {
  const DimsCase d0 = {"", false, {0}, false}, d1 = {"", false, {1}, false},
                 all = {"", true, {}, false};
  const DimsCase dup = {"", false, {0, -3}, false}, bad = {"", false, {3}, false};
  for (const char *op : kOps) {
    std::string o = op;
    Tensor e = inp("s03", ScalarType::Float);
    EXPECT_TRUE(matches(o + "_empty_d0", reduce(op, e, d0)));
    EXPECT_TRUE(matches(o + "_empty_d1", reduce(op, e, d1)));
    EXPECT_TRUE(matches(o + "_empty_all", reduce(op, e, all)));
    EXPECT_TRUE(matches(o + "_dup_dims", reduce(op, inp("s234", ScalarType::Float), dup)));
    EXPECT_TRUE(matches(o + "_bad_dim", reduce(op, inp("s234", ScalarType::Float), bad)));
  }
}

TEST(Reduce, OutForms) {
  Tensor o = zeros({1}, ScalarType::Double);
  EXPECT_TRUE(matches("sum_out_int_to_double",
                      sum_out(inp("s234", ScalarType::Int), {1}, false, ScalarType::Undefined, o),
                      o));
  o = zeros({1}, ScalarType::Float);
  EXPECT_TRUE(matches("sum_out_dtype_mismatch",
                      sum_out(inp("s234", ScalarType::Float), {1}, false, ScalarType::Double, o),
                      o));
  o = zeros({1}, ScalarType::Long);
  EXPECT_TRUE(
      matches("amax_out_dtype", amax_out(inp("s234", ScalarType::Float), {1}, false, o), o));
}

TEST(Reduce, NaNPropagates) {
  float v[] = {1, NAN, 3, 2}, w[] = {NAN, 1, 3, 2};
  EXPECT_TRUE(matches("amax_nan", amax(from_data(v, {2, 2}, ScalarType::Float), {1})));
  EXPECT_TRUE(matches("amin_nan", amin(from_data(w, {2, 2}, ScalarType::Float), {0})));
}
