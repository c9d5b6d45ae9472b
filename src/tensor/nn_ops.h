// nn_ops.h - torch.nn.functional kernels: pooling, padding, upsampling, pixel
// shuffle, linear, activations. PyTorch 1.13.1's CPU operators with their
// argument checks and error messages; same conventions as tensor.h (a null
// Tensor or false means failure, tensor::error() says why; out= tensors are
// resized to the result's shape).
//
// int[N] arguments arrive as the binding parsed them: one value (used for every
// spatial dim) or one per spatial dim; an empty stride means "kernel_size".
// Spatial ops take unbatched inputs (no batch dim) and give unbatched results.
// Optional arguments are pointers (null: None).
#pragma once

#include "tensor/shape_ops.h"
#include "tensor/tensor.h"

namespace tensor {

// ---------------------------------------------------------------------------
// Linear layers (nn_ops.cpp); linear itself is in linalg.h.

bool linear_out(const Tensor &input, const Tensor &weight, const Tensor &bias, Tensor &out);
// y[..., o] = sum_ij x1[..., i] W[o, i, j] x2[..., j] + b[o].
Tensor bilinear(const Tensor &input1, const Tensor &input2, const Tensor &weight,
                const Tensor &bias);

// ---------------------------------------------------------------------------
// Pooling (pool.cpp): float32/float64 (avg_pool also int64). Indices count
// positions within each (H, W) plane, as PyTorch's.

Tensor max_pool1d(const Tensor &self, IntArrayRef kernel_size, IntArrayRef stride,
                  IntArrayRef padding, IntArrayRef dilation, bool ceil_mode);
ValuesIndices max_pool1d_with_indices(const Tensor &self, IntArrayRef kernel_size,
                                      IntArrayRef stride, IntArrayRef padding, IntArrayRef dilation,
                                      bool ceil_mode);
Tensor max_pool2d(const Tensor &self, IntArrayRef kernel_size, IntArrayRef stride,
                  IntArrayRef padding, IntArrayRef dilation, bool ceil_mode);
ValuesIndices max_pool2d_with_indices(const Tensor &self, IntArrayRef kernel_size,
                                      IntArrayRef stride, IntArrayRef padding, IntArrayRef dilation,
                                      bool ceil_mode);
bool max_pool2d_with_indices_out(const Tensor &self, IntArrayRef kernel_size, IntArrayRef stride,
                                 IntArrayRef padding, IntArrayRef dilation, bool ceil_mode,
                                 Tensor &out, Tensor &indices);
Tensor avg_pool1d(const Tensor &self, IntArrayRef kernel_size, IntArrayRef stride,
                  IntArrayRef padding, bool ceil_mode, bool count_include_pad);
Tensor avg_pool2d(const Tensor &self, IntArrayRef kernel_size, IntArrayRef stride,
                  IntArrayRef padding, bool ceil_mode, bool count_include_pad,
                  const int64_t *divisor_override);
bool avg_pool2d_out(const Tensor &self, IntArrayRef kernel_size, IntArrayRef stride,
                    IntArrayRef padding, bool ceil_mode, bool count_include_pad,
                    const int64_t *divisor_override, Tensor &out);
Tensor adaptive_avg_pool1d(const Tensor &self, IntArrayRef output_size);
Tensor adaptive_avg_pool2d(const Tensor &self, IntArrayRef output_size);
bool adaptive_avg_pool2d_out(const Tensor &self, IntArrayRef output_size, Tensor &out);
ValuesIndices adaptive_max_pool1d(const Tensor &self, IntArrayRef output_size);
ValuesIndices adaptive_max_pool2d(const Tensor &self, IntArrayRef output_size);
bool adaptive_max_pool2d_out(const Tensor &self, IntArrayRef output_size, Tensor &out,
                             Tensor &indices);

// ---------------------------------------------------------------------------
// Padding (pad_ops.cpp). pad lists (left, right) pairs from the last dim
// backwards; constant padding may be negative (crops).

Tensor constant_pad_nd(const Tensor &self, IntArrayRef pad, Scalar value = 0);
enum class PadMode : uint8_t { Reflect, Replicate, Circular };
// reflection_pad1d/2d, replication_pad1d/2d: `dims` spatial dims.
Tensor pad_nd(const Tensor &self, IntArrayRef padding, PadMode mode, int dims);
bool pad_nd_out(const Tensor &self, IntArrayRef padding, PadMode mode, int dims, Tensor &out);
// torch._C._nn.pad: mode "constant", "reflect", "replicate" or "circular".
Tensor pad(const Tensor &self, IntArrayRef pad, const char *mode, const double *value);

// ---------------------------------------------------------------------------
// Upsampling (upsample.cpp), with PyTorch's index computation. `dims` spatial
// dims (1 or 2); scales[d] null means None (derived from the sizes).

enum class UpsampleMode : uint8_t { Nearest, NearestExact, Linear, Cubic };
Tensor upsample(const Tensor &self, UpsampleMode mode, int dims, IntArrayRef output_size,
                bool align_corners, const double *scale_h, const double *scale_w);
bool upsample_out(const Tensor &self, UpsampleMode mode, int dims, IntArrayRef output_size,
                  bool align_corners, const double *scale_h, const double *scale_w, Tensor &out);
// The .vec overloads: exactly one of output_size / scale_factors (null: None).
Tensor upsample_vec(const Tensor &input, UpsampleMode mode, int dims, const int64_t *output_size,
                    size_t n_output_size, bool align_corners, const double *scale_factors,
                    size_t n_scale_factors);

// ---------------------------------------------------------------------------
// Channel rearrangements (nn_ops.cpp): any dtype, contiguous results (no out=
// in PyTorch's Python API).

Tensor pixel_shuffle(const Tensor &self, int64_t upscale_factor);
Tensor pixel_unshuffle(const Tensor &self, int64_t downscale_factor);
Tensor channel_shuffle(const Tensor &self, int64_t groups);

// ---------------------------------------------------------------------------
// Activations (nn_activation.cpp) beyond pointwise.h's: floating inputs unless
// said otherwise; the usual three forms where PyTorch has them.

Tensor log_sigmoid(const Tensor &self);
bool log_sigmoid_out(const Tensor &self, Tensor &out);
Tensor softshrink(const Tensor &self, Scalar lambd = 0.5);
bool softshrink_out(const Tensor &self, Scalar lambd, Tensor &out);
Tensor hardshrink(const Tensor &self, Scalar lambd = 0.5);
bool hardshrink_out(const Tensor &self, Scalar lambd, Tensor &out);
Tensor celu(const Tensor &self, Scalar alpha = 1.0);
bool celu_(const Tensor &self, Scalar alpha = 1.0);
// x > threshold ? x : value; every dtype but bool.
Tensor threshold(const Tensor &self, Scalar threshold, Scalar value);
bool threshold_out(const Tensor &self, Scalar threshold, Scalar value, Tensor &out);
bool threshold_(const Tensor &self, Scalar threshold, Scalar value);
// log(x / (1 - x)), x clamped to [eps, 1 - eps] when eps is given.
Tensor logit(const Tensor &self, const double *eps);
bool logit_out(const Tensor &self, const double *eps, Tensor &out);
bool logit_(const Tensor &self, const double *eps);
// Integral inputs compute in the default dtype.
Tensor erf(const Tensor &self);
bool erf_out(const Tensor &self, Tensor &out);
bool erf_(const Tensor &self);
Tensor erfc(const Tensor &self);
bool erfc_out(const Tensor &self, Tensor &out);
bool erfc_(const Tensor &self);
// gelu with PyTorch's approximate= string ('none' or 'tanh').
Tensor gelu(const Tensor &self, const char *approximate);
bool gelu_out(const Tensor &self, const char *approximate, Tensor &out);
bool gelu_(const Tensor &self, const char *approximate);
// First half of dim times the sigmoid of the second half.
Tensor glu(const Tensor &self, int64_t dim = -1);
bool glu_out(const Tensor &self, int64_t dim, Tensor &out);
// weight has 1 or channels (dim 1 of self) elements.
Tensor prelu(const Tensor &self, const Tensor &weight);
// Evaluation form only (training=False): leaky_relu with slope (lower + upper) / 2.
Tensor rrelu(const Tensor &self, Scalar lower, Scalar upper, bool training);
bool rrelu_(const Tensor &self, Scalar lower, Scalar upper, bool training);

} // namespace tensor
