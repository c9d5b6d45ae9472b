// Convolutions (tensor/conv.h) against PyTorch 1.13.1: every case, its
// arguments and PyTorch's result come from gen_linalg_expected.py; see
// linalg_cases.h for the tolerance.
#include "linalg_cases.h"

#include "tensor/conv.h"

using namespace tensor;
using linalg_test::Arg;

namespace {

using Args = std::vector<Arg>;

// conv1d/conv2d: input, weight, bias, stride, padding (list or 'same'/'valid'),
// dilation, groups.
template <class Explicit, class Mode>
linalg_test::Runner conv_runner(Explicit explicit_padding, Mode mode_padding) {
  return [=](const Args &a) {
    if (a[4].kind == 's')
      return mode_padding(a[0].tensor, a[1].tensor, a[2].tensor, a[3].ints(),
                          a[4].s == "same" ? ConvPadding::Same : ConvPadding::Valid, a[5].ints(),
                          a[6].i);
    return explicit_padding(a[0].tensor, a[1].tensor, a[2].tensor, a[3].ints(), a[4].ints(),
                            a[5].ints(), a[6].i);
  };
}

const std::map<std::string, linalg_test::Runner> &runners() {
  using ExplicitFn = Tensor (*)(const Tensor &, const Tensor &, const Tensor &, IntArrayRef,
                                IntArrayRef, IntArrayRef, int64_t);
  using ModeFn = Tensor (*)(const Tensor &, const Tensor &, const Tensor &, IntArrayRef,
                            ConvPadding, IntArrayRef, int64_t);
  static const std::map<std::string, linalg_test::Runner> r = {
      {"conv1d", conv_runner(static_cast<ExplicitFn>(conv1d), static_cast<ModeFn>(conv1d))},
      {"conv2d", conv_runner(static_cast<ExplicitFn>(conv2d), static_cast<ModeFn>(conv2d))},
      {"conv_transpose2d",
       [](const Args &a) {
         return conv_transpose2d(a[0].tensor, a[1].tensor, a[2].tensor, a[3].ints(), a[4].ints(),
                                 a[5].ints(), a[6].i, a[7].ints());
       }},
  };
  return r;
}

} // namespace

TEST(Conv, AgainstPyTorch) { EXPECT_GT(linalg_test::run_cases(runners()), 100); }
