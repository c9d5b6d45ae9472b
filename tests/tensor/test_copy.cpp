// copy_ (broadcast + dtype conversion into views), clone, contiguous, to_dtype.
#include "tensor_test_util.h"

using namespace tensor;
using tensor_test::inp;
using tensor_test::kAllTypes;
using tensor_test::matches;

TEST(Copy, AllDtypePairs) {
  for (ScalarType src : kAllTypes)
    for (ScalarType dst : kAllTypes) {
      Tensor d = inp("t23", dst, 2);
      bool ok = copy_(d, inp("s3", src));
      std::string name = std::string("copy_") + scalar_type_name(src) + "_" + scalar_type_name(dst);
      EXPECT_TRUE(matches(name, ok, d));
    }
}

TEST(Copy, IntoViews) {
  Tensor base = inp("s234", ScalarType::Float);
  float nine_eight[] = {9, 8};
  Tensor v = slice(select(base, 1, 1), 1, 0, INT64_MAX, 2);
  EXPECT_TRUE(copy_(v, from_data(nine_eight, {2, 1}, ScalarType::Float)));
  EXPECT_TRUE(matches("copy_into_view", base));
  Tensor s3 = inp("s3", ScalarType::Float);
  EXPECT_TRUE(matches("copy_bad_shape", copy_(s3, inp("s23", ScalarType::Float)), s3));
  EXPECT_TRUE(matches("copy_bad_broadcast", copy_(s3, zeros({4}, ScalarType::Float)), s3));
  Tensor e = expand(s3, {2, 3});
  EXPECT_TRUE(matches("copy_into_expanded", copy_(e, inp("s23", ScalarType::Float)), e));
}

TEST(Copy, CloneAndContiguous) {
  EXPECT_TRUE(matches("clone_t", clone(inp("t23", ScalarType::Int))));
  EXPECT_TRUE(
      matches("clone_sliced", clone(slice(inp("s234", ScalarType::Int), 2, 0, INT64_MAX, 2))));
  EXPECT_TRUE(matches("clone_permuted", clone(permute(inp("s234", ScalarType::Int), {2, 0, 1}))));
  EXPECT_TRUE(matches("clone_expanded", clone(expand(inp("s3", ScalarType::Int), {2, 3}))));
  EXPECT_TRUE(matches("contiguous_t", contiguous(inp("t23", ScalarType::Short))));
  EXPECT_TRUE(matches("to_double_t", to_dtype(inp("t23", ScalarType::Float), ScalarType::Double)));
  Tensor c = inp("s23", ScalarType::Float);
  EXPECT_TRUE(contiguous(c).is_same(c));
  EXPECT_TRUE(to_dtype(c, ScalarType::Float).is_same(c));
  EXPECT_FALSE(to_dtype(c, ScalarType::Float, true).is_same(c));
}
