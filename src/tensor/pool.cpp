// Pooling: max_pool1d/2d (+ indices), avg_pool1d/2d, adaptive_avg_pool1d/2d,
// adaptive_max_pool1d/2d. The checks follow PyTorch 1.13's meta functions in
// order, so the first error PyTorch raises is ours. 1-D pools run as 2-D pools
// of height 1 (as PyTorch's do); every kernel loops over contiguous (H, W)
// planes of a contiguous copy of the input.
#include "tensor/nn_ops.h"

#include "tensor/internal.h"
#include "tensor/rows.h"

#include <cmath>
#include <limits>

namespace tensor {
namespace {

// Floor division (PyTorch's div_rtn).
int64_t div_floor(int64_t a, int64_t b) {
  int64_t q = a / b, r = a % b;
  return (r != 0 && ((r < 0) != (b < 0))) ? q - 1 : q;
}

int64_t ceil_div(int64_t a, int64_t b) { return (a + b - 1) / b; }

// Output length of a pooling window sweep; in ceil mode the last window must
// start inside the input or its left padding.
int64_t output_len(int64_t in, int64_t k, int64_t pad, int64_t stride, int64_t dilation,
                   bool ceil_mode) {
  int64_t out =
      div_floor(in + 2 * pad - dilation * (k - 1) - 1 + (ceil_mode ? stride - 1 : 0), stride) + 1;
  if (ceil_mode && (out - 1) * stride >= in + pad) out--;
  return out;
}

// pooling_output_shape's own checks, then the length.
bool pooled_len(int64_t in, int64_t k, int64_t pad, int64_t stride, int64_t dilation,
                bool ceil_mode, int64_t *out) {
  if (stride == 0) return fail(ErrorKind::RuntimeError, "stride should not be zero");
  if (pad < 0)
    return fail(ErrorKind::RuntimeError, "pad must be non-negative, but got pad: %lld",
                static_cast<long long>(pad));
  if (pad > k / 2)
    return fail(ErrorKind::RuntimeError,
                "pad should be at most half of kernel size, but got pad=%lld and kernel_size=%lld",
                static_cast<long long>(pad), static_cast<long long>(k));
  *out = output_len(in, k, pad, stride, dilation, ceil_mode);
  return true;
}

struct Pool2d {
  int64_t kH, kW, sH, sW, pH, pW, dH = 1, dW = 1;
  int64_t N, C, IH, IW, OH, OW;
  bool batched;
};

// Picks (H, W) values from a 1- or 2-element list.
void pick2(IntArrayRef l, int64_t *h, int64_t *w) {
  *h = l[0];
  *w = l.size == 2 ? l[1] : l[0];
}

bool list_ok(IntArrayRef l, bool may_be_empty) {
  return l.size == 1 || l.size == 2 || (may_be_empty && l.size == 0);
}

// pool2d_shape_check (after the output sizes are known).
bool check_pool2d_shape(const Tensor &input, const Pool2d &p) {
  if (p.kW <= 0 || p.kH <= 0)
    return fail(ErrorKind::RuntimeError,
                "kernel size should be greater than zero, but got kH: %lld kW: %lld",
                static_cast<long long>(p.kH), static_cast<long long>(p.kW));
  if (p.sW <= 0 || p.sH <= 0)
    return fail(ErrorKind::RuntimeError,
                "stride should be greater than zero, but got dH: %lld dW: %lld",
                static_cast<long long>(p.sH), static_cast<long long>(p.sW));
  if (p.dH <= 0 || p.dW <= 0)
    return fail(ErrorKind::RuntimeError,
                "dilation should be greater than zero, but got dilationH: %lld dilationW: %lld",
                static_cast<long long>(p.dH), static_cast<long long>(p.dW));
  int64_t nd = input.dim();
  bool valid = input.size(1) != 0 && input.size(2) != 0;
  if (!((nd == 3 && input.size(0) != 0 && valid) || (nd == 4 && valid && input.size(3) != 0))) {
    char buf[96];
    format_int_list(buf, sizeof buf, input.sizes());
    return fail(ErrorKind::RuntimeError,
                "Expected 3D or 4D (batch mode) tensor with optional 0 dim batch size for input, "
                "but got:%s",
                buf);
  }
  if (p.kW / 2 < p.pW || p.kH / 2 < p.pH)
    return fail(ErrorKind::RuntimeError,
                "pad should be smaller than or equal to half of kernel size, but got padW = %lld, "
                "padH = %lld, kW = %lld, kH = %lld",
                static_cast<long long>(p.pW), static_cast<long long>(p.pH),
                static_cast<long long>(p.kW), static_cast<long long>(p.kH));
  if (p.OW < 1 || p.OH < 1)
    return fail(ErrorKind::RuntimeError,
                "Given input size: (%lldx%lldx%lld). Calculated output size: (%lldx%lldx%lld). "
                "Output size is too small",
                static_cast<long long>(p.C), static_cast<long long>(p.IH),
                static_cast<long long>(p.IW), static_cast<long long>(p.C),
                static_cast<long long>(p.OH), static_cast<long long>(p.OW));
  return true;
}

void set_input_dims(const Tensor &input, Pool2d *p) {
  p->batched = input.dim() == 4;
  p->N = p->batched ? input.size(0) : 1;
  p->C = input.size(input.dim() - 3);
  p->IH = input.size(input.dim() - 2);
  p->IW = input.size(input.dim() - 1);
}

Tensor pooled_empty(const Pool2d &p, ScalarType dtype) {
  if (p.batched) return empty({p.N, p.C, p.OH, p.OW}, dtype);
  return empty({p.C, p.OH, p.OW}, dtype);
}

bool is_float_or_double(ScalarType t) { return t == ScalarType::Float || t == ScalarType::Double; }

// ---------------------------------------------------------------------------
// Max pooling

// max_pool2d_with_indices' meta checks.
bool plan_max_pool2d(const Tensor &input, IntArrayRef k, IntArrayRef s, IntArrayRef pad,
                     IntArrayRef dil, bool ceil_mode, Pool2d *p) {
  if (!list_ok(k, false))
    return fail(ErrorKind::RuntimeError,
                "max_pool2d: kernel_size must either be a single int, or a tuple of two ints");
  if (!list_ok(s, true))
    return fail(ErrorKind::RuntimeError,
                "max_pool2d: stride must either be omitted, a single int, or a tuple of two ints");
  if (!list_ok(pad, false))
    return fail(ErrorKind::RuntimeError,
                "max_pool2d: padding must be either be a single int, or a tuple of two ints");
  if (!list_ok(dil, false))
    return fail(ErrorKind::RuntimeError,
                "max_pool2d: dilation must be either a single int, or a tuple of two ints");
  pick2(k, &p->kH, &p->kW);
  pick2(s.size ? s : k, &p->sH, &p->sW);
  pick2(pad, &p->pH, &p->pW);
  pick2(dil, &p->dH, &p->dW);
  if (input.dim() != 3 && input.dim() != 4)
    return fail(ErrorKind::RuntimeError,
                "non-empty 3D or 4D (batch mode) tensor expected for input");
  set_input_dims(input, p);
  return pooled_len(p->IH, p->kH, p->pH, p->sH, p->dH, ceil_mode, &p->OH) &&
         pooled_len(p->IW, p->kW, p->pW, p->sW, p->dW, ceil_mode, &p->OW) &&
         check_pool2d_shape(input, *p);
}

// One plane: out/idx get OH x OW; NaN wins, as in PyTorch.
template <class T> void max_plane(const T *in, T *out, int64_t *idx, const Pool2d &p) {
  for (int64_t oh = 0; oh < p.OH; oh++) {
    int64_t h0 = oh * p.sH - p.pH;
    int64_t h1 = h0 + (p.kH - 1) * p.dH + 1 < p.IH ? h0 + (p.kH - 1) * p.dH + 1 : p.IH;
    while (h0 < 0) h0 += p.dH;
    for (int64_t ow = 0; ow < p.OW; ow++) {
      int64_t w0 = ow * p.sW - p.pW;
      int64_t w1 = w0 + (p.kW - 1) * p.dW + 1 < p.IW ? w0 + (p.kW - 1) * p.dW + 1 : p.IW;
      while (w0 < 0) w0 += p.dW;
      T best = -std::numeric_limits<T>::infinity();
      int64_t best_i = h0 * p.IW + w0;
      for (int64_t h = h0; h < h1; h += p.dH)
        for (int64_t w = w0; w < w1; w += p.dW) {
          T v = in[h * p.IW + w];
          if (v > best || std::isnan(v)) {
            best = v;
            best_i = h * p.IW + w;
          }
        }
      out[oh * p.OW + ow] = best;
      if (idx) idx[oh * p.OW + ow] = best_i;
    }
  }
}

// Runs plane(in, out, plane_index) over the N * C planes of a contiguous input.
template <class T, class F> void each_plane(const Tensor &in, const Pool2d &p, T *out, F plane) {
  const T *src = in.data<T>();
  for (int64_t i = 0; i < p.N * p.C; i++) plane(src + i * p.IH * p.IW, out + i * p.OH * p.OW, i);
}

bool run_max_pool2d(const Tensor &self, const Pool2d &p, const char *kernel, bool with_indices,
                    ValuesIndices *r) {
  if (!is_float_or_double(self.dtype()))
    return fail(ErrorKind::RuntimeError, "\"%s\" not implemented for '%s'", kernel,
                scalar_type_name(self.dtype()));
  Tensor in = contiguous(self);
  r->values = in ? pooled_empty(p, self.dtype()) : Tensor();
  if (!r->values) return false;
  if (with_indices) {
    r->indices = pooled_empty(p, ScalarType::Long);
    if (!r->indices) return false;
  }
  int64_t *idx = with_indices ? r->indices.data<int64_t>() : nullptr;
  int64_t plane_out = p.OH * p.OW;
  dispatch_all(self.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point<T>::value)
      each_plane<T>(in, p, r->values.data<T>(), [&](const T *src, T *dst, int64_t i) {
        max_plane<T>(src, dst, idx ? idx + i * plane_out : nullptr, p);
      });
  });
  return true;
}

// check1d: "max_pool1d() argument 'stride' should contain one int (got 2)".
bool check1d(const char *fn, const char *arg, IntArrayRef l) {
  if (l.size == 1) return true;
  return fail(ErrorKind::RuntimeError, "%s() argument '%s' should contain one int (got %lld)", fn,
              arg, static_cast<long long>(l.size));
}

// checkDimRange(fn, self, 2, 4).
bool check_1d_input(const char *fn, const Tensor &self) {
  if (self.dim() == 2 || self.dim() == 3) return true;
  return fail(ErrorKind::RuntimeError,
              "Expected 2 to 3 dimensions, but got %lld-dimensional tensor for argument #1 'self' "
              "(while checking arguments for %s)",
              static_cast<long long>(self.dim()), fn);
}

// A pool's 2-D result (height 1) back to 1-D.
Tensor squeeze_h(const Tensor &t) { return t ? squeeze(t, -2) : Tensor(); }

// check_max_pool1d: the checks of torch.max_pool1d (without indices).
bool check_max_pool1d(const Tensor &self, IntArrayRef k, IntArrayRef s, IntArrayRef pad,
                      IntArrayRef dil) {
  int64_t nd = self.dim();
  if (!((nd == 2 && self.size(0) != 0 && self.size(1) != 0) ||
        (nd == 3 && self.size(1) != 0 && self.size(2) != 0))) {
    char buf[96];
    format_int_list(buf, sizeof buf, self.sizes());
    return fail(ErrorKind::RuntimeError,
                "max_pool1d: Expected 2D or 3D (batch mode) tensor with optional 0 dim batch size "
                "for input, but got:%s",
                buf);
  }
  if (k.size != 1)
    return fail(ErrorKind::RuntimeError,
                "max_pool1d() kernel_size must be an int, list of ints or tuple of ints of size 1 "
                "but got size %lld",
                static_cast<long long>(k.size));
  if (s.size > 1)
    return fail(ErrorKind::RuntimeError,
                "max_pool1d() stride must be None, an int, list of ints, or tuple of ints of size "
                "1 but got size %lld",
                static_cast<long long>(s.size));
  if (pad.size != 1)
    return fail(ErrorKind::RuntimeError,
                "max_pool1d() padding must be an int, list of ints, or tuple of ints of size 1 but "
                "got size %lld",
                static_cast<long long>(pad.size));
  if (dil.size != 1)
    return fail(ErrorKind::RuntimeError,
                "max_pool1d() dilation must be an int, list of ints or tuple of ints of size 1 but "
                "got size %lld",
                static_cast<long long>(dil.size));
  int64_t kw = k[0], sw = s.size ? s[0] : k[0];
  if (kw <= 0)
    return fail(ErrorKind::RuntimeError,
                "max_pool1d() kernel_size must be greater than zero, but got %lld",
                static_cast<long long>(kw));
  if (sw <= 0)
    return fail(ErrorKind::RuntimeError,
                "max_pool1d() stride must be greater than zero, but got %lld",
                static_cast<long long>(sw));
  if (pad[0] < 0)
    return fail(ErrorKind::RuntimeError, "max_pool1d() padding must be non-negative, but got %lld",
                static_cast<long long>(pad[0]));
  if (pad[0] > kw / 2)
    return fail(ErrorKind::RuntimeError,
                "max_pool1d() padding should be at most half of kernel size, but got padding=%lld "
                "and kernel_size=%lld",
                static_cast<long long>(pad[0]), static_cast<long long>(kw));
  if (dil[0] <= 0)
    return fail(ErrorKind::RuntimeError,
                "max_pool1d() dilation must be greater than zero, but got %lld",
                static_cast<long long>(dil[0]));
  return true;
}

// ---------------------------------------------------------------------------
// Average pooling

bool plan_avg_pool2d(const Tensor &input, IntArrayRef k, IntArrayRef s, IntArrayRef pad,
                     bool ceil_mode, const int64_t *divisor_override, Pool2d *p) {
  if (!list_ok(k, false))
    return fail(ErrorKind::RuntimeError,
                "avg_pool2d: kernel_size must either be a single int, or a tuple of two ints");
  if (!list_ok(s, true))
    return fail(ErrorKind::RuntimeError,
                "avg_pool2d: stride must either be omitted, a single int, or a tuple of two ints");
  if (!list_ok(pad, false))
    return fail(ErrorKind::RuntimeError,
                "avg_pool2d: padding must either be a single int, or a tuple of two ints");
  if (divisor_override && *divisor_override == 0)
    return fail(ErrorKind::RuntimeError, "divisor must be not zero");
  pick2(k, &p->kH, &p->kW);
  pick2(s.size ? s : k, &p->sH, &p->sW);
  pick2(pad, &p->pH, &p->pW);
  for (int64_t d = -3; d < 0; d++) { // input.size(-3) and friends: IndexError when missing
    int64_t w = d;
    if (!wrap_dim(&w, input.dim(), false)) return false;
  }
  set_input_dims(input, p);
  return pooled_len(p->IH, p->kH, p->pH, p->sH, 1, ceil_mode, &p->OH) &&
         pooled_len(p->IW, p->kW, p->pW, p->sW, 1, ceil_mode, &p->OW) &&
         check_pool2d_shape(input, *p);
}

template <class T>
void avg_plane(const T *in, T *out, const Pool2d &p, bool count_include_pad,
               const int64_t *divisor_override) {
  using Acc = compute_t<T>;
  for (int64_t oh = 0; oh < p.OH; oh++) {
    for (int64_t ow = 0; ow < p.OW; ow++) {
      int64_t h0 = oh * p.sH - p.pH, w0 = ow * p.sW - p.pW;
      int64_t h1 = h0 + p.kH < p.IH + p.pH ? h0 + p.kH : p.IH + p.pH;
      int64_t w1 = w0 + p.kW < p.IW + p.pW ? w0 + p.kW : p.IW + p.pW;
      int64_t pool_size = (h1 - h0) * (w1 - w0);
      h0 = h0 < 0 ? 0 : h0;
      w0 = w0 < 0 ? 0 : w0;
      h1 = h1 > p.IH ? p.IH : h1;
      w1 = w1 > p.IW ? p.IW : w1;
      T &o = out[oh * p.OW + ow];
      if (h0 >= h1 || w0 >= w1) {
        o = T(0);
        continue;
      }
      Acc sum = 0;
      for (int64_t h = h0; h < h1; h++)
        for (int64_t w = w0; w < w1; w++) sum += static_cast<Acc>(in[h * p.IW + w]);
      int64_t divisor = divisor_override    ? *divisor_override
                        : count_include_pad ? pool_size
                                            : (h1 - h0) * (w1 - w0);
      o = static_cast<T>(sum / static_cast<Acc>(divisor));
    }
  }
}

bool run_avg_pool2d(const Tensor &self, const Pool2d &p, bool count_include_pad,
                    const int64_t *divisor_override, Tensor *result) {
  ScalarType t = self.dtype();
  if (!is_float_or_double(t) && t != ScalarType::Long)
    return fail(ErrorKind::RuntimeError, "\"avg_pool2d\" not implemented for '%s'",
                scalar_type_name(t));
  Tensor in = contiguous(self);
  *result = in ? pooled_empty(p, t) : Tensor();
  if (!*result) return false;
  dispatch_all(t, [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point<T>::value || std::is_same<T, int64_t>::value)
      each_plane<T>(in, p, result->data<T>(), [&](const T *src, T *dst, int64_t) {
        avg_plane<T>(src, dst, p, count_include_pad, divisor_override);
      });
  });
  return true;
}

// ---------------------------------------------------------------------------
// Adaptive pooling: output cell o of n over an input of len covers
// [floor(o * len / n), ceil((o + 1) * len / n)).

int64_t adaptive_start(int64_t o, int64_t n, int64_t len) { return (o * len) / n; }
int64_t adaptive_end(int64_t o, int64_t n, int64_t len) { return ceil_div((o + 1) * len, n); }

template <class T> void adaptive_avg_plane(const T *in, T *out, const Pool2d &p) {
  using Acc = compute_t<T>;
  for (int64_t oh = 0; oh < p.OH; oh++) {
    int64_t h0 = adaptive_start(oh, p.OH, p.IH), h1 = adaptive_end(oh, p.OH, p.IH);
    for (int64_t ow = 0; ow < p.OW; ow++) {
      int64_t w0 = adaptive_start(ow, p.OW, p.IW), w1 = adaptive_end(ow, p.OW, p.IW);
      Acc sum = 0;
      for (int64_t h = h0; h < h1; h++)
        for (int64_t w = w0; w < w1; w++) sum += static_cast<Acc>(in[h * p.IW + w]);
      out[oh * p.OW + ow] = static_cast<T>(sum / static_cast<Acc>((h1 - h0) * (w1 - w0)));
    }
  }
}

template <class T> void adaptive_max_plane(const T *in, T *out, int64_t *idx, const Pool2d &p) {
  for (int64_t oh = 0; oh < p.OH; oh++) {
    int64_t h0 = adaptive_start(oh, p.OH, p.IH), h1 = adaptive_end(oh, p.OH, p.IH);
    for (int64_t ow = 0; ow < p.OW; ow++) {
      int64_t w0 = adaptive_start(ow, p.OW, p.IW), w1 = adaptive_end(ow, p.OW, p.IW);
      T best = -std::numeric_limits<T>::infinity();
      int64_t best_i = h0 * p.IW + w0;
      for (int64_t h = h0; h < h1; h++)
        for (int64_t w = w0; w < w1; w++) {
          T v = in[h * p.IW + w];
          if (v > best || std::isnan(v)) {
            best = v;
            best_i = h * p.IW + w;
          }
        }
      out[oh * p.OW + ow] = best;
      idx[oh * p.OW + ow] = best_i;
    }
  }
}

bool plan_adaptive(const Tensor &input, IntArrayRef output_size, Pool2d *p) {
  set_input_dims(input, p);
  p->OH = output_size[0];
  p->OW = output_size[1];
  p->kH = p->kW = p->sH = p->sW = 1;
  p->pH = p->pW = 0;
  return true;
}

// _adaptive_avg_pool2d (adaptive_avg_pool2d's general case).
Tensor adaptive_avg_pool2d_general(const Tensor &self, IntArrayRef output_size) {
  int64_t nd = self.dim();
  char buf[96];
  format_int_list(buf, sizeof buf, self.sizes());
  if (nd != 3 && nd != 4) {
    fail(ErrorKind::RuntimeError, "adaptive_avg_pool2d(): Expected 3D or 4D tensor, but got %s",
         buf);
    return Tensor();
  }
  for (int64_t d = nd - 2; d < nd; d++) {
    if (self.size(d) > 0) continue;
    fail(ErrorKind::RuntimeError,
         "adaptive_avg_pool2d(): Expected input to have non-zero size for non-batch dimensions, "
         "but input has sizes %s with dimension %lld being empty",
         buf, static_cast<long long>(d));
    return Tensor();
  }
  if (!is_float_or_double(self.dtype())) {
    fail(ErrorKind::RuntimeError, "\"adaptive_avg_pool2d\" not implemented for '%s'",
         scalar_type_name(self.dtype()));
    return Tensor();
  }
  Pool2d p;
  plan_adaptive(self, output_size, &p);
  Tensor in = contiguous(self);
  Tensor result = in ? pooled_empty(p, self.dtype()) : Tensor();
  if (!result) return Tensor();
  dispatch_all(self.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point<T>::value)
      each_plane<T>(in, p, result.data<T>(),
                    [&](const T *src, T *dst, int64_t) { adaptive_avg_plane<T>(src, dst, p); });
  });
  return result;
}

} // namespace

// ---------------------------------------------------------------------------
// Public entry points

ValuesIndices max_pool2d_with_indices(const Tensor &self, IntArrayRef kernel_size,
                                      IntArrayRef stride, IntArrayRef padding, IntArrayRef dilation,
                                      bool ceil_mode) {
  Pool2d p;
  ValuesIndices r;
  if (!plan_max_pool2d(self, kernel_size, stride, padding, dilation, ceil_mode, &p) ||
      !run_max_pool2d(self, p, "max_pool2d", true, &r))
    return ValuesIndices();
  return r;
}

bool max_pool2d_with_indices_out(const Tensor &self, IntArrayRef kernel_size, IntArrayRef stride,
                                 IntArrayRef padding, IntArrayRef dilation, bool ceil_mode,
                                 Tensor &out, Tensor &indices) {
  ValuesIndices r =
      max_pool2d_with_indices(self, kernel_size, stride, padding, dilation, ceil_mode);
  return r.values && deliver(r.values, out) && deliver(r.indices, indices);
}

Tensor max_pool2d(const Tensor &self, IntArrayRef kernel_size, IntArrayRef stride,
                  IntArrayRef padding, IntArrayRef dilation, bool ceil_mode) {
  Pool2d p;
  ValuesIndices r;
  if (!plan_max_pool2d(self, kernel_size, stride, padding, dilation, ceil_mode, &p) ||
      !run_max_pool2d(self, p, "max_pool2d", false, &r))
    return Tensor();
  return r.values;
}

ValuesIndices max_pool1d_with_indices(const Tensor &self, IntArrayRef kernel_size,
                                      IntArrayRef stride, IntArrayRef padding, IntArrayRef dilation,
                                      bool ceil_mode) {
  if (!stride.size) stride = kernel_size;
  if (!check_1d_input("max_pool1d", self) || !check1d("max_pool1d", "kernel_size", kernel_size) ||
      !check1d("max_pool1d", "stride", stride) || !check1d("max_pool1d", "padding", padding) ||
      !check1d("max_pool1d", "dilation", dilation))
    return ValuesIndices();
  int64_t k[2] = {1, kernel_size[0]}, s[2] = {1, stride[0]}, pad[2] = {0, padding[0]},
          d[2] = {1, dilation[0]};
  ValuesIndices r =
      max_pool2d_with_indices(unsqueeze(self, -2), IntArrayRef(k, 2), IntArrayRef(s, 2),
                              IntArrayRef(pad, 2), IntArrayRef(d, 2), ceil_mode);
  if (!r.values) return r;
  r.values = squeeze_h(r.values);
  r.indices = squeeze_h(r.indices);
  return r;
}

Tensor max_pool1d(const Tensor &self, IntArrayRef kernel_size, IntArrayRef stride,
                  IntArrayRef padding, IntArrayRef dilation, bool ceil_mode) {
  if (!check_max_pool1d(self, kernel_size, stride, padding, dilation)) return Tensor();
  Pool2d p;
  p.kH = p.sH = p.dH = 1;
  p.pH = 0;
  p.kW = kernel_size[0];
  p.sW = stride.size ? stride[0] : kernel_size[0];
  p.pW = padding[0];
  p.dW = dilation[0];
  p.batched = self.dim() == 3;
  p.N = p.batched ? self.size(0) : 1;
  p.C = self.size(self.dim() - 2);
  p.IH = p.OH = 1;
  p.IW = self.size(self.dim() - 1);
  p.OW = output_len(p.IW, p.kW, p.pW, p.sW, p.dW, ceil_mode);
  if (p.OW < 0) {
    fail(ErrorKind::RuntimeError, "max_pool1d() Invalid computed output size: %lld",
         static_cast<long long>(p.OW));
    return Tensor();
  }
  ValuesIndices r;
  if (!run_max_pool2d(self, p, "max_pool1d_impl", false, &r)) return Tensor();
  return squeeze_h(r.values);
}

Tensor avg_pool2d(const Tensor &self, IntArrayRef kernel_size, IntArrayRef stride,
                  IntArrayRef padding, bool ceil_mode, bool count_include_pad,
                  const int64_t *divisor_override) {
  Pool2d p;
  Tensor result;
  if (!plan_avg_pool2d(self, kernel_size, stride, padding, ceil_mode, divisor_override, &p) ||
      !run_avg_pool2d(self, p, count_include_pad, divisor_override, &result))
    return Tensor();
  return result;
}

bool avg_pool2d_out(const Tensor &self, IntArrayRef kernel_size, IntArrayRef stride,
                    IntArrayRef padding, bool ceil_mode, bool count_include_pad,
                    const int64_t *divisor_override, Tensor &out) {
  return deliver(avg_pool2d(self, kernel_size, stride, padding, ceil_mode, count_include_pad,
                            divisor_override),
                 out);
}

Tensor avg_pool1d(const Tensor &self, IntArrayRef kernel_size, IntArrayRef stride,
                  IntArrayRef padding, bool ceil_mode, bool count_include_pad) {
  if (!stride.size) stride = kernel_size;
  if (!check_1d_input("avg_pool1d", self) || !check1d("avg_pool1d", "kernel_size", kernel_size) ||
      !check1d("avg_pool1d", "stride", stride) || !check1d("avg_pool1d", "padding", padding))
    return Tensor();
  int64_t k[2] = {1, kernel_size[0]}, s[2] = {1, stride[0]}, pad[2] = {0, padding[0]};
  return squeeze_h(avg_pool2d(unsqueeze(self, -2), IntArrayRef(k, 2), IntArrayRef(s, 2),
                              IntArrayRef(pad, 2), ceil_mode, count_include_pad, nullptr));
}

Tensor adaptive_avg_pool2d(const Tensor &self, IntArrayRef output_size) {
  if (output_size.size != 2) {
    fail(ErrorKind::RuntimeError, "adaptive_avg_pool2d: output_size must be 2");
    return Tensor();
  }
  if (output_size[0] < 0 || output_size[1] < 0) {
    fail(ErrorKind::RuntimeError,
         "adaptive_avg_pool2d: elements of output_size must be greater than or equal to 0 but "
         "received {%lld, %lld}",
         static_cast<long long>(output_size[0]), static_cast<long long>(output_size[1]));
    return Tensor();
  }
  // A 1 x 1 output is the mean over the last two dims, as PyTorch computes it.
  if (output_size[0] == 1 && output_size[1] == 1) return mean(self, {-1, -2}, true);
  return adaptive_avg_pool2d_general(self, output_size);
}

bool adaptive_avg_pool2d_out(const Tensor &self, IntArrayRef output_size, Tensor &out) {
  return deliver(adaptive_avg_pool2d(self, output_size), out);
}

Tensor adaptive_avg_pool1d(const Tensor &self, IntArrayRef output_size) {
  if (!check_1d_input("adaptive_avg_pool1d", self) ||
      !check1d("adaptive_avg_pool1d", "output_size", output_size))
    return Tensor();
  return squeeze_h(adaptive_avg_pool2d(unsqueeze(self, -2), {1, output_size[0]}));
}

ValuesIndices adaptive_max_pool2d(const Tensor &self, IntArrayRef output_size) {
  int64_t nd = self.dim();
  char buf[96];
  format_int_list(buf, sizeof buf, self.sizes());
  if (nd != 3 && nd != 4) {
    fail(ErrorKind::RuntimeError, "adaptive_max_pool2d(): Expected 3D or 4D tensor, but got: %s",
         buf);
    return ValuesIndices();
  }
  for (int64_t d = 1; d < nd; d++) {
    if (self.size(d) > 0) continue;
    fail(ErrorKind::RuntimeError,
         "adaptive_max_pool2d(): Expected input to have non-zero size for non-batch dimensions, "
         "but input has sizes %s with dimension %lld being empty",
         buf, static_cast<long long>(d));
    return ValuesIndices();
  }
  if (output_size.size != 2) {
    fail(ErrorKind::RuntimeError,
         "adaptive_max_pool2d(): internal error: output_size.size() must be 2");
    return ValuesIndices();
  }
  Pool2d p;
  plan_adaptive(self, output_size, &p);
  ValuesIndices r;
  r.values = pooled_empty(p, self.dtype());
  if (!r.values) return ValuesIndices();
  if (!is_float_or_double(self.dtype())) {
    fail(ErrorKind::RuntimeError, "\"adaptive_max_pool2d\" not implemented for '%s'",
         scalar_type_name(self.dtype()));
    return ValuesIndices();
  }
  r.indices = pooled_empty(p, ScalarType::Long);
  Tensor in = contiguous(self);
  if (!r.indices || !in) return ValuesIndices();
  int64_t *idx = r.indices.data<int64_t>();
  dispatch_all(self.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point<T>::value)
      each_plane<T>(in, p, r.values.data<T>(), [&](const T *src, T *dst, int64_t i) {
        adaptive_max_plane<T>(src, dst, idx + i * p.OH * p.OW, p);
      });
  });
  return r;
}

bool adaptive_max_pool2d_out(const Tensor &self, IntArrayRef output_size, Tensor &out,
                             Tensor &indices) {
  ValuesIndices r = adaptive_max_pool2d(self, output_size);
  return r.values && deliver(r.values, out) && deliver(r.indices, indices);
}

ValuesIndices adaptive_max_pool1d(const Tensor &self, IntArrayRef output_size) {
  if (!check_1d_input("adaptive_max_pool1d", self) ||
      !check1d("adaptive_max_pool1d", "output_size", output_size))
    return ValuesIndices();
  ValuesIndices r = adaptive_max_pool2d(unsqueeze(self, -2), {1, output_size[0]});
  if (!r.values) return r;
  r.values = squeeze_h(r.values);
  r.indices = squeeze_h(r.indices);
  return r;
}

} // namespace tensor
