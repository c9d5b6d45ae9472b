// Matrix products (tensor/linalg.h) against PyTorch 1.13.1: every case, its
// arguments and PyTorch's result come from gen_linalg_expected.py; see
// linalg_cases.h for the tolerance.
#include "linalg_cases.h"

#include "tensor/linalg.h"

using namespace tensor;
using linalg_test::Arg;

namespace {

using Args = std::vector<Arg>;

const std::map<std::string, linalg_test::Runner> &runners() {
  static const std::map<std::string, linalg_test::Runner> r = {
      {"mm", [](const Args &a) { return mm(a[0].tensor, a[1].tensor); }},
      {"bmm", [](const Args &a) { return bmm(a[0].tensor, a[1].tensor); }},
      {"mv", [](const Args &a) { return mv(a[0].tensor, a[1].tensor); }},
      {"dot", [](const Args &a) { return dot(a[0].tensor, a[1].tensor); }},
      {"outer", [](const Args &a) { return outer(a[0].tensor, a[1].tensor); }},
      {"matmul", [](const Args &a) { return matmul(a[0].tensor, a[1].tensor); }},
      {"linear", [](const Args &a) { return linear(a[0].tensor, a[1].tensor, a[2].tensor); }},
      {"addmm",
       [](const Args &a) {
         if (a.size() == 3) { // addmm_nan_beta0: self / 0 with beta=0
           Tensor nan_self = div(a[0].tensor, scalar_to_tensor(Scalar(0)));
           return addmm(nan_self, a[1].tensor, a[2].tensor, 0, 1);
         }
         return addmm(a[0].tensor, a[1].tensor, a[2].tensor, a[3].scalar(), a[4].scalar());
       }},
      {"addmv",
       [](const Args &a) {
         return addmv(a[0].tensor, a[1].tensor, a[2].tensor, a.size() > 3 ? a[3].scalar() : 1,
                      a.size() > 4 ? a[4].scalar() : 1);
       }},
      {"addbmm",
       [](const Args &a) {
         return addbmm(a[0].tensor, a[1].tensor, a[2].tensor, a.size() > 3 ? a[3].scalar() : 1,
                       a.size() > 4 ? a[4].scalar() : 1);
       }},
      {"baddbmm",
       [](const Args &a) {
         return baddbmm(a[0].tensor, a[1].tensor, a[2].tensor, a.size() > 3 ? a[3].scalar() : 1,
                        a.size() > 4 ? a[4].scalar() : 1);
       }},
  };
  return r;
}

float max_abs_diff(const Tensor &x, const Tensor &y) {
  return amax(tensor::abs(sub(x, y))).data<float>()[0];
}

} // namespace

TEST(Linalg, AgainstPyTorch) { EXPECT_GT(linalg_test::run_cases(runners()), 300); }

// The out= and in-place forms write the same values as the functional ones.
TEST(Linalg, OutAndInPlaceForms) {
  Tensor a = linalg_test::make_input("t:Float:3x4:0:T");
  Tensor b = linalg_test::make_input("t:Float:4x5:1:c");
  Tensor want = mm(a, b);
  Tensor out = empty({7}, ScalarType::Float);
  ASSERT_TRUE(mm_out(a, b, out));
  EXPECT_EQ(max_abs_diff(out, want), 0.0f);
  Tensor wrong = empty({3, 5}, ScalarType::Double);
  EXPECT_FALSE(mm_out(a, b, wrong));
  EXPECT_STREQ(error().message, "Expected out tensor to have dtype float, but got double instead");
  Tensor self = clone(want);
  ASSERT_TRUE(addmm_(self, a, b, 1, -1)); // want - a @ b == 0
  EXPECT_LT(max_abs_diff(self, zeros({3, 5}, ScalarType::Float)), 1e-5f);
}
