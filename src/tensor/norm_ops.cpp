// Normalisation (batch, instance, layer, group norm) and embedding, as PyTorch
// 1.13.1's CPU kernels compute them: inputs are made contiguous, each kernel
// loops over contiguous rows of one channel / sample / group.
#include "tensor/norm_ops.h"

#include "tensor/pointwise.h"
#include "tensor/rows.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace tensor {

// ---------------------------------------------------------------------------
// Shared checks

// "\"kernel\" not implemented for 'Long'" unless t is float32/float64/bfloat16.
static bool check_norm_dtype(const char *kernel, ScalarType t) {
  if (t == ScalarType::Float || t == ScalarType::Double || t == ScalarType::BFloat16) return true;
  return fail(ErrorKind::RuntimeError, "\"%s\" not implemented for '%s'", kernel,
              scalar_type_name(t));
}

// A parameter read as the input's element type must have that dtype (the
// check PyTorch's data_ptr<T>() makes).
static bool check_same_dtype(const Tensor &param, ScalarType t) {
  if (!param || param.dtype() == t) return true;
  return fail(ErrorKind::RuntimeError, "expected scalar type %s but found %s", scalar_type_name(t),
              scalar_type_name(param.dtype()));
}

// The channel count (size of dim 1), with PyTorch's errors below 2 dims.
static bool channel_count(const Tensor &input, int64_t *channels) {
  if (input.dim() == 0)
    return fail(ErrorKind::IndexError, "Dimension specified as 1 but tensor has no dimensions");
  int64_t d = 1;
  if (!wrap_dim(&d, input.dim(), false)) return false;
  *channels = input.size(1);
  return true;
}

static const char *sizes_str(char *buf, size_t n, const Tensor &t) {
  if (t)
    format_int_list(buf, n, t.sizes());
  else
    snprintf(buf, n, "[0]"); // an undefined tensor prints as PyTorch's does
  return buf;
}

// Data of an optional parameter, contiguous (kept alive by `holder`), or null.
template <class T> static const T *param_data(const Tensor &t, Tensor &holder) {
  if (!t) return nullptr;
  holder = contiguous(t);
  return holder ? holder.data<T>() : nullptr;
}

// ---------------------------------------------------------------------------
// batch_norm

static bool check_num_features(const char *name, int64_t expected, const Tensor &t) {
  if (!t || t.numel() == expected) return true;
  return fail(ErrorKind::RuntimeError, "%s should contain %lld elements not %lld", name,
              static_cast<long long>(expected), static_cast<long long>(t.numel()));
}

// PyTorch's CPU batch norm takes parameters of the input's dtype, or float32
// parameters with a bfloat16 input.
static bool check_mixed_dtypes(const Tensor &input, const Tensor *params, int n) {
  bool mixed = false;
  for (int i = 0; i < n; i++) mixed |= params[i] && params[i].dtype() != input.dtype();
  if (!mixed) return true;
  for (int i = 0; i < n; i++)
    if (params[i] && params[i].dtype() != ScalarType::Float)
      return fail(ErrorKind::RuntimeError,
                  "mixed dtype (CPU): expect parameter to have scalar type of Float");
  if (input.dtype() == ScalarType::BFloat16) return true;
  return fail(ErrorKind::RuntimeError,
              "mixed dtype (CPU): expect input to have scalar type of BFloat16");
}

// bfloat16 tensors are normalised in float32 (PyTorch's accumulation type for
// them) and the result rounded back.
static Tensor as_float(const Tensor &t) {
  return t && t.dtype() == ScalarType::BFloat16 ? to_dtype(t, ScalarType::Float) : t;
}

static bool float_copies(const Tensor *in, Tensor *out, int n) {
  for (int i = 0; i < n; i++)
    if (in[i] && !(out[i] = as_float(in[i]))) return false;
  return true;
}

// A running statistic updated in place: its contiguous data, written back
// (copy_) by finish() when the statistic itself is not contiguous.
struct RunningStat {
  Tensor user, data;
  bool open(const Tensor &t) {
    user = t;
    if (!t) return true;
    data = t.is_contiguous() ? t : clone_contiguous(t);
    return static_cast<bool>(data);
  }
  template <class T> T *ptr() const { return data ? data.data<T>() : nullptr; }
  bool finish() const { return !user || data.is_same(user) || copy_(user, data); }
};

struct BatchNormArgs {
  int64_t batch, channels, plane; // input viewed as (batch, channels, plane)
  bool training;
  double momentum, eps;
};

// Per channel: the affine map y = x * alpha + beta that normalises it, from
// the batch's statistics (updating the running ones) or the running ones.
template <class T>
static void batch_norm_channel(const T *x, const BatchNormArgs &a, int64_t c, T *rm, T *rv,
                               T *mean_out, T *invstd_out) {
  if (!a.training) {
    *mean_out = rm[c];
    *invstd_out = T(1) / std::sqrt(rv[c] + static_cast<T>(a.eps));
    return;
  }
  int64_t count = a.batch * a.plane;
  double sum = 0; // PyTorch's acc_type: double
  for (int64_t n = 0; n < a.batch; n++) {
    const T *row = x + (n * a.channels + c) * a.plane;
    for (int64_t i = 0; i < a.plane; i++) sum += row[i];
  }
  T mean = static_cast<T>(sum / static_cast<double>(count));
  double var_acc = 0;
  for (int64_t n = 0; n < a.batch; n++) {
    const T *row = x + (n * a.channels + c) * a.plane;
    for (int64_t i = 0; i < a.plane; i++) {
      T d = row[i] - mean;
      var_acc += d * d;
    }
  }
  T var_sum = static_cast<T>(var_acc);
  double var = static_cast<double>(var_sum / static_cast<T>(count));
  *mean_out = mean;
  *invstd_out = var == 0 && a.eps == 0 ? T(0) : static_cast<T>(1 / std::sqrt(var + a.eps));
  T momentum = static_cast<T>(a.momentum);
  if (rm) rm[c] = momentum * mean + (1 - momentum) * rm[c];
  if (rv) {
    double unbiased = static_cast<double>(var_sum / static_cast<T>(count - 1));
    rv[c] = static_cast<T>(momentum * unbiased + static_cast<double>((1 - momentum) * rv[c]));
  }
}

template <class T>
static void batch_norm_kernel(const T *x, T *y, const BatchNormArgs &a, const T *w, const T *b,
                              T *rm, T *rv) {
  for (int64_t c = 0; c < a.channels; c++) {
    T mean, invstd;
    batch_norm_channel(x, a, c, rm, rv, &mean, &invstd);
    T alpha = invstd * (w ? w[c] : T(1));
    T beta = (b ? b[c] : T(0)) - mean * alpha;
    for (int64_t n = 0; n < a.batch; n++) {
      int64_t off = (n * a.channels + c) * a.plane;
      for (int64_t i = 0; i < a.plane; i++) y[off + i] = x[off + i] * alpha + beta;
    }
  }
}

// An empty input gives a copy scaled by weight[0] and shifted by bias[0].
static Tensor batch_norm_empty(const Tensor &input, const Tensor &weight, const Tensor &bias) {
  Tensor out = clone(input);
  if (out && weight) {
    Tensor w0 = select(weight, 0, 0);
    out = w0 ? mul(out, w0) : Tensor();
  }
  if (out && bias) {
    Tensor b0 = select(bias, 0, 0);
    out = b0 ? add(out, b0) : Tensor();
  }
  return out;
}

Tensor batch_norm(const Tensor &input, const Tensor &weight, const Tensor &bias,
                  const Tensor &running_mean, const Tensor &running_var, bool training,
                  double momentum, double eps) {
  int64_t channels = 0;
  if (!channel_count(input, &channels)) return Tensor();
  if (input.numel() == 0) return batch_norm_empty(input, weight, bias);
  if (!check_num_features("running_mean", channels, running_mean)) return Tensor();
  if (!running_mean && !training) {
    fail(ErrorKind::RuntimeError, "running_mean must be defined in evaluation mode");
    return Tensor();
  }
  if (!check_num_features("running_var", channels, running_var)) return Tensor();
  if (!running_var && !training) {
    fail(ErrorKind::RuntimeError, "running_var must be defined in evaluation mode");
    return Tensor();
  }
  if (!check_num_features("weight", channels, weight) ||
      !check_num_features("bias", channels, bias))
    return Tensor();
  const Tensor params[4] = {weight, bias, running_mean, running_var};
  if (!check_mixed_dtypes(input, params, 4) || !check_norm_dtype("batch_norm", input.dtype()))
    return Tensor();

  if (input.dtype() == ScalarType::BFloat16) {
    Tensor f[5];
    const Tensor in[5] = {input, weight, bias, running_mean, running_var};
    if (!float_copies(in, f, 5)) return Tensor();
    Tensor y = batch_norm(f[0], f[1], f[2], f[3], f[4], training, momentum, eps);
    // Statistics converted to float32 for the computation go back in place.
    for (int i = 3; y && i < 5; i++)
      if (in[i] && !f[i].is_same(in[i]) && !copy_(in[i], f[i])) return Tensor();
    return y ? to_dtype(y, ScalarType::BFloat16) : Tensor();
  }
  BatchNormArgs a{input.size(0), channels, input.numel() / (input.size(0) * channels),
                  training,      momentum, eps};
  Tensor x = contiguous(input);
  Tensor y = x ? empty(input.sizes(), input.dtype()) : Tensor();
  RunningStat rm, rv;
  if (!y || !rm.open(running_mean) || !rv.open(running_var)) return Tensor();
  Tensor wh, bh;
  dispatch_all(input.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point<T>::value)
      batch_norm_kernel(x.data<T>(), y.data<T>(), a, param_data<T>(weight, wh),
                        param_data<T>(bias, bh), rm.ptr<T>(), rv.ptr<T>());
  });
  return rm.finish() && rv.finish() ? y : Tensor();
}

// ---------------------------------------------------------------------------
// instance_norm: batch norm of input viewed as (1, N * C, ...), as PyTorch does.

// A 1-D parameter repeated `times` times (Tensor.repeat(times)).
static Tensor repeat_param(const Tensor &t, int64_t times) {
  if (!t) return Tensor();
  if (t.dim() > 1) {
    fail(ErrorKind::RuntimeError, "Number of dimensions of repeat dims can not be smaller than "
                                  "number of dimensions of tensor");
    return Tensor();
  }
  Tensor src = contiguous(t);
  Tensor r = src ? empty({times * t.numel()}, t.dtype()) : Tensor();
  if (!r) return Tensor();
  size_t nbytes = static_cast<size_t>(t.numel()) * t.element_size();
  char *dst = static_cast<char *>(r.data_ptr());
  for (int64_t i = 0; i < times; i++) memcpy(dst + i * nbytes, src.data_ptr(), nbytes);
  return r;
}

// stat <- mean over the batch of the repeated statistic `rep` (batch * channels).
static bool average_back(const Tensor &stat, const Tensor &rep, int64_t batch, int64_t channels) {
  if (!stat) return true;
  Tensor v = view(rep, {batch, channels});
  const int64_t dim0[1] = {0};
  Tensor m = v ? mean(v, IntArrayRef(dim0, 1)) : Tensor();
  return m && copy_(stat, m);
}

Tensor instance_norm(const Tensor &input, const Tensor &weight, const Tensor &bias,
                     const Tensor &running_mean, const Tensor &running_var, bool use_input_stats,
                     double momentum, double eps) {
  if (!use_input_stats && (!running_mean || !running_var)) {
    fail(ErrorKind::RuntimeError, "Expected running_mean and running_var to be defined when "
                                  "use_input_stats is false");
    return Tensor();
  }
  int64_t channels = 0;
  if (!channel_count(input, &channels)) return Tensor();
  int64_t batch = input.size(0);
  int64_t shape[kMaxDims];
  for (int64_t d = 0; d < input.dim(); d++) shape[d] = input.size(d);
  shape[0] = 1;
  shape[1] = batch * channels;
  Tensor w = repeat_param(weight, batch);
  if (weight && !w) return Tensor();
  Tensor b = repeat_param(bias, batch);
  if (bias && !b) return Tensor();
  Tensor rm = repeat_param(running_mean, batch);
  if (running_mean && !rm) return Tensor();
  Tensor rv = repeat_param(running_var, batch);
  if (running_var && !rv) return Tensor();
  Tensor x = contiguous(input);
  Tensor xr = x ? view(x, IntArrayRef(shape, input.dim())) : Tensor();
  Tensor out = xr ? batch_norm(xr, w, b, rm, rv, use_input_stats, momentum, eps) : Tensor();
  if (!out || !average_back(running_mean, rm, batch, channels) ||
      !average_back(running_var, rv, batch, channels))
    return Tensor();
  return view(out, input.sizes());
}

// ---------------------------------------------------------------------------
// layer_norm and group_norm

// Mean and biased variance of n contiguous values, accumulated in double.
template <class T> static void row_moments(const T *x, int64_t n, T *mean, T *var) {
  double s = 0;
  for (int64_t i = 0; i < n; i++) s += x[i];
  double m = s / static_cast<double>(n);
  double v = 0;
  for (int64_t i = 0; i < n; i++) {
    double d = x[i] - m;
    v += d * d;
  }
  *mean = static_cast<T>(m);
  *var = static_cast<T>(v / static_cast<double>(n));
}

template <class T>
static void layer_norm_kernel(const T *x, T *y, int64_t rows, int64_t n, const T *g, const T *b,
                              T eps) {
  for (int64_t r = 0; r < rows; r++) {
    const T *xr = x + r * n;
    T *yr = y + r * n;
    T mean, var;
    row_moments(xr, n, &mean, &var);
    T rstd = T(1) / std::sqrt(var + eps);
    T shift = -rstd * mean;
    for (int64_t i = 0; i < n; i++)
      yr[i] = (xr[i] * rstd + shift) * (g ? g[i] : T(1)) + (b ? b[i] : T(0));
  }
}

static bool same_sizes(IntArrayRef a, IntArrayRef b) {
  if (a.size != b.size) return false;
  for (size_t i = 0; i < a.size; i++)
    if (a[i] != b[i]) return false;
  return true;
}

static bool check_layer_norm_param(const char *name, const Tensor &t, IntArrayRef shape) {
  if (!t || same_sizes(t.sizes(), shape)) return true;
  char a[96], b[96];
  format_int_list(a, sizeof a, t.sizes());
  format_int_list(b, sizeof b, shape);
  return fail(ErrorKind::RuntimeError,
              "Expected %s to be of same shape as normalized_shape, but got %s of shape %s and "
              "normalized_shape = %s",
              name, name, a, b);
}

static bool check_layer_norm_input(const Tensor &input, IntArrayRef shape) {
  int64_t axis = input.dim() - static_cast<int64_t>(shape.size);
  if (axis >= 0 && same_sizes(IntArrayRef(input.sizes().data + axis, shape.size), shape))
    return true;
  char given[96], star[128], got[96];
  format_int_list(given, sizeof given, shape);
  format_int_list(got, sizeof got, input.sizes());
  size_t k = static_cast<size_t>(snprintf(star, sizeof star, "[*"));
  for (size_t i = 0; i < shape.size && k < sizeof star; i++)
    k += static_cast<size_t>(
        snprintf(star + k, sizeof star - k, ", %lld", static_cast<long long>(shape[i])));
  if (k < sizeof star) snprintf(star + k, sizeof star - k, "]");
  return fail(ErrorKind::RuntimeError,
              "Given normalized_shape=%s, expected input with shape %s, but got input of size%s",
              given, star, got);
}

Tensor layer_norm(const Tensor &input, IntArrayRef normalized_shape, const Tensor &weight,
                  const Tensor &bias, double eps) {
  if (normalized_shape.size == 0) {
    fail(ErrorKind::RuntimeError,
         "Expected normalized_shape to be at least 1-dimensional, i.e., containing at least one "
         "element, but got normalized_shape = []");
    return Tensor();
  }
  if (!check_layer_norm_param("weight", weight, normalized_shape) ||
      !check_layer_norm_param("bias", bias, normalized_shape) ||
      !check_layer_norm_input(input, normalized_shape) ||
      !check_norm_dtype("LayerNormKernelImpl", input.dtype()) ||
      !check_same_dtype(weight, input.dtype()) || !check_same_dtype(bias, input.dtype()))
    return Tensor();
  if (input.dtype() == ScalarType::BFloat16) {
    Tensor f[3];
    const Tensor in[3] = {input, weight, bias};
    Tensor y =
        float_copies(in, f, 3) ? layer_norm(f[0], normalized_shape, f[1], f[2], eps) : Tensor();
    return y ? to_dtype(y, ScalarType::BFloat16) : Tensor();
  }
  int64_t n = shape_numel(normalized_shape);
  int64_t rows = n ? input.numel() / n : 0; // n == 0: nothing to compute
  Tensor x = contiguous(input);
  Tensor y = x ? empty(input.sizes(), input.dtype()) : Tensor();
  if (!y) return Tensor();
  Tensor gh, bh;
  dispatch_all(input.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point<T>::value)
      if (n > 0)
        layer_norm_kernel(x.data<T>(), y.data<T>(), rows, n, param_data<T>(weight, gh),
                          param_data<T>(bias, bh), static_cast<T>(eps));
  });
  return y;
}

struct GroupNormArgs {
  int64_t batch, channels, groups, plane; // plane: H * W * ...
};

template <class T>
static void group_norm_kernel(const T *x, T *y, const GroupNormArgs &a, const T *g, const T *b,
                              T eps) {
  int64_t per_group = a.channels / a.groups; // channels in a group
  int64_t len = per_group * a.plane;
  for (int64_t i = 0; i < a.batch * a.groups; i++) {
    const T *xg = x + i * len;
    T *yg = y + i * len;
    T mean, var;
    row_moments(xg, len, &mean, &var);
    T rstd = T(1) / std::sqrt(std::max(var, T(0)) + eps);
    for (int64_t j = 0; j < per_group; j++) {
      int64_t c = (i % a.groups) * per_group + j;
      T scale = rstd * (g ? g[c] : T(1));
      T shift = -scale * mean + (b ? b[c] : T(0));
      const T *xc = xg + j * a.plane;
      T *yc = yg + j * a.plane;
      if (!g && !b)
        for (int64_t k = 0; k < a.plane; k++) yc[k] = (xc[k] - mean) * rstd;
      else
        for (int64_t k = 0; k < a.plane; k++) yc[k] = scale * xc[k] + shift;
    }
  }
}

static bool check_group_norm(const Tensor &input, const Tensor &weight, const Tensor &bias,
                             int64_t channels, int64_t groups) {
  char in[96], p[96];
  format_int_list(in, sizeof in, input.sizes());
  if (groups <= 0)
    return fail(ErrorKind::RuntimeError, "Expected num groups to be greater than 0, got %lld",
                static_cast<long long>(groups));
  if (channels % groups != 0)
    return fail(ErrorKind::RuntimeError,
                "Expected number of channels in input to be divisible by num_groups, but got "
                "input of shape %s and num_groups=%lld",
                in, static_cast<long long>(groups));
  if (weight && (weight.dim() != 1 || weight.numel() != channels))
    return fail(ErrorKind::RuntimeError,
                "Expected weight to be a vector of size equal to the number of channels in "
                "input, but got weight of shape %s and input of shape %s",
                sizes_str(p, sizeof p, weight), in);
  // PyTorch's message shows the weight's shape here.
  if (bias && (bias.dim() != 1 || bias.numel() != channels))
    return fail(ErrorKind::RuntimeError,
                "Expected bias to be a vector of size equal to the number of channels in input, "
                "but got bias of shape %s and input of shape %s",
                sizes_str(p, sizeof p, weight), in);
  return true;
}

Tensor group_norm(const Tensor &input, int64_t num_groups, const Tensor &weight, const Tensor &bias,
                  double eps) {
  int64_t channels = 0;
  if (input.dim() == 0) {
    fail(ErrorKind::IndexError, "Dimension specified as 0 but tensor has no dimensions");
    return Tensor();
  }
  if (!channel_count(input, &channels) ||
      !check_group_norm(input, weight, bias, channels, num_groups) ||
      !check_norm_dtype("GroupNormKernelImpl", input.dtype()) ||
      !check_same_dtype(weight, input.dtype()) || !check_same_dtype(bias, input.dtype()))
    return Tensor();
  if (input.dtype() == ScalarType::BFloat16) {
    Tensor f[3];
    const Tensor in[3] = {input, weight, bias};
    Tensor y = float_copies(in, f, 3) ? group_norm(f[0], num_groups, f[1], f[2], eps) : Tensor();
    return y ? to_dtype(y, ScalarType::BFloat16) : Tensor();
  }
  int64_t plane = 1;
  for (int64_t d = 2; d < input.dim(); d++) plane *= input.size(d);
  GroupNormArgs a{input.size(0), channels, num_groups, plane};
  Tensor x = contiguous(input);
  Tensor y = x ? empty(input.sizes(), input.dtype()) : Tensor();
  if (!y) return Tensor();
  Tensor gh, bh;
  dispatch_all(input.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point<T>::value)
      if (input.numel() > 0)
        group_norm_kernel(x.data<T>(), y.data<T>(), a, param_data<T>(weight, gh),
                          param_data<T>(bias, bh), static_cast<T>(eps));
  });
  return y;
}

// ---------------------------------------------------------------------------
// embedding

// PyTorch's checkScalarTypes message for index arguments.
static bool check_index_dtype(const Tensor &indices, int arg, const char *name, const char *fn) {
  ScalarType t = indices.dtype();
  if (t == ScalarType::Long || t == ScalarType::Int) return true;
  return fail(ErrorKind::RuntimeError,
              "Expected tensor for argument #%d '%s' to have one of the following scalar types: "
              "Long, Int; but got torch.%sTensor instead (while checking arguments for %s)",
              arg, name, scalar_type_name(t), fn);
}

static int64_t index_at(const Tensor &idx, int64_t i) {
  return idx.dtype() == ScalarType::Long ? idx.data<int64_t>()[i] : idx.data<int32_t>()[i];
}

Tensor embedding(const Tensor &weight, const Tensor &indices) {
  if (weight.dim() != 2) {
    fail(ErrorKind::RuntimeError, "'weight' must be 2-D");
    return Tensor();
  }
  if (!check_index_dtype(indices, 1, "indices", "embedding")) return Tensor();
  int64_t shape[kMaxDims + 1];
  for (int64_t d = 0; d < indices.dim(); d++) shape[d] = indices.size(d);
  shape[indices.dim()] = weight.size(1);
  if (!check_ndim(static_cast<size_t>(indices.dim() + 1))) return Tensor();
  Tensor idx = contiguous(indices);
  Tensor out = idx ? empty(IntArrayRef(shape, indices.dim() + 1), weight.dtype()) : Tensor();
  if (!out) return Tensor();
  int64_t rows = weight.size(0), cols = weight.size(1), n = indices.numel();
  size_t es = weight.element_size();
  const char *w = static_cast<const char *>(weight.data_ptr());
  char *o = static_cast<char *>(out.data_ptr());
  for (int64_t i = 0; i < n; i++) {
    int64_t r = index_at(idx, i);
    if (r < 0 || r >= rows) {
      fail(ErrorKind::IndexError, "index out of range in self");
      return Tensor();
    }
    for (int64_t j = 0; j < cols; j++)
      memcpy(o + (i * cols + j) * es, w + (r * weight.stride(0) + j * weight.stride(1)) * es, es);
  }
  return out;
}

bool embedding_renorm_(const Tensor &self, const Tensor &indices, double max_norm,
                       double norm_type) {
  if (self.dim() != 2)
    return fail(ErrorKind::RuntimeError,
                "Expected 2-dimensional tensor, but got %lld-dimensional tensor for argument #1 "
                "'self' (while checking arguments for embedding_renorm_)",
                static_cast<long long>(self.dim()));
  if (!check_index_dtype(indices, 2, "indices", "embedding_renorm_")) return false;
  Tensor idx = contiguous(indices);
  int64_t n = indices.numel();
  size_t nbytes = static_cast<size_t>(n) * sizeof(int64_t);
  int64_t *sorted = idx ? static_cast<int64_t *>(alloc_bytes(nbytes ? nbytes : 1)) : nullptr;
  if (!sorted) return false;
  for (int64_t i = 0; i < n; i++) sorted[i] = index_at(idx, i);
  std::sort(sorted, sorted + n);
  bool ok = true;
  for (int64_t i = 0; ok && i < n; i++) {
    if (i > 0 && sorted[i] == sorted[i - 1]) continue;
    Tensor row = select(self, 0, sorted[i]);
    Tensor nrm = row ? norm(row, norm_type) : Tensor();
    ok = static_cast<bool>(nrm);
    double v = ok ? item(nrm).to_double() : 0;
    if (ok && v > max_norm) ok = mul_(row, scalar_to_tensor(max_norm / (v + 1e-7)));
  }
  free_bytes(sorted, nbytes ? nbytes : 1);
  return ok;
}

} // namespace tensor
