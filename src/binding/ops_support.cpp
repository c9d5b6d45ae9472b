// Small adapters between schemas and the tensor library, used by the cpp:
// expressions of src/binding/ops.yaml: PyTorch's dtype inference of factory
// functions and string arguments the kernels take as enums.
#include "binding/argparse.h"
#include "tensor/conv.h"

#include <cstring>

namespace binding {

using tensor::ScalarType;

static bool given(ScalarType t) { return t != ScalarType::Undefined; }

ScalarType float_dtype(ScalarType requested) {
  return given(requested) ? requested : tensor::default_dtype();
}

ScalarType like_dtype(const tensor::Tensor &self, ScalarType requested) {
  return given(requested) ? requested : self.dtype();
}

// torch.full infers its dtype from the fill value (bool, long, default float).
ScalarType scalar_dtype(tensor::Scalar v, ScalarType requested) {
  if (given(requested)) return requested;
  if (v.is_bool()) return ScalarType::Bool;
  return v.is_integral() ? ScalarType::Long : tensor::default_dtype();
}

// torch.arange: Long when start, end and step are all integers.
ScalarType arange_dtype(tensor::Scalar start, tensor::Scalar end, tensor::Scalar step,
                        ScalarType requested) {
  if (given(requested)) return requested;
  bool integral = !start.is_floating() && !end.is_floating() && !step.is_floating();
  return integral ? ScalarType::Long : tensor::default_dtype();
}

bool arange_out(tensor::Scalar start, tensor::Scalar end, tensor::Scalar step,
                tensor::Tensor &out) {
  tensor::Tensor r = tensor::arange(start, end, step, out.dtype());
  return r && tensor::resize_(out, r.sizes()) && tensor::copy_(out, r);
}

tensor::Tensor wrap(tensor::Scalar s) { return tensor::scalar_to_tensor(s); }

static bool rounding_mode(const char *mode, tensor::RoundingMode *out) {
  if (!mode)
    *out = tensor::RoundingMode::None;
  else if (strcmp(mode, "trunc") == 0)
    *out = tensor::RoundingMode::Trunc;
  else if (strcmp(mode, "floor") == 0)
    *out = tensor::RoundingMode::Floor;
  else
    return tensor::fail(tensor::ErrorKind::RuntimeError,
                        "div expected rounding_mode to be one of None, 'trunc', or 'floor' but "
                        "found '%s'",
                        mode);
  return true;
}

tensor::Tensor div_mode(const tensor::Tensor &a, const tensor::Tensor &b, const char *mode) {
  tensor::RoundingMode m = tensor::RoundingMode::None;
  return rounding_mode(mode, &m) ? tensor::div(a, b, m) : tensor::Tensor();
}

bool div_mode_(const tensor::Tensor &self, const tensor::Tensor &b, const char *mode) {
  tensor::RoundingMode m = tensor::RoundingMode::None;
  return rounding_mode(mode, &m) && tensor::div_(self, b, m);
}

bool div_mode_out(const tensor::Tensor &a, const tensor::Tensor &b, const char *mode,
                  tensor::Tensor &out) {
  tensor::RoundingMode m = tensor::RoundingMode::None;
  return rounding_mode(mode, &m) && tensor::div_out(a, b, m, out);
}

static bool conv_padding(const char *padding, tensor::ConvPadding *out) {
  if (strcmp(padding, "same") == 0)
    *out = tensor::ConvPadding::Same;
  else if (strcmp(padding, "valid") == 0)
    *out = tensor::ConvPadding::Valid;
  else
    return tensor::fail(tensor::ErrorKind::RuntimeError, "Invalid padding string: '%s'", padding);
  return true;
}

tensor::Tensor conv1d_padding(const tensor::Tensor &input, const tensor::Tensor &weight,
                              const tensor::Tensor &bias, tensor::IntArrayRef stride,
                              const char *padding, tensor::IntArrayRef dilation, int64_t groups) {
  tensor::ConvPadding p{};
  if (!conv_padding(padding, &p)) return tensor::Tensor();
  return tensor::conv1d(input, weight, bias, stride, p, dilation, groups);
}

tensor::Tensor conv2d_padding(const tensor::Tensor &input, const tensor::Tensor &weight,
                              const tensor::Tensor &bias, tensor::IntArrayRef stride,
                              const char *padding, tensor::IntArrayRef dilation, int64_t groups) {
  tensor::ConvPadding p{};
  if (!conv_padding(padding, &p)) return tensor::Tensor();
  return tensor::conv2d(input, weight, bias, stride, p, dilation, groups);
}

} // namespace binding
