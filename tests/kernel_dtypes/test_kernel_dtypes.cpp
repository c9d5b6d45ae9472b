// The tensor library built with compute kernels for Float, Long and Bool only
// (CMake target upy_tensor_kernel_dtypes, TENSOR_KERNEL_DTYPES; Note [Kernel
// dtypes] in src/tensor/dispatch.h). Built dtypes compute as usual; other
// dtypes still store, convert single elements and print, but their kernels
// report a RuntimeError instead of running.
#include "tensor/dispatch.h"
#include "tensor/tensor.h"

#include <gtest/gtest.h>

#include <cstring>
#include <vector>

using namespace tensor;

static_assert(kernel_dtype_built(ScalarType::Float) && kernel_dtype_built(ScalarType::Long) &&
                  kernel_dtype_built(ScalarType::Bool),
              "this test is built with Float, Long and Bool kernels");
static_assert(!kernel_dtype_built(ScalarType::Short) && !kernel_dtype_built(ScalarType::Double),
              "this test is built without Short and Double kernels");

static Tensor floats(const std::vector<float> &v) {
  return from_data(v.data(), {static_cast<int64_t>(v.size())}, ScalarType::Float);
}

TEST(KernelDtypes, BuiltDtypeComputes) {
  std::vector<float> a = {1.5f, -2.25f, 3.0f, 1e-3f}, b = {0.5f, 4.0f, -7.5f, 2.0f};
  clear_error();
  Tensor r = add(floats(a), floats(b), Scalar(2));
  ASSERT_TRUE(r.defined());
  EXPECT_FALSE(kernel_missing());
  ASSERT_EQ(r.dtype(), ScalarType::Float);
  for (size_t i = 0; i < a.size(); i++) EXPECT_EQ(r.data<float>()[i], a[i] + 2.0f * b[i]);
  // Long -> Float conversion (both built) goes through the copy kernel.
  std::vector<int64_t> l = {3, -4, 1 << 20};
  Tensor f = to_dtype(from_data(l.data(), {3}, ScalarType::Long), ScalarType::Float);
  ASSERT_TRUE(f.defined());
  EXPECT_FALSE(kernel_missing());
  for (size_t i = 0; i < l.size(); i++) EXPECT_EQ(f.data<float>()[i], static_cast<float>(l[i]));
}

TEST(KernelDtypes, OtherDtypesStoreButDoNotCompute) {
  std::vector<int16_t> s = {7, -8, 300};
  clear_error();
  Tensor t = from_data(s.data(), {3}, ScalarType::Short);
  ASSERT_TRUE(t.defined());
  EXPECT_EQ(item(select(t, 0, 2)).to_long(), s[2]); // single elements: always
  EXPECT_FALSE(kernel_missing());

  Tensor r = add(t, t, Scalar(1));
  EXPECT_TRUE(!r.defined() || kernel_missing());
  EXPECT_TRUE(kernel_missing());
  EXPECT_EQ(error().kind, ErrorKind::RuntimeError);
  EXPECT_NE(strstr(error().message, "'Short'"), nullptr) << error().message;
  EXPECT_NE(strstr(error().message, "UPY_KERNEL_DTYPES"), nullptr) << error().message;

  clear_error();
  EXPECT_FALSE(kernel_missing());
  Tensor d = to_dtype(floats({1.0f, 2.0f}), ScalarType::Double); // copy into a dtype left out
  EXPECT_TRUE(!d.defined() || kernel_missing());
  EXPECT_TRUE(kernel_missing());
}
