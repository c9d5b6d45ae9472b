// The ops of tensor/pointwise.h against PyTorch 1.13.1: dtypes, shapes (0-dim,
// empty, broadcast, transposed), Python-number operands, out= and in-place forms,
// corner values and errors.
//
// Expected records come from tests/tensor/gen_pointwise_expected.py: the file
// named by $UPY_POINTWISE_EXPECTED if set, else the test runs the script with
// /usr/bin/python3 into a temporary file.
#include "tensor/pointwise.h"

#include "tensor_test_util.h"

#include <cmath>
#include <functional>
#include <string>
#include <vector>

using namespace tensor;
using tensor_test::inp;

namespace {

const tensor_test::RecordFile &records() {
  static const tensor_test::RecordFile file("gen_pointwise_expected.py", "UPY_POINTWISE_EXPECTED");
  return file;
}

::testing::AssertionResult matches(const std::string &name, const Tensor &result) {
  return records().matches(name, result);
}

::testing::AssertionResult matches(const std::string &name, bool ok, const Tensor &out) {
  return records().matches(name, ok, out);
}

// Same list as TYPES in gen_pointwise_expected.py.
const ScalarType kTypes[] = {ScalarType::Bool,   ScalarType::Byte,    ScalarType::Int,
                             ScalarType::Long,   ScalarType::Half,    ScalarType::Float,
                             ScalarType::Double, ScalarType::BFloat16};
const char *const kShapes[] = {"s23", "s0d", "s03", "t23"};

std::string type(ScalarType t) { return scalar_type_name(t); }

// ---------------------------------------------------------------------------
// Unary ops

struct UnaryOp {
  const char *name;
  Tensor (*fn)(const Tensor &);
  bool (*inplace)(const Tensor &);
  bool (*out)(const Tensor &, Tensor &);
};

// ORDER UNARY POINTWISE, then ORDER PREDICATE
const UnaryOp kUnary[] = {
#define TEST_UNARY(name) {#name, name, name##_, name##_out},
    TENSOR_FORALL_POINTWISE_UNARY_OPS(TEST_UNARY)
#undef TEST_UNARY
#define TEST_PREDICATE(name) {#name, name, nullptr, name##_out},
        TENSOR_FORALL_PREDICATES(TEST_PREDICATE)
#undef TEST_PREDICATE
};

TEST(Pointwise, UnaryDtypesAndShapes) {
  for (const UnaryOp &op : kUnary)
    for (ScalarType x : kTypes)
      for (const char *shape : kShapes)
        EXPECT_TRUE(
            matches(std::string(op.name) + "_" + type(x) + "_" + shape, op.fn(inp(shape, x))));
}

TEST(Pointwise, UnaryInPlaceAndOut) {
  for (const UnaryOp &op : kUnary) {
    std::string n = op.name;
    if (!op.inplace) continue;
    Tensor s = inp("t23", ScalarType::Float);
    EXPECT_TRUE(matches(n + "__Float_t23", op.inplace(s), s));
    s = inp("s23", ScalarType::Int);
    EXPECT_TRUE(matches(n + "__Int_s23", op.inplace(s), s));
    if (n == "relu6" || n == "selu") continue; // no out= in PyTorch
    Tensor o = zeros({1}, ScalarType::Double);
    EXPECT_TRUE(matches(n + "_out_Double", op.out(inp("s23", ScalarType::Float), o), o));
    Tensor l = zeros({1}, ScalarType::Long);
    EXPECT_TRUE(matches(n + "_out_Long", op.out(inp("s23", ScalarType::Float), l), l));
  }
}

// ---------------------------------------------------------------------------
// Ops with parameters (same list as PARAM_UNARY)

using UnaryFn = std::function<Tensor(const Tensor &)>;

const Scalar kMinus1(int64_t(-1)), k2(int64_t(2)), kHalf(0.5), kM15(-1.5), k225(2.25),
    k1(int64_t(1));
const double kNan = 1.5, kPos = 100.0, kNeg = -100.0;

const std::pair<const char *, UnaryFn> kParamOps[] = {
    {"leaky_relu", [](const Tensor &x) { return leaky_relu(x, 0.2); }},
    {"leaky_relu_default", [](const Tensor &x) { return leaky_relu(x); }},
    {"elu", [](const Tensor &x) { return elu(x, 0.5, 2.0, 1.5); }},
    {"elu_default", [](const Tensor &x) { return elu(x); }},
    {"gelu", [](const Tensor &x) { return gelu(x); }},
    {"gelu_tanh", [](const Tensor &x) { return gelu(x, GeluApproximate::Tanh); }},
    {"hardtanh", [](const Tensor &x) { return hardtanh(x, -0.5, 2.0); }},
    {"hardtanh_int", [](const Tensor &x) { return hardtanh(x, int64_t(-2), int64_t(1)); }},
    {"softplus", [](const Tensor &x) { return softplus(x, 2.0, 1.0); }},
    {"softplus_default", [](const Tensor &x) { return softplus(x); }},
    {"clamp", [](const Tensor &x) { return clamp(x, &kMinus1, &k2); }},
    {"clamp_float", [](const Tensor &x) { return clamp(x, &kM15, &k225); }},
    {"clamp_min", [](const Tensor &x) { return clamp(x, &kHalf, nullptr); }},
    {"clamp_max", [](const Tensor &x) { return clamp(x, nullptr, &kMinus1); }},
    {"clamp_crossed", [](const Tensor &x) { return clamp(x, &k2, &k1); }},
    {"clip",
     [](const Tensor &x) {
       Scalar lo(int64_t(-2)), hi(int64_t(2));
       return clip(x, &lo, &hi);
     }},
    {"nan_to_num", [](const Tensor &x) { return nan_to_num(x, nullptr, nullptr, nullptr); }},
    {"nan_to_num_args", [](const Tensor &x) { return nan_to_num(x, &kNan, &kPos, &kNeg); }},
    {"pow_2", [](const Tensor &x) { return pow(x, Scalar(int64_t(2))); }},
    {"pow_3", [](const Tensor &x) { return pow(x, Scalar(int64_t(3))); }},
    {"pow_half", [](const Tensor &x) { return pow(x, Scalar(0.5)); }},
    {"pow_negint", [](const Tensor &x) { return pow(x, Scalar(int64_t(-2))); }},
    {"pow_negfloat", [](const Tensor &x) { return pow(x, Scalar(-1.0)); }},
    {"pow_bool", [](const Tensor &x) { return pow(x, Scalar(true)); }},
    {"rpow_int", [](const Tensor &x) { return pow(Scalar(int64_t(2)), x); }},
    {"rpow_float", [](const Tensor &x) { return pow(Scalar(1.5), x); }},
    {"rpow_negint", [](const Tensor &x) { return pow(Scalar(int64_t(-2)), x); }},
};

TEST(Pointwise, ParameterisedOps) {
  for (const auto &op : kParamOps)
    for (ScalarType x : kTypes)
      for (const char *shape : {"s23", "t23"})
        EXPECT_TRUE(
            matches(std::string(op.first) + "_" + type(x) + "_" + shape, op.second(inp(shape, x))));
}

// ---------------------------------------------------------------------------
// Binary ops (ORDER BINARY POINTWISE)

struct BinaryOp {
  const char *name;
  Tensor (*fn)(const Tensor &, const Tensor &);
  bool (*inplace)(const Tensor &, const Tensor &);
  bool (*out)(const Tensor &, const Tensor &, Tensor &);
};

const BinaryOp kBinary[] = {
#define TEST_BINARY(name) {#name, name, name##_, name##_out},
    TENSOR_FORALL_POINTWISE_BINARY_OPS(TEST_BINARY)
#undef TEST_BINARY
};

// Same lists as PAIRS, SCALARS and SCALAR_OPS in gen_pointwise_expected.py.
const std::pair<const char *, const char *> kPairs[] = {
    {"s23", "s3"}, {"s0d", "s23"}, {"s03", "s3"}, {"t23", "s23"}, {"s413", "s21"}};
const std::pair<const char *, Scalar> kScalars[] = {{"int", Scalar(int64_t(2))},
                                                    {"float", Scalar(2.5)},
                                                    {"bool", Scalar(true)},
                                                    {"negint", Scalar(int64_t(-3))}};
bool takes_scalar(const std::string &op) {
  for (const char *s : {"true_divide", "floor_divide", "remainder", "fmod", "pow", "bitwise_and",
                        "bitwise_or", "bitwise_xor"})
    if (op == s) return true;
  return false;
}

TEST(Pointwise, BinaryDtypePairs) {
  for (const BinaryOp &op : kBinary)
    for (ScalarType x : kTypes)
      for (ScalarType y : kTypes)
        EXPECT_TRUE(matches(std::string(op.name) + "_" + type(x) + "_" + type(y),
                            op.fn(inp("s23", x), inp("s23", y, 1))));
}

TEST(Pointwise, BinaryShapes) {
  for (const BinaryOp &op : kBinary)
    for (ScalarType x : {ScalarType::Float, ScalarType::Long})
      for (const auto &p : kPairs)
        EXPECT_TRUE(matches(std::string(op.name) + "_" + type(x) + "_" + p.first + "_" + p.second,
                            op.fn(inp(p.first, x), inp(p.second, x, 1))));
}

// Python numbers: pow(Tensor, Scalar) is its own overload; the others wrap them.
TEST(Pointwise, BinaryWrappedNumbers) {
  for (const BinaryOp &op : kBinary) {
    std::string n = op.name;
    if (!takes_scalar(n)) continue;
    for (ScalarType x : kTypes)
      for (const auto &s : kScalars) {
        Tensor a = inp("s23", x);
        Tensor r = n == "pow" ? pow(a, s.second) : op.fn(a, scalar_to_tensor(s.second));
        EXPECT_TRUE(matches(n + "_" + type(x) + "_scalar_" + s.first, r));
      }
  }
}

TEST(Pointwise, BinaryOutAndInPlace) {
  for (const BinaryOp &op : kBinary) {
    std::string n = op.name;
    Tensor o = zeros({1}, ScalarType::Double);
    EXPECT_TRUE(matches(n + "_out_Double",
                        op.out(inp("s23", ScalarType::Int), inp("s3", ScalarType::Int, 1), o), o));
    if (n == "maximum" || n == "minimum") continue; // no in-place form in PyTorch
    Tensor s = inp("t23", ScalarType::Float);
    EXPECT_TRUE(matches(n + "__Float", op.inplace(s, inp("s3", ScalarType::Float, 1)), s));
    s = inp("s23", ScalarType::Int);
    EXPECT_TRUE(matches(n + "__Int", op.inplace(s, inp("s23", ScalarType::Int, 1)), s));
  }
}

// ---------------------------------------------------------------------------
// Corner values

Tensor from_doubles(std::vector<double> v, ScalarType dtype) {
  return to_dtype(from_data(v.data(), {int64_t(v.size())}, ScalarType::Double), dtype, true);
}

Tensor from_longs(std::vector<int64_t> v, ScalarType dtype = ScalarType::Long) {
  return to_dtype(from_data(v.data(), {int64_t(v.size())}, ScalarType::Long), dtype, true);
}

TEST(Pointwise, SpecialValues) {
  std::vector<double> sp = {0.5,  1.5, 2.5,      -0.5,      -2.5, 0.0,
                            -0.0, NAN, INFINITY, -INFINITY, 1e30, -7.25};
  const std::pair<const char *, UnaryFn> ops[] = {
      {"round", [](const Tensor &t) { return round(t); }},
      {"floor", [](const Tensor &t) { return floor(t); }},
      {"ceil", [](const Tensor &t) { return ceil(t); }},
      {"trunc", [](const Tensor &t) { return trunc(t); }},
      {"frac", [](const Tensor &t) { return frac(t); }},
      {"sign", [](const Tensor &t) { return sign(t); }},
      {"isnan", [](const Tensor &t) { return isnan(t); }},
      {"isinf", [](const Tensor &t) { return isinf(t); }},
      {"isfinite", [](const Tensor &t) { return isfinite(t); }},
      {"nan_to_num", [](const Tensor &t) { return nan_to_num(t, nullptr, nullptr, nullptr); }},
      {"reciprocal", [](const Tensor &t) { return reciprocal(t); }},
      {"rsqrt", [](const Tensor &t) { return rsqrt(t); }},
      {"expm1", [](const Tensor &t) { return expm1(t); }},
      {"log1p", [](const Tensor &t) { return log1p(t); }},
      {"silu", [](const Tensor &t) { return silu(t); }},
      {"mish", [](const Tensor &t) { return mish(t); }},
      {"softplus", [](const Tensor &t) { return softplus(t); }},
      {"hardswish", [](const Tensor &t) { return hardswish(t); }},
      {"selu", [](const Tensor &t) { return selu(t); }},
      {"relu6", [](const Tensor &t) { return relu6(t); }},
      {"nan_to_num_args",
       [](const Tensor &t) {
         double n = 1.5, p = 2.0, m = -3.0;
         return nan_to_num(t, &n, &p, &m);
       }},
      {"clamp", [](const Tensor &t) { return clamp(t, &kMinus1, &k1); }},
  };
  for (ScalarType dt :
       {ScalarType::Float, ScalarType::Double, ScalarType::Half, ScalarType::BFloat16})
    for (const auto &op : ops)
      EXPECT_TRUE(matches(std::string("special_") + op.first + "_" + type(dt),
                          op.second(from_doubles(sp, dt))));

  Tensor a =
      from_doubles({5.0, -5.0, 0.0, 7.5, -7.5, INFINITY, 3.0, -3.0, NAN, 1.0}, ScalarType::Float);
  Tensor b = from_doubles({0.0, 0.0, -2.0, -2.0, 2.0, 2.0, INFINITY, -INFINITY, 1.0, -0.0},
                          ScalarType::Float);
  EXPECT_TRUE(matches("special_remainder", remainder(a, b)));
  EXPECT_TRUE(matches("special_fmod", fmod(a, b)));
  EXPECT_TRUE(matches("special_floor_divide", floor_divide(a, b)));
  EXPECT_TRUE(matches("special_maximum", maximum(a, b)));
  EXPECT_TRUE(matches("special_minimum", minimum(a, b)));
  EXPECT_TRUE(matches("special_atan2", atan2(a, b)));
  EXPECT_TRUE(matches("special_pow", pow(a, b)));
}

TEST(Pointwise, IntegerCorners) {
  Tensor ia = from_longs({7, -7, 7, -7, 0, 5}), ib = from_longs({2, 2, -2, -2, 3, -1});
  Tensor zero = from_longs({1, 1, 1, 1, 0, 1});
  EXPECT_TRUE(matches("int_remainder", remainder(ia, ib)));
  EXPECT_TRUE(matches("int_fmod", fmod(ia, ib)));
  EXPECT_TRUE(matches("int_floor_divide", floor_divide(ia, ib)));
  EXPECT_TRUE(matches("int_remainder_zero", remainder(ia, zero)));
  EXPECT_TRUE(matches("int_fmod_zero", fmod(ia, zero)));
  EXPECT_TRUE(matches("int_floor_divide_zero", floor_divide(ia, zero)));
  EXPECT_TRUE(matches("int_pow_neg",
                      pow(from_longs({2, -1, 1, 0, 3, -1}), from_longs({-1, -3, -2, 2, 2, 4}))));
  EXPECT_TRUE(matches("int_pow_overflow", pow(from_longs({3, 7}, ScalarType::Int),
                                              from_longs({40, 30}, ScalarType::Int))));
  EXPECT_TRUE(matches("int_pow_scalar_neg_error", pow(from_longs({2, 3}), Scalar(int64_t(-1)))));
  EXPECT_TRUE(matches("bitwise_and_float_error",
                      bitwise_and(inp("s23", ScalarType::Float), inp("s23", ScalarType::Int))));
}

// ---------------------------------------------------------------------------
// clamp with tensors, lerp, masked_fill

TEST(Pointwise, ClampTensors) {
  for (ScalarType dt : {ScalarType::Float, ScalarType::Int, ScalarType::Long, ScalarType::Double}) {
    std::string d = type(dt);
    EXPECT_TRUE(
        matches("clamp_tensor_" + d, clamp(inp("s23", dt), inp("s3", dt, 1), inp("s21", dt, 2))));
    EXPECT_TRUE(
        matches("clamp_tensor_min_" + d, clamp(inp("s23", dt), inp("s3", dt, 1), Tensor())));
    EXPECT_TRUE(
        matches("clamp_tensor_max_" + d, clamp(inp("t23", dt), Tensor(), inp("s0d", dt, 1))));
  }
  EXPECT_TRUE(matches("clamp_tensor_mixed", clamp(inp("s23", ScalarType::Int),
                                                  inp("s3", ScalarType::Float, 1), Tensor())));
  EXPECT_TRUE(matches("clamp_none_error", clamp(inp("s23", ScalarType::Float), nullptr, nullptr)));
  Tensor o = zeros({1}, ScalarType::Double);
  EXPECT_TRUE(
      matches("clamp_out_Double", clamp_out(inp("s23", ScalarType::Float), &kMinus1, &k1, o), o));
  Tensor s = inp("s23", ScalarType::Int);
  EXPECT_TRUE(matches("clamp__Int_float_error", clamp_(s, &kM15, &k1), s));
  s = inp("t23", ScalarType::Float);
  EXPECT_TRUE(matches("clamp__Float", clamp_(s, &kMinus1, &k1), s));
  s = inp("s23", ScalarType::Float);
  EXPECT_TRUE(matches("clamp__tensor", clamp_(s, inp("s3", ScalarType::Float, 1), Tensor()), s));
  EXPECT_TRUE(matches("clamp_nan_bound", clamp(inp("s23", ScalarType::Float),
                                               from_doubles({NAN, 0, 0}, ScalarType::Float),
                                               inp("s3", ScalarType::Float, 1))));
}

TEST(Pointwise, Lerp) {
  const std::pair<const char *, Scalar> weights[] = {
      {"0.25", 0.25}, {"0.75", 0.75}, {"-1.5", -1.5}, {"2", Scalar(int64_t(2))}};
  for (ScalarType dt : {ScalarType::Float, ScalarType::Double, ScalarType::BFloat16,
                        ScalarType::Half, ScalarType::Long}) {
    std::string d = type(dt);
    for (const auto &w : weights)
      EXPECT_TRUE(
          matches("lerp_" + d + "_" + w.first, lerp(inp("s23", dt), inp("s3", dt, 1), w.second)));
    // PyTorch's weight is inp("s21", dt, 2) / 4, which true-divides into a float.
    Tensor w = div(inp("s21", dt, 2), scalar_to_tensor(Scalar(int64_t(4))));
    EXPECT_TRUE(matches("lerp_tensor_" + d, lerp(inp("s23", dt), inp("s3", dt, 1), w)));
  }
  Tensor f = inp("s23", ScalarType::Float), d = inp("s23", ScalarType::Double);
  EXPECT_TRUE(matches("lerp_end_dtype_error", lerp(f, d, Scalar(0.5))));
  EXPECT_TRUE(matches("lerp_weight_dtype_error", lerp(f, f, d)));
  Tensor o = zeros({1}, ScalarType::Double);
  EXPECT_TRUE(
      matches("lerp_out_Double", lerp_out(f, inp("s3", ScalarType::Float, 1), Scalar(0.3), o), o));
  Tensor s = inp("t23", ScalarType::Float);
  EXPECT_TRUE(matches("lerp__Float", lerp_(s, inp("s3", ScalarType::Float, 1), Scalar(0.6)), s));
}

TEST(Pointwise, MaskedFill) {
  const std::pair<const char *, Scalar> values[] = {
      {"int", Scalar(int64_t(3))}, {"float", Scalar(-2.75)}, {"bool", Scalar(true)}};
  for (ScalarType dt : kTypes) {
    for (const auto &v : values)
      EXPECT_TRUE(matches("masked_fill_" + type(dt) + "_" + v.first,
                          masked_fill(inp("s23", dt), inp("s3", ScalarType::Bool, 1), v.second)));
    Tensor s = inp("t23", dt);
    EXPECT_TRUE(matches("masked_fill__" + type(dt),
                        masked_fill_(s, inp("s23", ScalarType::Bool, 2), Scalar(int64_t(7))), s));
  }
  Tensor m = inp("s23", ScalarType::Bool, 1);
  EXPECT_TRUE(matches("masked_fill_tensor_value",
                      masked_fill(inp("s23", ScalarType::Int), m, scalar_to_tensor(Scalar(4.5)))));
  EXPECT_TRUE(matches("masked_fill_broadcast_self",
                      masked_fill(inp("s3", ScalarType::Float), m, Scalar(1.5))));
  EXPECT_TRUE(
      matches("masked_fill_t23", masked_fill(inp("t23", ScalarType::Float), m, Scalar(1.5))));
  EXPECT_TRUE(
      matches("masked_fill_0d", masked_fill(inp("s0d", ScalarType::Long),
                                            scalar_to_tensor(Scalar(true)), Scalar(int64_t(9)))));
  EXPECT_TRUE(
      matches("masked_fill_empty", masked_fill(inp("s03", ScalarType::Float),
                                               inp("s3", ScalarType::Bool), Scalar(int64_t(9)))));
  EXPECT_TRUE(
      matches("masked_fill_value_dim_error",
              masked_fill(inp("s23", ScalarType::Int), m, from_doubles({4.5}, ScalarType::Float))));
  EXPECT_TRUE(matches(
      "masked_fill_mask_long_error",
      masked_fill(inp("s23", ScalarType::Float), inp("s23", ScalarType::Long, 1), Scalar(1.0))));
}

} // namespace
