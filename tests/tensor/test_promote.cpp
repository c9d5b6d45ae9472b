// Type promotion: promote_types, result_type with 0-dim tensors and wrapped
// numbers, can_cast.
#include "tensor_test_util.h"

using namespace tensor;
using tensor_test::inp;
using tensor_test::kAllTypes;
using tensor_test::matches_text;

static std::string name(ScalarType t) { return scalar_type_name(t); }

TEST(Promote, Pairs) {
  for (ScalarType x : kAllTypes)
    for (ScalarType y : kAllTypes) {
      std::string suffix = name(x) + "_" + name(y);
      EXPECT_TRUE(matches_text("promote_" + suffix, name(promote_types(x, y))));
      EXPECT_TRUE(matches_text("can_cast_" + suffix, can_cast(x, y) ? "1" : "0"));
      EXPECT_TRUE(
          matches_text("result_dim_0d_" + suffix, name(result_type(inp("s23", x), inp("s0d", y)))));
    }
}

TEST(Promote, WrappedNumbers) {
  const std::pair<const char *, Scalar> scalars[] = {
      {"int", Scalar(int64_t(2))}, {"float", Scalar(2.5)}, {"bool", Scalar(true)}};
  for (ScalarType x : kAllTypes)
    for (const auto &s : scalars) {
      std::string suffix = name(x) + "_" + s.first;
      EXPECT_TRUE(matches_text("result_" + suffix, name(result_type(inp("s23", x), s.second))));
      EXPECT_TRUE(matches_text("result_0d_" + suffix, name(result_type(inp("s0d", x), s.second))));
      // A wrapped tensor promotes like the number itself.
      EXPECT_EQ(result_type(inp("s23", x), scalar_to_tensor(s.second)),
                result_type(inp("s23", x), s.second));
    }
  Tensor three[] = {inp("s23", ScalarType::Byte), inp("s0d", ScalarType::Char),
                    scalar_to_tensor(Scalar(2.5))};
  EXPECT_TRUE(matches_text("result_three", name(result_type(three, 3))));
}

TEST(Promote, CastError) {
  EXPECT_FALSE(check_can_cast(ScalarType::Float, ScalarType::Long));
  EXPECT_STREQ(error().message, "result type Float can't be cast to the desired output type Long");
}
