// Unary pointwise ops over every dtype and several shapes, in-place and out=,
// special values, and float results in ulps from PyTorch's.
#include "tensor_test_util.h"

#include <cmath>
#include <vector>

using namespace tensor;
using tensor_test::inp;
using tensor_test::kAllTypes;
using tensor_test::matches;

struct UnaryOp {
  const char *name;
  Tensor (*fn)(const Tensor &);
  bool (*inplace)(const Tensor &);
  bool (*out)(const Tensor &, Tensor &);
};

// ORDER UNARY OP
static const UnaryOp kOps[] = {
#define TENSOR_TEST_UNARY(name) {#name, name, name##_, name##_out},
    TENSOR_FORALL_UNARY_OPS(TENSOR_TEST_UNARY)
#undef TENSOR_TEST_UNARY
};

TEST(Unary, AllDtypesAndShapes) {
  const char *shapes[] = {"s23", "s0d", "s03", "t23"};
  for (const UnaryOp &op : kOps)
    for (ScalarType x : kAllTypes)
      for (const char *shape : shapes) {
        std::string name = std::string(op.name) + "_" + scalar_type_name(x) + "_" + shape;
        EXPECT_TRUE(matches(name, op.fn(inp(shape, x))));
      }
}

TEST(Unary, InPlaceAndOut) {
  for (const UnaryOp &op : kOps) {
    std::string n = op.name;
    Tensor s = inp("s23", ScalarType::Int);
    EXPECT_TRUE(matches(n + "__Int", op.inplace(s), s));
    s = inp("t23", ScalarType::Float);
    EXPECT_TRUE(matches(n + "__Float_t", op.inplace(s), s));
    if (n == "relu") continue; // torch.relu has no out=
    Tensor o = zeros({1}, ScalarType::Double);
    EXPECT_TRUE(matches(n + "_out_Double", op.out(inp("s23", ScalarType::Float), o), o));
    Tensor l = zeros({1}, ScalarType::Long);
    EXPECT_TRUE(matches(n + "_out_Long", op.out(inp("s23", ScalarType::Float), l), l));
  }
}

const ScalarType kFloatTypes[] = {ScalarType::Half, ScalarType::Float, ScalarType::Double,
                                  ScalarType::BFloat16};

Tensor from_doubles(const std::vector<double> &v, ScalarType dtype) {
  return to_dtype(from_data(v.data(), {int64_t(v.size())}, ScalarType::Double), dtype, true);
}

// std::signbit of every element (PyTorch's torch.signbit), NaNs included.
Tensor signbits(const Tensor &t) {
  Tensor d = to_dtype(t, ScalarType::Double, true);
  Tensor bits = empty({d.numel()}, ScalarType::Bool);
  for (int64_t i = 0; i < d.numel(); i++) bits.data<bool>()[i] = std::signbit(d.data<double>()[i]);
  return bits;
}

// Same list as UNARY_SPECIAL in gen_expected.py.
TEST(Unary, SpecialValues) {
  const std::vector<double> special = {0.0,  -0.0,  NAN,    -NAN, INFINITY, -INFINITY,
                                       -1.0, 1e-30, -1e-30, 0.5,  4.0};
  for (ScalarType x : kFloatTypes) {
    std::string dt = scalar_type_name(x);
    for (const UnaryOp &op : kOps)
      EXPECT_TRUE(
          matches(std::string(op.name) + "_special_" + dt, op.fn(from_doubles(special, x))));
    for (Tensor (*fn)(const Tensor &) : {neg, tensor::abs, relu})
      EXPECT_TRUE(matches(std::string(fn == neg    ? "neg"
                                      : fn == relu ? "relu"
                                                   : "abs") +
                              "_signbit_" + dt,
                          signbits(fn(from_doubles(special, x)))));
  }
}

// Note [Float results against PyTorch's vectorised kernels] in unary_ops.cpp:
// PyTorch's AVX2 build computes these with Sleef, ours with the C library; the
// largest differences seen over these ranges, in ulps of the result's dtype
// (float32 sigmoid's 4 are near x = -16.7, where 1 + exp(-x) passes 2^24).
struct UlpCase {
  Tensor (*fn)(const Tensor &);
  const char *name;
  bool positive; // UNARY_RANGES key in gen_expected.py: "positive", else "signed"
  int64_t float_ulps, double_ulps;
};
const UlpCase kUlpCases[] = {
    {tensor::exp, "exp", false, 1, 1},  {tensor::log, "log", true, 1, 1},
    {tensor::sqrt, "sqrt", true, 0, 0}, {tensor::sin, "sin", false, 1, 1},
    {tensor::cos, "cos", false, 1, 1},  {tensor::tanh, "tanh", false, 2, 2},
    {sigmoid, "sigmoid", false, 4, 2},
};

Tensor unary_range(bool positive, ScalarType dtype) {
  std::vector<double> v;
  if (positive)
    for (int i = 1; i <= 4000; i++) v.push_back(i / 100.0);
  else
    for (int i = 0; i <= 4000; i++) v.push_back((i - 2000) / 100.0);
  return from_doubles(v, dtype);
}

template <class T> int64_t max_ulps(const Tensor &got, const std::vector<double> &want) {
  int64_t worst = 0;
  for (int64_t i = 0; i < got.numel(); i++)
    worst = std::max(worst, tensor_test::ulp_distance(got.data<T>()[i], T(want[i])));
  return worst;
}

TEST(Unary, UlpsFromPyTorch) {
  for (const UlpCase &c : kUlpCases)
    for (ScalarType x : {ScalarType::Float, ScalarType::Double}) {
      std::string name = std::string(c.name) + "_range_" + scalar_type_name(x);
      Tensor got = c.fn(unary_range(c.positive, x));
      ASSERT_TRUE(matches(name, got));
      std::vector<double> want = tensor_test::record_values(*tensor_test::expected().find(name));
      bool f32 = x == ScalarType::Float;
      int64_t worst = f32 ? max_ulps<float>(got, want) : max_ulps<double>(got, want);
      EXPECT_LE(worst, f32 ? c.float_ulps : c.double_ulps) << name;
      RecordProperty(name, static_cast<int>(worst));
    }
}
