// Tensor printing: the exact text of PyTorch 1.13's repr(t) / str(t).
//
//   const int64_t sizes[] = {2, 3}, strides[] = {3, 1};
//   float data[] = {1, 2, 3, 4, 5, 6};
//   tensor::PrintView v;
//   v.dtype = tensor::PrintDType::float32;
//   v.ndim = 2; v.sizes = sizes; v.strides = strides; v.data = data;
//   tensor::format_tensor(v, tensor::print_options(), sink);
//   // sink receives "tensor([[1., 2., 3.],\n        [4., 5., 6.]])"
//
// The printer knows nothing of Tensor: the caller describes the elements with a
// PrintView (dtype, sizes, strides in elements, pointer to element [0,...,0]).
// Output goes to a PrintSink in pieces; nothing is allocated. It follows
// torch/_tensor_str.py: one _Formatter over the printed elements (all of them,
// or the edge items when numel > threshold) picks integer mode ("1."),
// scientific mode ("1.0000e+08") or fixed mode ("1.5000") and a common width;
// rows wrap at linewidth; dtype= and requires_grad= suffixes are appended.
#ifndef UPYTORCH_TENSOR_PRINT_H
#define UPYTORCH_TENSOR_PRINT_H

#include <stddef.h>
#include <stdint.h>

namespace tensor {

// dtypes the printer understands, with PyTorch's names (the lead maps them to
// ScalarType). ORDER PRINTDTYPE: kDTypeNames in print.cpp.
enum class PrintDType : uint8_t {
  uint8,
  int8,
  int16,
  int32,
  int64,
  float16,
  float32,
  float64,
  bool_,
  bfloat16,
};
constexpr int kPrintDTypeCount = 10;

// "torch.float32", ... as str(dtype) prints it.
const char *print_dtype_name(PrintDType d);

// What to print. data points at element (0, ..., 0) (storage offset already
// applied); strides count elements and may be any value, so views print as is.
struct PrintView {
  PrintDType dtype = PrintDType::float32;
  int ndim = 0;
  const int64_t *sizes = nullptr;   // ndim entries
  const int64_t *strides = nullptr; // ndim entries
  const void *data = nullptr;
  bool requires_grad = false;                     // appends ", requires_grad=True"
  PrintDType default_dtype = PrintDType::float32; // torch.get_default_dtype()
};

// torch.set_printoptions state. sci_mode: -1 = None (automatic), 0 = False, 1 = True.
// threshold is a double because profile 'full' sets it to inf.
struct PrintOptions {
  int precision = 4;
  double threshold = 1000;
  int edgeitems = 3;
  int linewidth = 80;
  int sci_mode = -1;
};

// The profiles of set_printoptions(profile=...). Applying one sets precision,
// threshold, edgeitems and linewidth (not sci_mode), as PyTorch does.
enum class PrintProfile : uint8_t { default_, short_, full };
void apply_print_profile(PrintOptions &opts, PrintProfile profile);
// "default" / "short" / "full"; false for any other name (PyTorch ignores those).
bool print_profile_from_name(const char *name, PrintProfile *out);

// The process-wide options (torch._tensor_str.PRINT_OPTS).
PrintOptions &print_options();

// Receives the text in pieces; returns false to abort (e.g. out of memory).
struct PrintSink {
  void *ctx;
  bool (*write)(void *ctx, const char *s, size_t n);
};

// Largest precision the printer formats (it formats each number into a stack
// buffer); larger precision makes format_tensor fail.
constexpr int kMaxPrintPrecision = 64;

// Writes repr(t) (== str(t)) to sink. Returns false if the sink failed or
// opts.precision is outside [0, kMaxPrintPrecision].
bool format_tensor(const PrintView &t, const PrintOptions &opts, const PrintSink &sink);

} // namespace tensor

#endif
