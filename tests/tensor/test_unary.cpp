// Unary pointwise ops over every dtype and several shapes, in-place and out=.
#include "tensor_test_util.h"

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
  }
}
