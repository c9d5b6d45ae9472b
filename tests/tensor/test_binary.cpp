// Binary pointwise ops over dtype pairs, broadcast/0-dim/empty/strided shapes,
// wrapped numbers, out= and in-place forms.
#include "tensor_test_util.h"

#include <cmath>

#include <functional>

using namespace tensor;
using tensor_test::inp;
using tensor_test::kAllTypes;
using tensor_test::matches;

using BinaryFn = std::function<Tensor(const Tensor &, const Tensor &)>;

// Same list as BINARY in gen_expected.py.
static const std::pair<const char *, BinaryFn> kOps[] = {
    {"add", [](const Tensor &a, const Tensor &b) { return add(a, b); }},
    {"sub", [](const Tensor &a, const Tensor &b) { return sub(a, b); }},
    {"mul", [](const Tensor &a, const Tensor &b) { return mul(a, b); }},
    {"div", [](const Tensor &a, const Tensor &b) { return div(a, b); }},
    {"div_trunc", [](const Tensor &a, const Tensor &b) { return div(a, b, RoundingMode::Trunc); }},
    {"div_floor", [](const Tensor &a, const Tensor &b) { return div(a, b, RoundingMode::Floor); }},
    {"add_alpha", [](const Tensor &a, const Tensor &b) { return add(a, b, 2); }},
    {"sub_alpha", [](const Tensor &a, const Tensor &b) { return sub(a, b, 3); }},
    {"eq", [](const Tensor &a, const Tensor &b) { return eq(a, b); }},
    {"ne", [](const Tensor &a, const Tensor &b) { return ne(a, b); }},
    {"lt", [](const Tensor &a, const Tensor &b) { return lt(a, b); }},
    {"le", [](const Tensor &a, const Tensor &b) { return le(a, b); }},
    {"gt", [](const Tensor &a, const Tensor &b) { return gt(a, b); }},
    {"ge", [](const Tensor &a, const Tensor &b) { return ge(a, b); }},
    {"where",
     [](const Tensor &a, const Tensor &b) { return where(inp("s23", ScalarType::Bool, 3), a, b); }},
};

static const BinaryFn &op(const char *name) {
  for (const auto &o : kOps)
    if (std::string(o.first) == name) return o.second;
  static BinaryFn none;
  return none;
}

// Same list as PAIRS in gen_expected.py.
static const std::pair<const char *, const char *> kPairs[] = {
    {"s23", "s23"}, {"s23", "s3"},   {"s0d", "s23"}, {"s03", "s3"},
    {"t23", "s23"}, {"s413", "s21"}, {"s0d", "s0d"},
};

static void check_all_ops(ScalarType x, ScalarType y,
                          const std::pair<const char *, const char *> &p) {
  for (const auto &o : kOps) {
    std::string name = std::string(o.first) + "_" + scalar_type_name(x) + "_" +
                       scalar_type_name(y) + "_" + p.first + "_" + p.second;
    EXPECT_TRUE(matches(name, o.second(inp(p.first, x), inp(p.second, y, 1))));
  }
}

TEST(Binary, AllDtypePairs) {
  for (ScalarType x : kAllTypes)
    for (ScalarType y : kAllTypes) {
      check_all_ops(x, y, kPairs[0]);
      check_all_ops(x, y, kPairs[2]);
    }
}

TEST(Binary, Shapes) {
  const std::pair<ScalarType, ScalarType> types[] = {{ScalarType::Float, ScalarType::Float},
                                                     {ScalarType::Int, ScalarType::Float},
                                                     {ScalarType::Long, ScalarType::Long},
                                                     {ScalarType::Half, ScalarType::Half},
                                                     {ScalarType::Byte, ScalarType::Char}};
  for (const auto &t : types)
    for (const auto &p : kPairs) check_all_ops(t.first, t.second, p);
}

TEST(Binary, WrappedNumbers) {
  const std::pair<const char *, Scalar> scalars[] = {{"int", Scalar(int64_t(2))},
                                                     {"float", Scalar(2.5)},
                                                     {"bool", Scalar(true)},
                                                     {"negint", Scalar(int64_t(-3))}};
  const char *ops[] = {"add", "sub", "mul", "div", "div_floor", "eq", "lt"};
  for (ScalarType x : kAllTypes)
    for (const auto &s : scalars)
      for (const char *o : ops) {
        std::string name = std::string(o) + "_" + scalar_type_name(x) + "_scalar_" + s.first;
        EXPECT_TRUE(matches(name, op(o)(inp("s23", x), scalar_to_tensor(s.second))));
      }
}

TEST(Binary, DivisionCorners) {
  double a[] = {5.0, -5.0, 0.0, -0.0, 7.5, INFINITY, -7.5, NAN, 1.0};
  double b[] = {0.0, 0.0, -2.0, 3.0, -2.0, 2.0, INFINITY, 1.0, -0.0};
  Tensor ta = to_dtype(from_data(a, {9}, ScalarType::Double), ScalarType::Float);
  Tensor tb = to_dtype(from_data(b, {9}, ScalarType::Double), ScalarType::Float);
  EXPECT_TRUE(matches("div_special_None", div(ta, tb)));
  EXPECT_TRUE(matches("div_special_trunc", div(ta, tb, RoundingMode::Trunc)));
  EXPECT_TRUE(matches("div_special_floor", div(ta, tb, RoundingMode::Floor)));
  int64_t x[] = {7, -7, 7, -7, 0}, y[] = {2, 2, -2, -2, 3};
  EXPECT_TRUE(
      matches("div_floor_int_neg", div(from_data(x, {5}, ScalarType::Long),
                                       from_data(y, {5}, ScalarType::Long), RoundingMode::Floor)));
  int64_t n[] = {1, 2}, d[] = {1, 0};
  EXPECT_TRUE(
      matches("div_trunc_int_zero", div(from_data(n, {2}, ScalarType::Long),
                                        from_data(d, {2}, ScalarType::Long), RoundingMode::Trunc)));
}

TEST(Binary, AlphaAndErrors) {
  Tensor i = inp("s23", ScalarType::Int);
  EXPECT_TRUE(matches("add_alpha_float_int", add(i, i, 2.5)));
  EXPECT_TRUE(matches("add_alpha_bool_int", add(i, i, true)));
  EXPECT_TRUE(matches("add_alpha_bool_bool",
                      add(inp("s23", ScalarType::Bool), inp("s23", ScalarType::Bool, 1), true)));
  EXPECT_TRUE(matches("sub_alpha_float",
                      sub(inp("s23", ScalarType::Float), inp("s3", ScalarType::Float), 0.5)));
  EXPECT_TRUE(matches("add_broadcast_error",
                      add(inp("s23", ScalarType::Float), inp("s413", ScalarType::Float))));
  Tensor f = inp("s23", ScalarType::Float);
  EXPECT_TRUE(matches("where_cond_long", where(inp("s23", ScalarType::Long), f, f)));
  EXPECT_TRUE(matches("where_cond_byte",
                      where(inp("s23", ScalarType::Byte), f, inp("s3", ScalarType::Int))));
  EXPECT_TRUE(
      matches("where_broadcast3", where(inp("s21", ScalarType::Bool), inp("s3", ScalarType::Float),
                                        inp("s0d", ScalarType::Double))));
}

TEST(Binary, OutForms) {
  Tensor o = zeros({5}, ScalarType::Float);
  EXPECT_TRUE(matches("add_out_resize",
                      add_out(inp("s23", ScalarType::Float), inp("s3", ScalarType::Float), 1, o),
                      o));
  o = zeros({2, 3}, ScalarType::Float);
  EXPECT_TRUE(matches("add_out_int_to_float",
                      add_out(inp("s23", ScalarType::Int), inp("s3", ScalarType::Int), 1, o), o));
  o = zeros({2, 3}, ScalarType::Long);
  EXPECT_TRUE(matches("add_out_float_to_int",
                      add_out(inp("s23", ScalarType::Float), inp("s3", ScalarType::Int), 1, o), o));
  o = t(zeros({3, 2}, ScalarType::Float));
  EXPECT_TRUE(matches(
      "add_out_view",
      add_out(inp("s23", ScalarType::Float), scalar_to_tensor(Scalar(int64_t(1))), 1, o), o));
  o = zeros({2, 3}, ScalarType::Int);
  EXPECT_TRUE(matches(
      "div_out_float_to_int",
      div_out(inp("s23", ScalarType::Int), inp("s23", ScalarType::Int, 1), RoundingMode::None, o),
      o));
  o = zeros({2, 3}, ScalarType::Float);
  EXPECT_TRUE(matches("eq_out_float",
                      eq_out(inp("s23", ScalarType::Int), inp("s3", ScalarType::Int, 1), o), o));
  Tensor undefined;
  EXPECT_TRUE(add_out(inp("s23", ScalarType::Float), inp("s3", ScalarType::Float), 1, undefined));
  EXPECT_EQ(undefined.numel(), 6);
}

TEST(Binary, InPlace) {
  Tensor s = inp("s23", ScalarType::Int);
  EXPECT_TRUE(matches("add__int_float", add_(s, inp("s23", ScalarType::Float)), s));
  s = inp("s23", ScalarType::Float);
  EXPECT_TRUE(matches("add__float_int", add_(s, inp("s23", ScalarType::Int)), s));
  s = inp("s23", ScalarType::Int);
  EXPECT_TRUE(matches("add__int_scalar_float", add_(s, scalar_to_tensor(Scalar(2.5))), s));
  s = inp("s23", ScalarType::Half);
  EXPECT_TRUE(matches("add__half_float", add_(s, inp("s3", ScalarType::Float)), s));
  s = inp("s3", ScalarType::Float);
  EXPECT_TRUE(matches("add__broadcast_self", add_(s, inp("s23", ScalarType::Float)), s));
  s = expand(inp("s3", ScalarType::Float), {2, 3});
  EXPECT_TRUE(matches("add__expanded", add_(s, scalar_to_tensor(Scalar(int64_t(1)))), s));
  s = inp("t23", ScalarType::Long);
  Tensor base = s;
  EXPECT_TRUE(matches("mul__view", mul_(s, inp("s3", ScalarType::Long, 1)), s));
  EXPECT_TRUE(s.is_same(base));
  s = inp("s23", ScalarType::Bool);
  EXPECT_TRUE(matches("sub__bool", sub_(s, inp("s23", ScalarType::Bool)), s));
  s = inp("s23", ScalarType::Int);
  EXPECT_TRUE(matches("div__int", div_(s, inp("s23", ScalarType::Int, 1)), s));
  s = inp("s23", ScalarType::Int);
  EXPECT_TRUE(
      matches("div__floor_int", div_(s, inp("s23", ScalarType::Int, 2), RoundingMode::Floor), s));
}
