// Losses of torch.nn.functional as PyTorch 1.13.1 computes them: element-wise
// losses in one pass over the broadcast operands, class-index losses (nll,
// multi-margin) as loops over samples, and the composite ones (cross entropy,
// cosine embedding, triplet, poisson) from the same tensor ops PyTorch uses.
#include "tensor/norm_ops.h"

#include "tensor/pointwise_kernel.h"
#include "tensor/rows.h"

#include <cmath>

namespace tensor {

constexpr double kPi = 3.14159265358979323846;

static Tensor num(double v) { return scalar_to_tensor(Scalar(v)); }
static Tensor num(int64_t v) { return scalar_to_tensor(Scalar(v)); }

// PyTorch's apply_loss_reduction.
static Tensor reduce_loss(const Tensor &loss, int64_t reduction) {
  if (!loss) return Tensor();
  if (reduction == kReductionMean) return mean(loss);
  if (reduction == kReductionSum) return sum(loss);
  return loss;
}

// out = f(inputs...) over the broadcast inputs converted to dt (floating);
// out undefined is allocated, else keeps its shape (resizable false).
template <int N, class F>
static bool map_floating(const Tensor *inputs, Tensor &out, bool resizable, ScalarType dt, F f) {
  return elementwise(inputs, N, out, resizable, dt, dt, [&](const ElementwiseIter &it) {
    dispatch_all(dt, [&](auto tag) {
      using T = decltype(tag);
      if constexpr (is_float_v<T>) run_pointwise<T, T, N>(it, f);
    });
    return true;
  });
}

static bool check_floating(const char *kernel, ScalarType t) {
  return is_floating(t) || not_implemented(kernel, t);
}

// Kernels PyTorch instantiates for float32/float64 only.
static bool check_float_or_double(const char *kernel, ScalarType t) {
  return t == ScalarType::Float || t == ScalarType::Double || not_implemented(kernel, t);
}

static bool same_shape(IntArrayRef a, IntArrayRef b) {
  if (a.size != b.size) return false;
  for (size_t i = 0; i < a.size; i++)
    if (a[i] != b[i]) return false;
  return true;
}

// "result type Float can't be cast to the desired output type Long": what
// PyTorch's in-place steps raise for integral outputs.
static bool check_float_output(const Tensor &a, const Tensor &b, ScalarType out) {
  if (is_floating(out)) return true;
  ScalarType rt = result_type(a, b);
  return fail(ErrorKind::RuntimeError, "result type %s can't be cast to the desired output type %s",
              scalar_type_name(is_floating(rt) ? rt : default_dtype()), scalar_type_name(out));
}

// PyTorch's refusals of `-` on bool tensors (a loss formula subtracting them).
static bool check_bool_sub(const Tensor &a, const Tensor &b) {
  bool ba = a.dtype() == ScalarType::Bool, bb = b.dtype() == ScalarType::Bool;
  if (ba && bb)
    return fail(ErrorKind::RuntimeError,
                "Subtraction, the `-` operator, with two bool tensors is not supported. Use the "
                "`^` or `logical_xor()` operator instead.");
  if (ba || bb)
    return fail(ErrorKind::RuntimeError,
                "Subtraction, the `-` operator, with a bool tensor is not supported. If you are "
                "trying to invert a mask, use the `~` or `logical_not()` operator instead.");
  return true;
}

// clamp_min(v, 0) that keeps NaN.
template <class C> static C clamp_min0(C v) { return v < C(0) ? C(0) : v; }

// ---------------------------------------------------------------------------
// Element-wise regression losses

Tensor mse_loss(const Tensor &self, const Tensor &target, int64_t reduction) {
  ScalarType dt = result_type(self, target);
  if (!check_floating("mse_cpu", dt)) return Tensor();
  const Tensor in[2] = {self, target};
  Tensor loss;
  if (!map_floating<2>(in, loss, true, dt, [](auto x, auto y) { return (x - y) * (x - y); }))
    return Tensor();
  return reduce_loss(loss, reduction);
}

bool mse_loss_out(const Tensor &self, const Tensor &target, int64_t reduction, Tensor &out) {
  return deliver(mse_loss(self, target, reduction), out);
}

Tensor l1_loss(const Tensor &self, const Tensor &target, int64_t reduction) {
  Tensor d = sub(self, target);
  return reduce_loss(d ? abs(d) : Tensor(), reduction);
}

Tensor smooth_l1_loss(const Tensor &self, const Tensor &target, int64_t reduction, double beta) {
  if (beta < 0) {
    fail(ErrorKind::RuntimeError, "smooth_l1_loss does not support negative values for beta.");
    return Tensor();
  }
  if (beta == 0) return l1_loss(self, target, reduction);
  ScalarType dt = result_type(self, target);
  if (!check_floating("smooth_l1_cpu", dt)) return Tensor();
  const Tensor in[2] = {self, target};
  Tensor loss;
  bool ok = map_floating<2>(in, loss, true, dt, [beta](auto x, auto y) {
    using C = decltype(x);
    C z = std::abs(x - y), b = static_cast<C>(beta);
    return z < b ? C(0.5) * z * z / b : z - C(0.5) * b;
  });
  return ok ? reduce_loss(loss, reduction) : Tensor();
}

bool smooth_l1_loss_out(const Tensor &self, const Tensor &target, int64_t reduction, double beta,
                        Tensor &out) {
  return deliver(smooth_l1_loss(self, target, reduction, beta), out);
}

Tensor huber_loss(const Tensor &self, const Tensor &target, int64_t reduction, double delta) {
  if (!(delta > 0)) {
    fail(ErrorKind::RuntimeError, "huber_loss does not support non-positive values for delta.");
    return Tensor();
  }
  // The loss takes self's dtype.
  if (!check_floating("huber_cpu", self.dtype())) return Tensor();
  const Tensor in[2] = {self, target};
  Tensor loss;
  bool ok = map_floating<2>(in, loss, true, self.dtype(), [delta](auto x, auto y) {
    using C = decltype(x);
    C z = std::abs(x - y), d = static_cast<C>(delta);
    return z < d ? C(0.5) * z * z : d * (z - C(0.5) * d);
  });
  return ok ? reduce_loss(loss, reduction) : Tensor();
}

bool huber_loss_out(const Tensor &self, const Tensor &target, int64_t reduction, double delta,
                    Tensor &out) {
  return deliver(huber_loss(self, target, reduction, delta), out);
}

// Losses whose result has self's shape and dtype (PyTorch writes them in place).
template <int N, class F>
static Tensor map_like(const Tensor &self, const Tensor *in, ScalarType dt, F f) {
  Tensor loss = empty(self.sizes(), dt);
  return loss && map_floating<N>(in, loss, false, dt, f) ? loss : Tensor();
}

Tensor soft_margin_loss(const Tensor &self, const Tensor &target, int64_t reduction) {
  if (!check_float_output(self, target, self.dtype())) return Tensor();
  const Tensor in[2] = {self, target};
  return reduce_loss(map_like<2>(self, in, self.dtype(),
                                 [](auto x, auto y) { return std::log1p(std::exp(-x * y)); }),
                     reduction);
}

bool soft_margin_loss_out(const Tensor &self, const Tensor &target, int64_t reduction,
                          Tensor &out) {
  return deliver(soft_margin_loss(self, target, reduction), out);
}

// ---------------------------------------------------------------------------
// Binary cross entropy

Tensor binary_cross_entropy(const Tensor &self, const Tensor &target, const Tensor &weight,
                            int64_t reduction) {
  if (target.dtype() != self.dtype()) {
    fail(ErrorKind::RuntimeError, "Found dtype %s but expected %s",
         scalar_type_name(target.dtype()), scalar_type_name(self.dtype()));
    return Tensor();
  }
  // PyTorch's CPU kernel has no float16 instance.
  if (!is_floating(self.dtype()) || self.dtype() == ScalarType::Half) {
    not_implemented("binary_cross_entropy", self.dtype());
    return Tensor();
  }
  bool out_of_range = false;
  const Tensor in[2] = {self, target};
  Tensor loss = map_like<2>(self, in, self.dtype(), [&out_of_range](auto x, auto y) {
    using C = decltype(x);
    if (!(x >= C(0) && x <= C(1))) out_of_range = true;
    // log clamped at -100 so that x = 0 or 1 gives a finite loss.
    C log_x = std::log(x), log_1mx = std::log1p(-x);
    return (y - C(1)) * (log_1mx > C(-100) ? log_1mx : C(-100)) -
           y * (log_x > C(-100) ? log_x : C(-100));
  });
  if (loss && out_of_range) {
    fail(ErrorKind::RuntimeError, "all elements of input should be between 0 and 1");
    return Tensor();
  }
  if (loss && weight && !mul_(loss, weight)) return Tensor();
  return reduce_loss(loss, reduction);
}

bool binary_cross_entropy_out(const Tensor &self, const Tensor &target, const Tensor &weight,
                              int64_t reduction, Tensor &out) {
  return deliver(binary_cross_entropy(self, target, weight, reduction), out);
}

// With m = max(-x, 0): (1 - y) x + lw (m + log(exp(-m) + exp(-x - m))), where
// lw = (pos_weight - 1) y + 1 (1 without pos_weight): stable for any x.
template <class C> static C bce_logits(C x, C y, C lw) {
  C m = clamp_min0(-x);
  return (C(1) - y) * x + lw * (std::log(std::exp(-m) + std::exp(-x - m)) + m);
}

Tensor binary_cross_entropy_with_logits(const Tensor &self, const Tensor &target,
                                        const Tensor &weight, const Tensor &pos_weight,
                                        int64_t reduction) {
  // The loss is computed into a tensor like target.
  if (!check_float_output(self, target, target.dtype())) return Tensor();
  ScalarType dt = target.dtype();
  Tensor loss;
  if (pos_weight) {
    const Tensor in[3] = {self, target, pos_weight};
    loss = map_like<3>(target, in, dt, [](auto x, auto y, auto pw) {
      using C = decltype(x);
      return bce_logits(x, y, (pw - C(1)) * y + C(1));
    });
  } else {
    const Tensor in[2] = {self, target};
    loss = map_like<2>(target, in, dt, [](auto x, auto y) {
      using C = decltype(x);
      return bce_logits(x, y, C(1));
    });
  }
  if (loss && weight && !mul_(loss, weight)) return Tensor();
  return reduce_loss(loss, reduction);
}

// ---------------------------------------------------------------------------
// kl_div, margin losses, poisson

Tensor kl_div(const Tensor &self, const Tensor &target, int64_t reduction, bool log_target) {
  if (is_integral(self.dtype(), true) || is_integral(target.dtype(), true)) {
    fail(ErrorKind::RuntimeError, "kl_div: Integral inputs not supported.");
    return Tensor();
  }
  const Tensor in[2] = {self, target};
  Tensor loss;
  bool ok =
      map_floating<2>(in, loss, true, result_type(self, target), [log_target](auto x, auto t) {
        using C = decltype(x);
        if (log_target) return std::exp(t) * (t - x);
        C t_log_t = std::isnan(t) ? t : t == C(0) ? C(0) : t * std::log(t); // xlogy(t, t)
        return t_log_t - t * x;
      });
  return ok ? reduce_loss(loss, reduction) : Tensor();
}

Tensor margin_ranking_loss(const Tensor &input1, const Tensor &input2, const Tensor &target,
                           double margin, int64_t reduction) {
  if (target.dtype() == ScalarType::Bool) {
    fail(ErrorKind::RuntimeError,
         "Negation, the `-` operator, on a bool tensor is not supported. If you are trying to "
         "invert a mask, use the `~` or `logical_not()` operator instead.");
    return Tensor();
  }
  if (!check_bool_sub(input1, input2)) return Tensor();
  ResultTypeState st;
  st.update(input1);
  st.update(input2);
  st.update(target);
  st.update(Scalar(margin));
  ScalarType dt = st.result();
  if (!check_floating("margin_ranking_loss", dt)) return Tensor();
  const Tensor in[3] = {input1, input2, target};
  Tensor loss;
  bool ok = map_floating<3>(in, loss, true, dt, [margin](auto a, auto b, auto t) {
    using C = decltype(a);
    return clamp_min0(-t * (a - b) + static_cast<C>(margin));
  });
  return ok ? reduce_loss(loss, reduction) : Tensor();
}

Tensor hinge_embedding_loss(const Tensor &self, const Tensor &target, double margin,
                            int64_t reduction) {
  // Computed in self's dtype (margin converted to it), as PyTorch.
  ScalarType dt = self.dtype();
  if (!check_bool_sub(self, self)) return Tensor(); // margin - self: both bool

  const Tensor in[2] = {self, target};
  Tensor loss;
  bool ok = elementwise(in, 2, loss, true, dt, dt, [&](const ElementwiseIter &it) {
    dispatch_all(dt, [&](auto tag) {
      using T = decltype(tag);
      using C = compute_t<T>;
      C m = cast_to<C>(margin);
      if constexpr (!std::is_same<T, bool>::value)
        run_pointwise<T, T, 2>(it, [m](C x, C t) {
          C hinge = clamp_min0(static_cast<C>(m - x));
          return static_cast<C>((t != C(1) ? hinge : C(0)) + (t != C(-1) ? x : C(0)));
        });
    });
    return true;
  });
  return ok ? reduce_loss(loss, reduction) : Tensor();
}

Tensor cosine_embedding_loss(const Tensor &input1, const Tensor &input2, const Tensor &target,
                             double margin, int64_t reduction) {
  int64_t td = target.dim();
  char a[96], b[96];
  format_int_list(a, sizeof a, input1.sizes());
  format_int_list(b, sizeof b, input2.sizes());
  if (td > 1) {
    fail(ErrorKind::RuntimeError, "0D or 1D target tensor expected, multi-target not supported");
    return Tensor();
  }
  if (td == 1 && (input1.dim() != 2 || input2.dim() != 2)) {
    fail(ErrorKind::RuntimeError,
         "1D target tensor expects 2D input tensors, but found inputs with sizes %s and %s.", a, b);
    return Tensor();
  }
  if (td == 0 && (input1.dim() != 1 || input2.dim() != 1)) {
    fail(ErrorKind::RuntimeError,
         "0D target tensor expects 1D input tensors, but found inputs with sizes %s and %s.", a, b);
    return Tensor();
  }
  const int64_t dims[1] = {td};
  IntArrayRef d(dims, 1);
  const double kEps = 1e-12;
  Tensor prod = mul(input1, input2), sq1 = mul(input1, input1), sq2 = mul(input2, input2);
  if (!prod || !sq1 || !sq2) return Tensor();
  Tensor prod_sum = sum(prod, d), m1 = sum(sq1, d), m2 = sum(sq2, d);
  if (!prod_sum || !m1 || !m2 || !(m1 = add(m1, num(kEps))) || !(m2 = add(m2, num(kEps))))
    return Tensor();
  Tensor denom = mul(m1, m2);
  if (!denom || !sqrt_(denom)) return Tensor();
  Tensor cos = div(prod_sum, denom);
  Tensor zero = cos ? zeros(cos.sizes(), cos.dtype()) : Tensor();
  Tensor pos = zero ? sub(num(int64_t(1)), cos) : Tensor();
  Tensor neg = pos ? sub(cos, num(margin)) : Tensor();
  Scalar z(int64_t(0));
  if (!neg || !clamp_(neg, &z, nullptr)) return Tensor();
  Tensor is_pos = eq(target, num(int64_t(1))), is_neg = eq(target, num(int64_t(-1)));
  if (!is_pos || !is_neg) return Tensor();
  Tensor out_pos = where(is_pos, pos, zero), out_neg = where(is_neg, neg, zero);
  return out_pos && out_neg ? reduce_loss(add(out_pos, out_neg), reduction) : Tensor();
}

Tensor triplet_margin_loss(const Tensor &anchor, const Tensor &positive, const Tensor &negative,
                           double margin, double p, double eps, bool swap, int64_t reduction) {
  if (anchor.dim() != positive.dim() || positive.dim() != negative.dim()) {
    fail(ErrorKind::RuntimeError,
         "All inputs should have same dimension but got %lldD, %lldD and %lldD inputs.",
         static_cast<long long>(anchor.dim()), static_cast<long long>(positive.dim()),
         static_cast<long long>(negative.dim()));
    return Tensor();
  }
  Tensor dist_pos = pairwise_distance(anchor, positive, p, eps, false);
  Tensor dist_neg = dist_pos ? pairwise_distance(anchor, negative, p, eps, false) : Tensor();
  if (dist_neg && swap) {
    Tensor dist_swap = pairwise_distance(positive, negative, p, eps, false);
    dist_neg = dist_swap ? minimum(dist_neg, dist_swap) : Tensor();
  }
  if (!dist_neg) return Tensor();
  Tensor shifted = add(num(margin), dist_pos);
  Tensor out = shifted ? sub(shifted, dist_neg) : Tensor();
  Scalar z(int64_t(0));
  return out && clamp_(out, &z, nullptr) ? reduce_loss(out, reduction) : Tensor();
}

Tensor poisson_nll_loss(const Tensor &input, const Tensor &target, bool log_input, bool full,
                        double eps, int64_t reduction) {
  Tensor loss;
  if (log_input) {
    Tensor e = exp(input), ti = mul(target, input);
    loss = e && ti ? sub(e, ti) : Tensor();
  } else {
    Tensor shifted = add(input, num(eps));
    Tensor lg = shifted ? log(shifted) : Tensor();
    Tensor tl = lg ? mul(target, lg) : Tensor();
    loss = tl ? sub(input, tl) : Tensor();
  }
  if (loss && full) {
    // Stirling's approximation of log(target!), only where target > 1.
    Tensor lt = log(target);
    Tensor tlt = lt ? mul(target, lt) : Tensor();
    Tensor a = tlt ? sub(tlt, target) : Tensor();
    Tensor scaled = a ? mul(num(2 * kPi), target) : Tensor();
    Tensor lg = scaled ? log(scaled) : Tensor();
    Tensor half = lg ? mul(num(0.5), lg) : Tensor();
    Tensor stirling = half ? add(a, half) : Tensor();
    Tensor small = stirling ? le(target, num(int64_t(1))) : Tensor();
    if (!small || !masked_fill_(stirling, small, Scalar(int64_t(0))) || !add_(loss, stirling))
      return Tensor();
  }
  return reduce_loss(loss, reduction);
}

// ---------------------------------------------------------------------------
// Multi-class margin losses

static bool check_long_target(const Tensor &target) {
  if (target.dtype() == ScalarType::Long) return true;
  return fail(ErrorKind::RuntimeError, "expected scalar type Long but found %s",
              scalar_type_name(target.dtype()));
}

// (frames, dim) of a 0-, 1- or 2-D input; false with PyTorch's error if empty.
static bool margin_frames(const Tensor &self, int64_t *nframe, int64_t *dim) {
  int64_t nd = self.dim();
  if (!((nd == 2 && self.size(1) != 0) || (nd == 1 && self.size(0) != 0) || nd == 0)) {
    char s[96];
    format_int_list(s, sizeof s, self.sizes());
    return fail(ErrorKind::RuntimeError,
                "Expected non-empty vector or matrix with optional 0-dim batch size, but got: %s",
                s);
  }
  *nframe = nd <= 1 ? 1 : self.size(0);
  *dim = nd == 0 ? 1 : nd == 1 ? self.size(0) : self.size(1);
  return true;
}

template <class T>
static bool multi_margin_frames(const T *x, const int64_t *tgt, const T *w, int64_t nw,
                                int64_t nframe, int64_t dim, int p, T margin, T *per_frame,
                                double *total) {
  for (int64_t f = 0; f < nframe; f++, x += dim) {
    int64_t t = tgt[f];
    if (t < 0 || t >= dim) return fail(ErrorKind::RuntimeError, "target out of range");
    if (w && t >= nw)
      return fail(ErrorKind::RuntimeError, "weight tensor should be defined for all %lld classes",
                  static_cast<long long>(dim));
    T s = 0;
    for (int64_t d = 0; d < dim; d++) {
      T z = margin - x[t] + x[d];
      if (d == t || !(z > 0)) continue;
      T h = p == 1 ? z : z * z;
      s += w ? h * w[t] : h;
    }
    s /= static_cast<T>(dim);
    if (per_frame) per_frame[f] = s;
    *total += s;
  }
  return true;
}

Tensor multi_margin_loss(const Tensor &self, const Tensor &target, Scalar p, Scalar margin,
                         const Tensor &weight, int64_t reduction) {
  int64_t pi = p.to_long();
  if (pi != 1 && pi != 2) {
    fail(ErrorKind::RuntimeError, "only p == 1 and p == 2 supported");
    return Tensor();
  }
  int64_t nframe, dim;
  if (!margin_frames(self, &nframe, &dim)) return Tensor();
  if (target.dim() > 1 || target.numel() != nframe) {
    char s[96];
    format_int_list(s, sizeof s, target.sizes());
    fail(ErrorKind::RuntimeError, "inconsistent target size, got: %s", s);
    return Tensor();
  }
  if (self.numel() == 0) return empty({0}, self.dtype());
  if (!check_float_or_double("multi_margin_loss_cpu_kernel", self.dtype()) ||
      !check_long_target(target))
    return Tensor();
  if (weight && weight.dtype() != self.dtype()) {
    fail(ErrorKind::RuntimeError, "expected scalar type %s but found %s",
         scalar_type_name(self.dtype()), scalar_type_name(weight.dtype()));
    return Tensor();
  }
  bool per_frame = reduction == kReductionNone && target.dim() > 0;
  Tensor out = per_frame ? empty({nframe}, self.dtype()) : empty({}, self.dtype());
  Tensor x = contiguous(self), t = contiguous(target), w = weight ? contiguous(weight) : Tensor();
  if (!out || !x || !t || (weight && !w)) return Tensor();
  bool ok = true;
  dispatch_all(self.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point<T>::value) {
      double total = 0;
      ok = multi_margin_frames(x.data<T>(), t.data<int64_t>(), w ? w.data<T>() : nullptr,
                               w ? w.numel() : 0, nframe, dim, static_cast<int>(pi),
                               static_cast<T>(margin.to_double()),
                               per_frame ? out.data<T>() : nullptr, &total);
      if (reduction == kReductionMean) total /= static_cast<double>(nframe);
      if (!per_frame) *out.data<T>() = static_cast<T>(total);
    }
  });
  return ok ? out : Tensor();
}

bool multi_margin_loss_out(const Tensor &self, const Tensor &target, Scalar p, Scalar margin,
                           const Tensor &weight, int64_t reduction, Tensor &out) {
  return deliver(multi_margin_loss(self, target, p, margin, weight, reduction), out);
}

// One frame: sum over its targets (up to the first -1) j and non-targets i of
// max(0, 1 - x[j] + x[i]). is_target is dim bytes of scratch.
template <class T>
static double multilabel_frame(const T *x, const int64_t *tgt, int64_t dim, bool *is_target) {
  for (int64_t d = 0; d < dim; d++) is_target[d] = false;
  for (int64_t d = 0; d < dim && tgt[d] >= 0; d++) is_target[tgt[d]] = true;
  double s = 0;
  for (int64_t j = 0; j < dim && tgt[j] >= 0; j++) {
    T xt = x[tgt[j]];
    for (int64_t d = 0; d < dim; d++) {
      T z = 1 - xt + x[d];
      if (!is_target[d] && z > 0) s += z;
    }
  }
  return s;
}

static bool check_multilabel(const Tensor &self, const Tensor &target, int64_t *nframe,
                             int64_t *dim) {
  if (!margin_frames(self, nframe, dim)) return false;
  bool ok = self.dim() <= 1
                ? target.dim() <= 1 && target.numel() == *dim
                : target.dim() == 2 && target.size(0) == *nframe && target.size(1) == *dim;
  if (ok) return true;
  char s[96];
  format_int_list(s, sizeof s, target.sizes());
  return fail(ErrorKind::RuntimeError, "inconsistent size %s for argument #2 'target'", s);
}

Tensor multilabel_margin_loss(const Tensor &self, const Tensor &target, int64_t reduction) {
  int64_t nframe, dim;
  if (!check_multilabel(self, target, &nframe, &dim)) return Tensor();
  bool per_frame = reduction == kReductionNone && target.dim() > 1;
  Tensor out = per_frame ? zeros({nframe}, self.dtype()) : zeros({}, self.dtype());
  if (!out || self.numel() == 0) return out;
  Tensor t = to_dtype(target, ScalarType::Long);
  t = t ? contiguous(t) : Tensor();
  if (!t) return Tensor();
  const int64_t *tg = t.data<int64_t>();
  for (int64_t i = 0; i < t.numel(); i++)
    if (tg[i] < -1 || tg[i] >= dim) {
      fail(ErrorKind::RuntimeError, "argument #2 'target' is out of range");
      return Tensor();
    }
  if (!check_float_or_double("multilabel_margin_loss_forward_out_frame", self.dtype()) ||
      !check_long_target(target))
    return Tensor();
  Tensor x = contiguous(self);
  bool *scratch = x ? static_cast<bool *>(alloc_bytes(static_cast<size_t>(dim))) : nullptr;
  if (!scratch) return Tensor();
  dispatch_all(self.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point<T>::value) {
      const T *xd = x.data<T>();
      double total = 0;
      for (int64_t f = 0; f < nframe; f++) {
        double s = multilabel_frame(xd + f * dim, tg + f * dim, dim, scratch);
        if (per_frame) out.data<T>()[f] = static_cast<T>(static_cast<T>(s) / static_cast<T>(dim));
        total += s;
      }
      total /= static_cast<double>(dim);
      if (reduction == kReductionMean) total /= static_cast<double>(nframe);
      if (!per_frame) *out.data<T>() = static_cast<T>(total);
    }
  });
  free_bytes(scratch, static_cast<size_t>(dim));
  return out;
}

bool multilabel_margin_loss_out(const Tensor &self, const Tensor &target, int64_t reduction,
                                Tensor &out) {
  return deliver(multilabel_margin_loss(self, target, reduction), out);
}

// ---------------------------------------------------------------------------
// nll_loss

// Index of a class target; IndexError when out of [0, classes).
static bool check_target(int64_t t, int64_t classes) {
  if (t >= 0 && t < classes) return true;
  return fail(ErrorKind::IndexError, "Target %lld is out of bounds.", static_cast<long long>(t));
}

static int64_t target_at(const Tensor &t, int64_t i) {
  return t.dtype() == ScalarType::Byte ? t.data<uint8_t>()[i] : t.data<int64_t>()[i];
}

// The nll of `samples` targets; sample s's class c is at x[s / plane * classes
// * plane + c * plane + s % plane]. per_sample (reduction 'none') or the sum,
// divided for 'mean' by the total weight of the counted targets.
struct NllArgs {
  int64_t samples, classes, plane, ignore_index, reduction;
};

template <class T>
static bool nll_kernel(const T *x, const Tensor &target, const T *w, const NllArgs &a, T *out) {
  bool none = a.reduction == kReductionNone;
  double total = 0, total_weight = 0;
  for (int64_t s = 0; s < a.samples; s++) {
    int64_t t = target_at(target, s);
    if (t == a.ignore_index) {
      if (none) out[s] = 0;
      continue;
    }
    if (!check_target(t, a.classes)) return false;
    T wt = w ? w[t] : T(1);
    T v = -x[(s / a.plane) * a.classes * a.plane + t * a.plane + s % a.plane] * wt;
    if (none) out[s] = v;
    total += v;
    total_weight += wt;
  }
  if (none) return true;
  if (a.samples == 0) // no targets: PyTorch's mean is NaN
    total = a.reduction == kReductionMean ? NAN : 0;
  else if (a.reduction == kReductionMean)
    total = static_cast<double>(static_cast<T>(total) / static_cast<T>(total_weight));
  *out = static_cast<T>(total);
  return true;
}

// Shared by nll_loss and nll_loss2d once their shapes are checked: the result
// has `out_shape` for reduction 'none' (else is 0-dim).
static Tensor nll_run(const Tensor &self, const Tensor &target, const Tensor &weight,
                      const NllArgs &a, IntArrayRef out_shape) {
  if (!check_float_or_double("nll_loss_out_frame", self.dtype())) return Tensor();
  if (weight && weight.dtype() != self.dtype()) {
    fail(ErrorKind::RuntimeError, "expected scalar type %s but found %s",
         scalar_type_name(self.dtype()), scalar_type_name(weight.dtype()));
    return Tensor();
  }
  bool none = a.reduction == kReductionNone;
  if (target.dtype() != ScalarType::Byte && (none || target.numel() > 0) &&
      !check_long_target(target))
    return Tensor();
  Tensor out = none ? empty(out_shape, self.dtype()) : empty({}, self.dtype());
  Tensor x = contiguous(self), t = contiguous(target), w = weight ? contiguous(weight) : Tensor();
  if (!out || !x || !t || (weight && !w)) return Tensor();
  bool ok = true;
  dispatch_all(self.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point<T>::value)
      ok = nll_kernel(x.data<T>(), t, w ? w.data<T>() : nullptr, a, out.data<T>());
  });
  return ok ? out : Tensor();
}

Tensor nll_loss(const Tensor &self, const Tensor &target, const Tensor &weight, int64_t reduction,
                int64_t ignore_index) {
  if (self.dim() < 1 || self.dim() > 2) {
    fail(ErrorKind::RuntimeError, "input tensor should be 1D or 2D");
    return Tensor();
  }
  if (target.dim() > 1) {
    fail(ErrorKind::RuntimeError, "0D or 1D target tensor expected, multi-target not supported");
    return Tensor();
  }
  bool no_batch = self.dim() == 1 && target.dim() == 0;
  if (!no_batch && target.dim() == 0) {
    fail(ErrorKind::IndexError, "Dimension specified as 0 but tensor has no dimensions");
    return Tensor();
  }
  if (!no_batch && self.size(0) != target.size(0)) {
    char s[96], t[96];
    format_int_list(s, sizeof s, self.sizes());
    format_int_list(t, sizeof t, target.sizes());
    fail(ErrorKind::RuntimeError, "size mismatch (got input: %s, target: %s)", s, t);
    return Tensor();
  }
  int64_t classes = self.size(-1 + self.dim());
  if (weight && (weight.dim() != 1 || weight.numel() != classes)) {
    char s[96];
    format_int_list(s, sizeof s, weight.sizes());
    fail(ErrorKind::RuntimeError,
         "weight tensor should be defined either for all %lld classes or no classes but got "
         "weight tensor of shape: %s",
         static_cast<long long>(classes), s);
    return Tensor();
  }
  int64_t batch = self.dim() == 1 ? 1 : self.size(0);
  // A 1-D input reduces to a 0-dim result even for 'none'.
  int64_t red = self.dim() == 1 && reduction == kReductionNone ? kReductionSum : reduction;
  NllArgs a{batch, classes, 1, ignore_index, red};
  const int64_t shape[1] = {batch};
  return nll_run(self, target, weight, a, IntArrayRef(shape, 1));
}

bool nll_loss_out(const Tensor &self, const Tensor &target, const Tensor &weight, int64_t reduction,
                  int64_t ignore_index, Tensor &out) {
  return deliver(nll_loss(self, target, weight, reduction, ignore_index), out);
}

Tensor nll_loss2d(const Tensor &self, const Tensor &target, const Tensor &weight, int64_t reduction,
                  int64_t ignore_index) {
  if (target.dim() != 3) {
    fail(ErrorKind::RuntimeError,
         "only batches of spatial targets supported (3D tensors) but got targets of dimension: "
         "%lld",
         static_cast<long long>(target.dim()));
    return Tensor();
  }
  if (self.dim() != 4) {
    fail(ErrorKind::RuntimeError,
         "only batches of spatial inputs supported (4D tensors), but got input of dimension: %lld",
         static_cast<long long>(self.dim()));
    return Tensor();
  }
  if (weight && weight.numel() != self.size(1)) {
    fail(ErrorKind::RuntimeError, "weight tensor should be defined either for all or no classes");
    return Tensor();
  }
  if (self.size(0) != target.size(0) || self.size(2) != target.size(1) ||
      self.size(3) != target.size(2)) {
    char s[96], t[96];
    format_int_list(s, sizeof s, self.sizes());
    format_int_list(t, sizeof t, target.sizes());
    fail(ErrorKind::RuntimeError, "size mismatch (got input: %s , target: %s", s, t);
    return Tensor();
  }
  int64_t plane = self.size(2) * self.size(3);
  NllArgs a{self.size(0) * plane, self.size(1), plane, ignore_index, reduction};
  return nll_run(self, target, weight, a, target.sizes());
}

bool nll_loss2d_out(const Tensor &self, const Tensor &target, const Tensor &weight,
                    int64_t reduction, int64_t ignore_index, Tensor &out) {
  return deliver(nll_loss2d(self, target, weight, reduction, ignore_index), out);
}

Tensor nll_loss_nd(const Tensor &self, const Tensor &target, const Tensor &weight,
                   int64_t reduction, int64_t ignore_index) {
  if (self.dim() < 1) {
    fail(ErrorKind::ValueError, "Expected 1 or more dimensions (got %lld)",
         static_cast<long long>(self.dim()));
    return Tensor();
  }
  if (self.dim() != 1 && (target.dim() == 0 || self.size(0) != target.size(0))) {
    fail(ErrorKind::ValueError,
         "Expected input batch_size (%lld) to match target batch_size (%lld).",
         static_cast<long long>(self.size(0)),
         static_cast<long long>(target.dim() ? target.size(0) : 0));
    return Tensor();
  }
  if (self.dim() <= 2) return nll_loss(self, target, weight, reduction, ignore_index);
  if (self.dim() == 4) return nll_loss2d(self, target, weight, reduction, ignore_index);
  // 3-D or > 4-D: as a 2-D problem (N, C, 1, rest).
  int64_t n = self.size(0), c = self.size(1);
  int64_t out_size[kMaxDims];
  out_size[0] = n;
  for (int64_t d = 2; d < self.dim(); d++) out_size[d - 1] = self.size(d);
  IntArrayRef out_shape(out_size, self.dim() - 1);
  if (!same_shape(IntArrayRef(target.sizes().data + 1, target.dim() - 1),
                  IntArrayRef(self.sizes().data + 2, self.dim() - 2))) {
    char s[96], t[96];
    format_int_list(s, sizeof s, out_shape);
    format_int_list(t, sizeof t, target.sizes());
    fail(ErrorKind::RuntimeError, "Expected target size %s, got %s", s, t);
    return Tensor();
  }
  Tensor x = contiguous(self), t = contiguous(target);
  if (!x || !t) return Tensor();
  bool full = x.numel() > 0, tfull = t.numel() > 0;
  x = full ? view(x, {n, c, 1, -1}) : view(x, {n, c, 0, 0});
  t = tfull ? view(t, {n, 1, -1}) : view(t, {n, 0, 0});
  Tensor r = x && t ? nll_loss2d(x, t, weight, reduction, ignore_index) : Tensor();
  return r && reduction == kReductionNone ? view(r, out_shape) : r;
}

// ---------------------------------------------------------------------------
// cross_entropy_loss

// weight viewed as (1, C, 1, ...) to broadcast against an input of ndim dims.
static Tensor class_weight_view(const Tensor &weight, int64_t ndim, int64_t class_dim) {
  int64_t shape[kMaxDims];
  for (int64_t d = 0; d < ndim; d++) shape[d] = 1;
  shape[class_dim] = weight.size(0);
  return view(weight, IntArrayRef(shape, ndim));
}

static Tensor cross_entropy_probs(const Tensor &self, const Tensor &target, const Tensor &weight,
                                  int64_t reduction, double label_smoothing) {
  int64_t class_dim = self.dim() == 1 ? 0 : 1;
  if (self.dim() == 0) {
    fail(ErrorKind::IndexError, "Dimension specified as 1 but tensor has no dimensions");
    return Tensor();
  }
  int64_t classes = self.size(class_dim);
  if (weight && (weight.dim() != 1 || weight.numel() != classes)) {
    char s[96];
    format_int_list(s, sizeof s, weight.sizes());
    fail(ErrorKind::RuntimeError,
         "cross_entropy: weight tensor should be defined either for all %lld classes or no "
         "classes but got weight tensor of shape: %s",
         static_cast<long long>(classes), s);
    return Tensor();
  }
  Tensor logp = log_softmax(self, class_dim, self.dtype());
  Tensor tgt = target;
  if (logp && label_smoothing > 0) {
    if (label_smoothing > 1) {
      fail(ErrorKind::RuntimeError, "label_smoothing must be between 0.0 and 1.0. Got: %g",
           label_smoothing);
      return Tensor();
    }
    Tensor scaled = mul(target, num(1 - label_smoothing));
    tgt = scaled ? add(scaled, num(label_smoothing / static_cast<double>(classes))) : Tensor();
  }
  Tensor prod = logp && tgt ? mul(logp, tgt) : Tensor();
  if (prod && weight) {
    Tensor wv = class_weight_view(weight, logp.dim(), class_dim);
    prod = wv ? mul(prod, wv) : Tensor();
  }
  if (!prod) return Tensor();
  if (reduction == kReductionNone) {
    const int64_t d[1] = {class_dim};
    Tensor s = sum(prod, IntArrayRef(d, 1));
    return s ? neg(s) : Tensor();
  }
  Tensor s = sum(prod);
  Tensor total = s ? neg(s) : Tensor();
  if (!total || reduction != kReductionMean) return total;
  if (self.numel() == 0) return fill_(total, Scalar(NAN)) ? total : Tensor();
  return div(total, num(static_cast<int64_t>(self.numel() / classes)));
}

// Sum of weight[target] over the targets that are not ignored.
static Tensor counted_weight(const Tensor &weight, const Tensor &target, int64_t ignore_index) {
  Tensor t = contiguous(target), w = contiguous(weight);
  if (!t || !w) return Tensor();
  double total = 0;
  dispatch_all(w.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point<T>::value)
      for (int64_t i = 0; i < t.numel(); i++) {
        int64_t k = target_at(t, i);
        if (k != ignore_index) total += w.data<T>()[k];
      }
  });
  return full({}, Scalar(total), weight.dtype());
}

static Tensor cross_entropy_smoothed(const Tensor &self, const Tensor &target, const Tensor &weight,
                                     int64_t reduction, int64_t ignore_index,
                                     double label_smoothing) {
  int64_t class_dim = self.dim() == 1 ? 0 : 1;
  Tensor logp = log_softmax(self, class_dim, self.dtype());
  Tensor nll = logp ? nll_loss_nd(logp, target, weight, reduction, ignore_index) : Tensor();
  if (!nll) return Tensor();
  int64_t classes = logp.size(class_dim);
  Tensor ignored = eq(target, num(ignore_index));
  const int64_t d[1] = {class_dim};
  Tensor terms = logp;
  if (weight) {
    Tensor wv = class_weight_view(weight, logp.dim(), class_dim);
    terms = wv ? mul(logp, wv) : Tensor();
  }
  Tensor s = terms && ignored ? sum(terms, IntArrayRef(d, 1)) : Tensor();
  Tensor smooth = s ? neg(s) : Tensor();
  if (!smooth || !masked_fill_(smooth, ignored, Scalar(0.0))) return Tensor();
  Tensor ret = smooth;
  if (reduction == kReductionMean && weight) {
    Tensor total = sum(smooth), denom = counted_weight(weight, target, ignore_index);
    ret = total && denom ? div(total, denom) : Tensor();
  } else if (reduction == kReductionMean) { // over the targets not ignored
    Tensor kept = logical_not(ignored);
    Tensor total = kept ? sum(smooth) : Tensor(), count = kept ? sum(kept) : Tensor();
    ret = total && count ? div(total, count) : Tensor();
  } else if (reduction == kReductionSum) {
    ret = sum(smooth);
  }
  Tensor a = ret ? mul(num(1 - label_smoothing), nll) : Tensor();
  Tensor b = a ? mul(ret, num(label_smoothing / static_cast<double>(classes))) : Tensor();
  return b ? add(a, b) : Tensor();
}

Tensor cross_entropy_loss(const Tensor &self, const Tensor &target, const Tensor &weight,
                          int64_t reduction, int64_t ignore_index, double label_smoothing) {
  if (same_shape(self.sizes(), target.sizes())) { // class probabilities
    if (!is_floating(target.dtype())) {
      fail(ErrorKind::RuntimeError,
           "Expected floating point type for target with class probabilities, got %s",
           scalar_type_name(target.dtype()));
      return Tensor();
    }
    if (ignore_index >= 0) {
      fail(ErrorKind::RuntimeError, "ignore_index is not supported for floating point target");
      return Tensor();
    }
    return cross_entropy_probs(self, target, weight, reduction, label_smoothing);
  }
  if (label_smoothing > 0) {
    if (label_smoothing > 1) {
      fail(ErrorKind::RuntimeError, "label_smoothing must be between 0.0 and 1.0. Got: %g",
           label_smoothing);
      return Tensor();
    }
    return cross_entropy_smoothed(self, target, weight, reduction, ignore_index, label_smoothing);
  }
  Tensor logp = log_softmax(self, self.dim() == 1 ? 0 : 1, self.dtype());
  return logp ? nll_loss_nd(logp, target, weight, reduction, ignore_index) : Tensor();
}

} // namespace tensor
