// Storage, handles, creation, element access and dtype conversion.
#include "tensor_test_util.h"

#include <cmath>

#include <cstdlib>
#include <cstring>

using namespace tensor;
using tensor_test::inp;
using tensor_test::kAllTypes;
using tensor_test::matches;

TEST(Tensor, Geometry) {
  Tensor t = empty({2, 3}, ScalarType::Float);
  ASSERT_TRUE(t);
  EXPECT_EQ(t.dim(), 2);
  EXPECT_EQ(t.numel(), 6);
  EXPECT_EQ(t.stride(0), 3);
  EXPECT_TRUE(t.is_contiguous());
  EXPECT_EQ(empty({}, ScalarType::Long).numel(), 1);
  EXPECT_EQ(empty({0, 3}, ScalarType::Long).numel(), 0);
}

TEST(Tensor, DtypeNames) {
  EXPECT_STREQ(dtype_name(ScalarType::Float), "torch.float32");
  EXPECT_STREQ(dtype_name(ScalarType::Byte), "torch.uint8");
  EXPECT_STREQ(scalar_type_name(ScalarType::Long), "Long");
  EXPECT_EQ(element_size(ScalarType::BFloat16), 2u);
  EXPECT_EQ(element_size(ScalarType::Bool), 1u);
}

TEST(Tensor, Creation) {
  EXPECT_TRUE(matches("zeros_23_Int", zeros({2, 3}, ScalarType::Int)));
  EXPECT_TRUE(matches("ones_0d_Double", ones({}, ScalarType::Double)));
  EXPECT_TRUE(matches("full_23_Half", full({2, 3}, 2.5, ScalarType::Half)));
  EXPECT_TRUE(matches("full_2_Bool", full({2}, 3, ScalarType::Bool)));
  EXPECT_TRUE(matches("full_3_Byte_neg", full({3}, -1, ScalarType::Byte)));
  EXPECT_TRUE(matches("empty_neg", empty({-1, 2}, ScalarType::Float)));
}

TEST(Tensor, Arange) {
  for (ScalarType dt : kAllTypes) {
    std::string n = scalar_type_name(dt);
    EXPECT_TRUE(matches("arange_0_5_1_" + n, arange(0, 5, 1, dt)));
    EXPECT_TRUE(matches("arange_1_2.5_0.5_" + n, arange(1, 2.5, 0.5, dt)));
  }
  EXPECT_TRUE(matches("arange_10_0_-3_Long", arange(10, 0, -3, ScalarType::Long)));
  EXPECT_TRUE(matches("arange_0.1_1_0.3_Float", arange(0.1, 1, 0.3, ScalarType::Float)));
  // Fractional bounds with integral dtypes: PyTorch truncates some, not all.
  const double bounds[][3] = {{0.5, 3, 1}, {0, 2.5, 1}, {0, 5, 1.5}, {-1.5, 3, 1}};
  const char *const names[] = {"0.5_3_1", "0_2.5_1", "0_5_1.5", "-1.5_3_1"};
  for (ScalarType dt : {ScalarType::Long, ScalarType::Int, ScalarType::Byte})
    for (int i = 0; i < 4; i++) {
      auto num = [](double v) {
        return v == static_cast<int64_t>(v) ? Scalar(static_cast<int64_t>(v)) : Scalar(v);
      };
      Tensor r = arange(num(bounds[i][0]), num(bounds[i][1]), num(bounds[i][2]), dt);
      EXPECT_TRUE(matches(std::string("arange_") + names[i] + "_" + scalar_type_name(dt), r));
    }
  EXPECT_TRUE(matches("arange_step0", arange(0, 5, 0, ScalarType::Long)));
  EXPECT_TRUE(matches("arange_sign", arange(5, 0, 1, ScalarType::Long)));
}

// The inputs every other test uses, checked against PyTorch's.
TEST(Tensor, Inputs) {
  for (ScalarType dt : kAllTypes) {
    std::string n = scalar_type_name(dt);
    EXPECT_TRUE(matches("inp_s234_" + n, inp("s234", dt)));
    EXPECT_TRUE(matches("inp_t23_" + n, inp("t23", dt, 1)));
  }
}

TEST(Tensor, Conversions) {
  float f[] = {-1.5f, 300.7f, -300.2f, 2.9f};
  EXPECT_TRUE(matches("convert_float_byte",
                      to_dtype(from_data(f, {4}, ScalarType::Float), ScalarType::Byte)));
  float h[] = {1.f / 3, 65504.f, 65520.f, 1e-5f, 6e-8f, -2.5e-8f, 1e10f, NAN, -INFINITY};
  EXPECT_TRUE(matches("convert_float_half",
                      to_dtype(from_data(h, {9}, ScalarType::Float), ScalarType::Half)));
  float b[] = {1.f / 3, 3.3895e38f, 1e-40f, -7.7f, NAN, 1.00390625f, 1.01171875f};
  EXPECT_TRUE(matches("convert_float_bf16",
                      to_dtype(from_data(b, {7}, ScalarType::Float), ScalarType::BFloat16)));
  float z[] = {0.f, -0.f, 0.5f, NAN};
  EXPECT_TRUE(matches("convert_float_bool",
                      to_dtype(from_data(z, {4}, ScalarType::Float), ScalarType::Bool)));
  double d[] = {-2.7, 2.7, 1e3};
  EXPECT_TRUE(matches("convert_double_int",
                      to_dtype(from_data(d, {3}, ScalarType::Double), ScalarType::Int)));
}

TEST(Tensor, Elements) {
  Tensor t = arange(0, 6, 1, ScalarType::Long);
  Tensor m = view(t, {2, 3});
  EXPECT_EQ(get(m, {1, 2}).to_long(), 5);
  set(m, {0, 1}, Scalar(int64_t(42)));
  EXPECT_EQ(t.data<int64_t>()[1], 42);
  EXPECT_EQ(item(select(t, 0, 1)).to_long(), 42);
  EXPECT_FALSE(item(t).is_floating());
  EXPECT_EQ(error().kind, ErrorKind::RuntimeError);
  EXPECT_STREQ(error().message, "a Tensor with 6 elements cannot be converted to Scalar");
  // int64 values survive exactly (no trip through double).
  Tensor big = full({1}, Scalar(int64_t(9007199254740993)), ScalarType::Long);
  EXPECT_EQ(item(big).to_long(), 9007199254740993);
}

TEST(Tensor, FillThroughView) {
  Tensor a = arange(0, 6, 1, ScalarType::Float);
  Tensor col = select(view(a, {2, 3}), 1, 2);
  ASSERT_TRUE(fill_(col, 7));
  float want[] = {0, 1, 7, 3, 4, 7};
  EXPECT_EQ(memcmp(a.data<float>(), want, sizeof want), 0);
}

// The allocator hook sees every byte back, with the size it handed out.
static size_t live_bytes = 0;
static void *counting_alloc(size_t n) {
  live_bytes += n;
  return malloc(n);
}
static void counting_free(void *p, size_t n) {
  live_bytes -= n;
  free(p);
}
static void *failing_alloc(size_t) { return nullptr; }

TEST(Tensor, AllocatorHookAndLifetime) {
  set_allocator(counting_alloc, counting_free);
  {
    Tensor a = ones({4, 5}, ScalarType::Double);
    Tensor v = transpose(a, 0, 1);
    a = Tensor(); // the view keeps the storage alive
    EXPECT_GT(live_bytes, 160u);
    EXPECT_EQ(get(v, {4, 3}).to_double(), 1.0);
    Tensor r = add(v, v);
  }
  EXPECT_EQ(live_bytes, 0u);
  set_allocator(failing_alloc, counting_free);
  EXPECT_FALSE(empty({10}, ScalarType::Float));
  EXPECT_EQ(error().kind, ErrorKind::MemoryError);
  set_allocator(nullptr, nullptr);
}

TEST(Tensor, TooManyDims) {
  EXPECT_FALSE(empty({1, 1, 1, 1, 1, 1, 1, 1, 1}, ScalarType::Float));
  EXPECT_EQ(error().kind, ErrorKind::RuntimeError);
  Tensor t8 = empty({1, 1, 1, 1, 1, 1, 1, 1}, ScalarType::Float);
  ASSERT_TRUE(t8);
  EXPECT_FALSE(unsqueeze(t8, 0));
}

TEST(Tensor, FromBlob) {
  float data[6] = {1, 2, 3, 4, 5, 6};
  Tensor t = from_blob(data, {3, 2}, {1, 3}, ScalarType::Float);
  ASSERT_TRUE(t);
  EXPECT_EQ(get(t, {2, 1}).to_double(), 6.0);
  fill_(t, 0);
  EXPECT_EQ(data[5], 0.0f);
}
