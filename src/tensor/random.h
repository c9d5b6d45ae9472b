// random.h - PyTorch's CPU random generator and distributions, bit for bit.
//
// `torch.manual_seed(s)` followed by rand/randn/randint/randperm/normal_/uniform_/
// bernoulli_/dropout must give the numbers PyTorch 1.13.1 gives on CPU. PyTorch draws
// from a 32-bit Mersenne Twister (mt19937) and turns its output into values with fixed
// transforms; this file reproduces the generator state and each transform.
//
//   tensor::Generator& g = tensor::default_generator();
//   g.manual_seed(0);
//   float w[12];
//   tensor::uniform_fill(g, w, 12, -0.5, 0.5);   // == torch.empty(12).uniform_(-.5, .5)
//
// The fill functions take a contiguous buffer of `n` elements, which is what PyTorch
// fills for a contiguous tensor. Only `normal_fill` depends on contiguity (PyTorch uses a
// different algorithm for contiguous tensors of >= 16 elements); for other layouts call
// the per-element samplers (`normal_sample`, ...) in the order PyTorch's TensorIterator
// visits the elements (memory order after it sorts dimensions by stride).
//
// Note [Float normal fill uses PyTorch's AVX2 math]
// On x86 PyTorch's float `normal_` of a contiguous tensor with >= 16 elements runs an AVX2
// kernel whose log/sin/cos are the cephes-style polynomials of avx_mathfun.h, compiled with
// FMA contraction, not libm. We evaluate the same polynomials with the same fused
// multiply-adds so results match bit for bit on every target. The double path and the
// < 16 element path use libm (log, sin, cos, sqrt), so they match where libm is correctly
// rounded like glibc's; on other C libraries they may differ in the last bit.
// PyTorch itself gives other float normals (and fused-vs-unfused uniform_(a, b) roundings)
// on CPUs without AVX2/FMA; we follow the x86-64 AVX2 build (Debian's python3-torch).
#pragma once

#include <stddef.h>
#include <stdint.h>

namespace tensor {

// PyTorch's CPUGeneratorImpl: an mt19937 engine plus the cached second Box-Muller sample.
class Generator {
public:
  // PyTorch's documented default seed (c10::default_rng_seed_val). torch's own default
  // generator starts from a non-deterministic seed; callers that want that reseed.
  static constexpr uint64_t kDefaultSeed = 67280421310721ULL;
  // Size in bytes of the state `torch.get_rng_state()` returns (a uint8 tensor).
  static constexpr size_t kStateBytes = 5056;

  explicit Generator(uint64_t seed = kDefaultSeed) { manual_seed(seed); }

  // torch.manual_seed: only the low 32 bits feed mt19937; the full value is remembered
  // for initial_seed(). Clears the cached normal samples.
  void manual_seed(uint64_t seed);
  uint64_t initial_seed() const { return seed_; }

  uint32_t random();   // one mt19937 output
  uint64_t random64(); // two outputs, the first one in the high half

  // The cached second sample of the scalar Box-Muller transform (see normal_sample).
  bool take_next_double_normal(double *out);
  void set_next_double_normal(double v) { next_double_ = v, has_next_double_ = true; }

  // torch.get_rng_state()/set_rng_state() byte layout (PyTorch's legacy THGeneratorState
  // followed by the float normal cache). set_state returns false on a malformed state.
  void get_state(uint8_t out[kStateBytes]) const;
  bool set_state(const uint8_t *in, size_t n);

private:
  static constexpr int kN = 624;
  void twist();

  uint64_t seed_;
  uint32_t mt_[kN];
  int left_; // outputs left before the next twist, plus one
  int next_; // index of the next output word
  double next_double_;
  float next_float_;
  bool has_next_double_;
  bool has_next_float_;
};

// The process-wide generator behind torch.manual_seed / torch.rand etc.
Generator &default_generator();

// ---- per-element samplers (what PyTorch computes for one element) ----

// U[from, to) of the tensor's dtype: float uses 24 bits of one 32-bit draw, double 53 bits
// of a 64-bit draw. from/to are first rounded to the dtype, as PyTorch does.
float uniform_sample(Generator &g, float from, float to);
double uniform_sample(Generator &g, double from, double to);

// Scalar Box-Muller in double precision with the generator's one-sample cache; PyTorch
// casts the result to the tensor's dtype.
double normal_sample(Generator &g, double mean, double std);

// random_(from, to): base + draw % range, range = to - from (1 <= range <= 2^64-1).
// `wide` = the dtype is int64/float/double/bfloat16; only then does a range >= 2^32 draw
// 64 bits. The result is what PyTorch casts to the dtype.
int64_t random_from_to_sample(Generator &g, uint64_t range, int64_t base, bool wide);

// bernoulli_(p) with a Python float p draws a double; a float32 p tensor draws a float.
bool bernoulli_sample(Generator &g, double p);
bool bernoulli_sample(Generator &g, float p);

double exponential_sample(Generator &g, double lambda);
double geometric_sample(Generator &g, double p);

// ---- fills of a contiguous buffer of n elements ----

void uniform_fill(Generator &g, float *out, int64_t n, double from, double to);
void uniform_fill(Generator &g, double *out, int64_t n, double from, double to);

// Tensor.normal_(mean, std) / torch.randn on a contiguous tensor: n >= 16 uses PyTorch's
// chunked Box-Muller over uniforms, smaller n the cached scalar sampler.
void normal_fill(Generator &g, float *out, int64_t n, double mean, double std);
void normal_fill(Generator &g, double *out, int64_t n, double mean, double std);

// Tensor.random_(from, to) / torch.randint(from, to, ...); requires from < to.
void random_fill(Generator &g, int64_t *out, int64_t n, int64_t from, int64_t to);
void random_fill(Generator &g, int32_t *out, int64_t n, int64_t from, int64_t to);
void random_fill(Generator &g, float *out, int64_t n, int64_t from, int64_t to);
void random_fill(Generator &g, double *out, int64_t n, int64_t from, int64_t to);

// Tensor.bernoulli_(p) with a scalar p (0 <= p <= 1): 1 with probability p, else 0.
void bernoulli_fill(Generator &g, float *out, int64_t n, double p);
void bernoulli_fill(Generator &g, double *out, int64_t n, double p);
// Tensor.bernoulli_(p_tensor) / torch.bernoulli(p) with p of the same shape: p's dtype
// decides the draw (float p -> 32-bit draw, double p -> 64-bit draw).
void bernoulli_fill(Generator &g, float *out, const float *p, int64_t n);
void bernoulli_fill(Generator &g, double *out, const double *p, int64_t n);

// F.dropout(x, p, training=True) for 0 < p < 1 computes x * mask with mask[i] =
// bernoulli(1 - p) / (1 - p) in x's dtype; this writes that mask. (p == 0 returns x and
// p == 1 returns x * 0 without drawing.)
void dropout_mask(Generator &g, float *mask, int64_t n, double p);
void dropout_mask(Generator &g, double *mask, int64_t n, double p);

void exponential_fill(Generator &g, float *out, int64_t n, double lambda);
void exponential_fill(Generator &g, double *out, int64_t n, double lambda);

// torch.randperm(n) (int64): Fisher-Yates from the front, one 32-bit draw per swap, for
// every n in 1.13 (checked at n = 2^32/20 + 1; later PyTorch uses 64-bit draws above that).
void randperm(Generator &g, int64_t *out, int64_t n);

// torch.erfinv as PyTorch's CPU kernel computes it (rational guess + two Newton steps);
// nn.init.trunc_normal_ = uniform_ then erfinv_ then mul_/add_/clamp_.
float erfinv(float y);
double erfinv(double y);

} // namespace tensor
