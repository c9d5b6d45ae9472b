// random.cpp - PyTorch's CPU generator (mt19937) and its distribution transforms.
//
// Note [Where PyTorch fuses multiply-adds]
// PyTorch's x86 build compiles its distribution and unary kernels with -mavx2 -mfma and
// GCC's default -ffp-contract=fast, so some `a * b + c` expressions in its source run as one
// fused multiply-add (single rounding). Bit-exact results need the same fusions, no more and
// no fewer: every fused step here is an explicit fma()/fmaf() call, and the file is compiled
// with contraction off so the compiler adds none of its own (ARM targets contract by default).
// Each fusion was confirmed against torch: test_random fails if any one is unfused.
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#elif defined(__GNUC__)
#pragma GCC optimize("fp-contract=off")
#endif

#include "tensor/random.h"

#include <math.h>
#include <string.h>

namespace tensor {

// ---- Generator ----

void Generator::manual_seed(uint64_t seed) {
  seed_ = seed;
  mt_[0] = static_cast<uint32_t>(seed);
  for (int i = 1; i < kN; i++)
    mt_[i] = 1812433253u * (mt_[i - 1] ^ (mt_[i - 1] >> 30)) + static_cast<uint32_t>(i);
  left_ = 1;
  next_ = 0;
  has_next_double_ = has_next_float_ = false;
  next_double_ = 0.0;
  next_float_ = 0.0f;
}

void Generator::twist() {
  constexpr int kM = 397;
  auto mix = [](uint32_t u, uint32_t v) {
    uint32_t y = (u & 0x80000000u) | (v & 0x7fffffffu);
    return (y >> 1) ^ ((v & 1u) ? 0x9908b0dfu : 0u);
  };
  int i = 0;
  for (; i < kN - kM; i++) mt_[i] = mt_[i + kM] ^ mix(mt_[i], mt_[i + 1]);
  for (; i < kN - 1; i++) mt_[i] = mt_[i + kM - kN] ^ mix(mt_[i], mt_[i + 1]);
  mt_[kN - 1] = mt_[kM - 1] ^ mix(mt_[kN - 1], mt_[0]);
  left_ = kN;
  next_ = 0;
}

uint32_t Generator::random() {
  if (--left_ == 0) twist();
  uint32_t y = mt_[next_++];
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680u;
  y ^= (y << 15) & 0xefc60000u;
  y ^= y >> 18;
  return y;
}

uint64_t Generator::random64() {
  uint64_t hi = random();
  return (hi << 32) | random();
}

bool Generator::take_next_double_normal(double *out) {
  if (!has_next_double_) return false;
  *out = next_double_;
  has_next_double_ = false;
  return true;
}

// Byte offsets of torch.get_rng_state(): THGeneratorState {u64 seed; i32 left; i32 seeded;
// u64 next; u64 state[624]; f64 normal_x, normal_y, normal_rho; i32 normal_is_valid;}
// (padded to 8) then {f32 next_float_normal; bool valid;} (padded to 8).
namespace {
enum : size_t {
  kOffSeed = 0,
  kOffLeft = 8,
  kOffSeeded = 12,
  kOffNext = 16,
  kOffState = 24,
  kOffNormalY = kOffState + 624 * 8 + 8,
  kOffNormalValid = kOffState + 624 * 8 + 24,
  kOffFloatNormal = kOffNormalValid + 8,
  kOffFloatValid = kOffFloatNormal + 4,
};
static_assert(kOffFloatValid + 4 == Generator::kStateBytes, "THGeneratorState layout");

template <typename T> void put(uint8_t *out, size_t off, T v) { memcpy(out + off, &v, sizeof v); }
template <typename T> T get(const uint8_t *in, size_t off) {
  T v;
  memcpy(&v, in + off, sizeof v);
  return v;
}
} // namespace

void Generator::get_state(uint8_t out[kStateBytes]) const {
  memset(out, 0, kStateBytes);
  put<uint64_t>(out, kOffSeed, seed_);
  put<int32_t>(out, kOffLeft, left_);
  put<int32_t>(out, kOffSeeded, 1);
  put<uint64_t>(out, kOffNext, static_cast<uint64_t>(next_));
  for (int i = 0; i < kN; i++) put<uint64_t>(out, kOffState + 8 * i, mt_[i]);
  if (has_next_double_) {
    put<double>(out, kOffNormalY, next_double_);
    put<int32_t>(out, kOffNormalValid, 1);
  }
  if (has_next_float_) {
    put<float>(out, kOffFloatNormal, next_float_);
    out[kOffFloatValid] = 1;
  }
}

bool Generator::set_state(const uint8_t *in, size_t n) {
  if (n != kStateBytes) return false;
  int32_t left = get<int32_t>(in, kOffLeft);
  uint64_t next = get<uint64_t>(in, kOffNext);
  if (left < 1 || left > kN || next > static_cast<uint64_t>(kN)) return false;
  seed_ = get<uint64_t>(in, kOffSeed);
  left_ = left;
  next_ = static_cast<int>(next);
  for (int i = 0; i < kN; i++) mt_[i] = static_cast<uint32_t>(get<uint64_t>(in, kOffState + 8 * i));
  has_next_double_ = get<int32_t>(in, kOffNormalValid) != 0;
  next_double_ = has_next_double_ ? get<double>(in, kOffNormalY) : 0.0;
  has_next_float_ = in[kOffFloatValid] != 0;
  next_float_ = has_next_float_ ? get<float>(in, kOffFloatNormal) : 0.0f;
  return true;
}

namespace {
Generator g_default; // at namespace scope: no guard variable for the MCU build
} // namespace

Generator &default_generator() { return g_default; }

// ---- samplers ----

namespace {
constexpr double kPi = 3.14159265358979323846;

// [0, 1) from the low 24 (float) or 53 (double) bits of a draw.
float unit_float(Generator &g) { return static_cast<float>(g.random() & 0xffffffu) * 0x1p-24f; }
double unit_double(Generator &g) {
  return static_cast<double>(g.random64() & 0x1fffffffffffffull) * 0x1p-53;
}
} // namespace

// from + x * (to - from), fused (Note [Where PyTorch fuses multiply-adds]).
float uniform_sample(Generator &g, float from, float to) {
  return fmaf(unit_float(g), to - from, from);
}
double uniform_sample(Generator &g, double from, double to) {
  return fma(unit_double(g), to - from, from);
}

double normal_sample(Generator &g, double mean, double std) {
  double z;
  if (!g.take_next_double_normal(&z)) {
    double u1 = unit_double(g);
    double u2 = unit_double(g);
    double r = sqrt(-2.0 * log(1.0 - u2));
    double theta = 2.0 * kPi * u1;
    g.set_next_double_normal(r * sin(theta));
    z = r * cos(theta);
  }
  return fma(z, std, mean);
}

int64_t random_from_to_sample(Generator &g, uint64_t range, int64_t base, bool wide) {
  uint64_t v = (wide && range >= (1ull << 32)) ? g.random64() : g.random();
  return static_cast<int64_t>(v % range + static_cast<uint64_t>(base));
}

bool bernoulli_sample(Generator &g, double p) { return unit_double(g) < p; }
bool bernoulli_sample(Generator &g, float p) { return unit_float(g) < p; }

double exponential_sample(Generator &g, double lambda) {
  return -1.0 / lambda * log(1.0 - unit_double(g));
}

double geometric_sample(Generator &g, double p) { return ceil(log(unit_double(g)) / log(1.0 - p)); }

// ---- fills ----

void uniform_fill(Generator &g, float *out, int64_t n, double from, double to) {
  float a = static_cast<float>(from), b = static_cast<float>(to);
  for (int64_t i = 0; i < n; i++) out[i] = uniform_sample(g, a, b);
}

void uniform_fill(Generator &g, double *out, int64_t n, double from, double to) {
  for (int64_t i = 0; i < n; i++) out[i] = uniform_sample(g, from, to);
}

namespace {

// Note [Float normal fill uses PyTorch's AVX2 math] (random.h): the cephes-derived
// log and sincos of avx_mathfun.h, one lane at a time, with the fusions GCC made.
float bits_to_float(uint32_t u) {
  float f;
  memcpy(&f, &u, 4);
  return f;
}
uint32_t float_to_bits(float f) {
  uint32_t u;
  memcpy(&u, &f, 4);
  return u;
}

// Natural log for x > 0 (the only inputs: 1 - u with u in [0, 1)).
float cephes_logf(float x) {
  const float kMinNorm = bits_to_float(0x00800000u);
  if (x < kMinNorm) x = kMinNorm;
  uint32_t bits = float_to_bits(x);
  float e = static_cast<float>(static_cast<int32_t>(bits >> 23) - 0x7f) + 1.0f;
  float m = bits_to_float((bits & ~0x7f800000u) | float_to_bits(0.5f)); // in [0.5, 1)
  bool small = m < 0.707106781186547524f;
  float x1 = (m - 1.0f) + (small ? m : 0.0f);
  e = e - (small ? 1.0f : 0.0f);
  float z = x1 * x1;
  static const float p[9] = {7.0376836292E-2f,  -1.1514610310E-1f, 1.1676998740E-1f,
                             -1.2420140846E-1f, 1.4249322787E-1f,  -1.6668057665E-1f,
                             2.0000714765E-1f,  -2.4999993993E-1f, 3.3333331174E-1f};
  float y = p[0];
  for (int i = 1; i < 9; i++) y = fmaf(y, x1, p[i]);
  y = y * x1;
  y = fmaf(y, z, e * -2.12194440e-4f);
  y = fmaf(-z, 0.5f, y);
  return fmaf(e, 0.693359375f, x1 + y);
}

// sin and cos of x >= 0.
void cephes_sincosf(float x, float *s, float *c) {
  int32_t j = static_cast<int32_t>(x * 1.27323954473516f); // 4 / pi
  j = (j + 1) & ~1;
  float y = static_cast<float>(j);
  uint32_t sin_sign = static_cast<uint32_t>(j & 4) << 29;
  uint32_t cos_sign = static_cast<uint32_t>(~(j - 2) & 4) << 29;
  bool sin_poly = (j & 2) == 0; // the sine polynomial gives sin, the cosine one cos
  x = fmaf(y, -0.78515625f, x);
  x = fmaf(y, -2.4187564849853515625e-4f, x);
  x = fmaf(y, -3.77489497744594108e-8f, x);
  float z = x * x;
  float yc =
      fmaf(fmaf(2.443315711809948E-005f, z, -1.388731625493765E-003f), z, 4.166664568298827E-002f);
  yc = fmaf(yc * z, z, -(z * 0.5f)) + 1.0f;
  float ys = fmaf(fmaf(-1.9515295891E-4f, z, 8.3321608736E-3f), z, -1.6666654611E-1f);
  ys = fmaf(ys * z, x, x);
  float sin_part = sin_poly ? ys : 0.0f, cos_part = sin_poly ? 0.0f : yc;
  float sv = cos_part + sin_part;
  float cv = (yc - cos_part) + (ys - sin_part);
  *s = bits_to_float(float_to_bits(sv) ^ sin_sign);
  *c = bits_to_float(float_to_bits(cv) ^ cos_sign);
}

// Turns 16 uniforms into 16 normals: pairs (j, j + 8) by Box-Muller.
void box_muller_16(float *d, float mean, float std) {
  const float two_pi = static_cast<float>(2.0 * kPi);
  for (int j = 0; j < 8; j++) {
    float radius = sqrtf(-2.0f * cephes_logf(1.0f - d[j]));
    float s, c;
    cephes_sincosf(two_pi * d[j + 8], &s, &c);
    d[j] = fmaf(radius * c, std, mean);
    d[j + 8] = fmaf(radius * s, std, mean);
  }
}

void box_muller_16(double *d, double mean, double std) {
  for (int j = 0; j < 8; j++) {
    double radius = sqrt(-2.0 * log(1.0 - d[j]));
    double theta = 2.0 * kPi * d[j + 8];
    d[j] = fma(radius * cos(theta), std, mean);
    d[j + 8] = fma(radius * sin(theta), std, mean);
  }
}

template <typename T> void unit_fill(Generator &g, T *out, int64_t n) {
  for (int64_t i = 0; i < n; i++) out[i] = uniform_sample(g, T(0), T(1));
}

// PyTorch's contiguous path: uniforms for all n, Box-Muller per chunk of 16; a ragged
// tail redraws the last 16 and transforms them again.
template <typename T> void normal_fill_chunked(Generator &g, T *out, int64_t n, T mean, T std) {
  unit_fill(g, out, n);
  for (int64_t i = 0; i + 16 <= n; i += 16) box_muller_16(out + i, mean, std);
  if (n % 16 != 0) {
    unit_fill(g, out + n - 16, 16);
    box_muller_16(out + n - 16, mean, std);
  }
}

template <typename T>
void normal_fill_any(Generator &g, T *out, int64_t n, double mean, double std) {
  if (n >= 16) return normal_fill_chunked<T>(g, out, n, static_cast<T>(mean), static_cast<T>(std));
  for (int64_t i = 0; i < n; i++) out[i] = static_cast<T>(normal_sample(g, mean, std));
}

template <typename T>
void random_fill_any(Generator &g, T *out, int64_t n, int64_t from, int64_t to, bool wide) {
  uint64_t range = static_cast<uint64_t>(to) - static_cast<uint64_t>(from);
  for (int64_t i = 0; i < n; i++)
    out[i] = static_cast<T>(random_from_to_sample(g, range, from, wide));
}

template <typename T> void bernoulli_fill_any(Generator &g, T *out, int64_t n, double p) {
  for (int64_t i = 0; i < n; i++) out[i] = bernoulli_sample(g, p) ? T(1) : T(0);
}

template <typename T> void dropout_mask_any(Generator &g, T *mask, int64_t n, double p) {
  // noise.bernoulli_(1 - p) then noise.div_(1 - p): the divisor is rounded to T first.
  T keep = static_cast<T>(1.0 - p);
  for (int64_t i = 0; i < n; i++) mask[i] = (bernoulli_sample(g, 1.0 - p) ? T(1) : T(0)) / keep;
}

} // namespace

void normal_fill(Generator &g, float *out, int64_t n, double mean, double std) {
  normal_fill_any(g, out, n, mean, std);
}
void normal_fill(Generator &g, double *out, int64_t n, double mean, double std) {
  normal_fill_any(g, out, n, mean, std);
}

void random_fill(Generator &g, int64_t *out, int64_t n, int64_t from, int64_t to) {
  random_fill_any(g, out, n, from, to, true);
}
void random_fill(Generator &g, int32_t *out, int64_t n, int64_t from, int64_t to) {
  random_fill_any(g, out, n, from, to, false);
}
void random_fill(Generator &g, float *out, int64_t n, int64_t from, int64_t to) {
  random_fill_any(g, out, n, from, to, true);
}
void random_fill(Generator &g, double *out, int64_t n, int64_t from, int64_t to) {
  random_fill_any(g, out, n, from, to, true);
}

void bernoulli_fill(Generator &g, float *out, int64_t n, double p) {
  bernoulli_fill_any(g, out, n, p);
}
void bernoulli_fill(Generator &g, double *out, int64_t n, double p) {
  bernoulli_fill_any(g, out, n, p);
}

void bernoulli_fill(Generator &g, float *out, const float *p, int64_t n) {
  for (int64_t i = 0; i < n; i++) out[i] = bernoulli_sample(g, p[i]) ? 1.0f : 0.0f;
}
void bernoulli_fill(Generator &g, double *out, const double *p, int64_t n) {
  for (int64_t i = 0; i < n; i++) out[i] = bernoulli_sample(g, p[i]) ? 1.0 : 0.0;
}

void dropout_mask(Generator &g, float *mask, int64_t n, double p) {
  dropout_mask_any(g, mask, n, p);
}
void dropout_mask(Generator &g, double *mask, int64_t n, double p) {
  dropout_mask_any(g, mask, n, p);
}

void exponential_fill(Generator &g, float *out, int64_t n, double lambda) {
  for (int64_t i = 0; i < n; i++) out[i] = static_cast<float>(exponential_sample(g, lambda));
}
void exponential_fill(Generator &g, double *out, int64_t n, double lambda) {
  for (int64_t i = 0; i < n; i++) out[i] = exponential_sample(g, lambda);
}

void randperm(Generator &g, int64_t *out, int64_t n) {
  for (int64_t i = 0; i < n; i++) out[i] = i;
  for (int64_t i = 0; i + 1 < n; i++) {
    int64_t z = static_cast<int64_t>(g.random() % static_cast<uint64_t>(n - i));
    int64_t t = out[i];
    out[i] = out[i + z];
    out[i + z] = t;
  }
}

// ---- erfinv ----

namespace {
// Rational initial guess (central |y| <= 0.7, then tails) refined by two Newton steps;
// the coefficients are those of PyTorch's calc_erfinv.
template <typename T> T erfinv_any(T y) {
  static const T a[4] = {T(0.886226899), T(-1.645349621), T(0.914624893), T(-0.140543331)};
  static const T b[4] = {T(-2.118377725), T(1.442710462), T(-0.329097515), T(0.012229801)};
  static const T c[4] = {T(-1.970840454), T(-1.624906493), T(3.429567803), T(1.641345311)};
  static const T d[2] = {T(3.543889200), T(1.637067800)};
  T ay = fabs(y);
  if (ay > T(1)) return T(NAN);
  if (ay == T(1)) return copysign(T(INFINITY), y);
  T x;
  if (ay <= T(0.7)) {
    T z = y * y;
    T num = fma(fma(fma(a[3], z, a[2]), z, a[1]), z, a[0]);
    T den = fma(fma(fma(fma(b[3], z, b[2]), z, b[1]), z, b[0]), z, T(1));
    x = y * num / den;
  } else {
    T z = sqrt(-log((T(1) - ay) / T(2)));
    T num = fma(fma(fma(c[3], z, c[2]), z, c[1]), z, c[0]);
    T den = fma(fma(d[1], z, d[0]), z, T(1));
    x = copysign(num, y) / den;
  }
  const T k = T(2) / T(sqrt(kPi)); // 2 / sqrt(pi), rounded to T
  for (int step = 0; step < 2; step++) x = x - (erf(x) - y) / (k * exp(-x * x));
  return x;
}
} // namespace

float erfinv(float y) { return erfinv_any<float>(y); }
double erfinv(double y) { return erfinv_any<double>(y); }

} // namespace tensor
