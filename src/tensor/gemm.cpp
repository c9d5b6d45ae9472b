// The GEMM behind mm/bmm/matmul/linear/conv: C = beta * C + alpha * A @ B over
// operands given by element strides, so transposed and sliced views need no copy.
//
// Floating types use a blocked algorithm (Goto/BLIS style): blocks of A and B
// are packed into small contiguous panels, and a register-blocked kMR x kNR
// micro-kernel runs over them with its inner loop over contiguous memory, which
// the compiler vectorises. Integer types and BFloat16 use a plain loop, as
// PyTorch's non-BLAS path does; integers wrap like PyTorch's.
#include "tensor/linalg.h"

#include "tensor/internal.h"

#include <type_traits>

#if defined(__x86_64__) && defined(__GNUC__) && !defined(TENSOR_GEMM_PORTABLE_ONLY)
#include <immintrin.h>
#endif

namespace tensor {
namespace {

// Block sizes: kKC x kMC of A and kKC x kNC of B are packed at a time. The
// defaults keep the packed A in L2 and the packed B in L3 on a PC, so A is
// packed again only every kNC columns; small-memory ports shrink them. kMC is a
// multiple of both kernels' kMR.
#ifndef TENSOR_GEMM_KC
#define TENSOR_GEMM_KC 256
#endif
#ifndef TENSOR_GEMM_MC
#define TENSOR_GEMM_MC 96
#endif
#ifndef TENSOR_GEMM_NC
#define TENSOR_GEMM_NC 2048
#endif
constexpr int64_t kKC = TENSOR_GEMM_KC;
constexpr int64_t kMC = TENSOR_GEMM_MC;
constexpr int64_t kNC = TENSOR_GEMM_NC;

// Micro-tile: kMR rows x kNR columns of accumulators, about 16 vector
// registers' worth on SSE/NEON.
template <class T> struct Tile {
  static constexpr int64_t kMR = 4;
  static constexpr int64_t kNR = 32 / sizeof(T);
};

// A strided matrix operand: element (i, j) at p[i * rs + j * cs].
template <class T> struct StridedMat {
  T *p;
  int64_t rs, cs;
  T &at(int64_t i, int64_t j) const { return p[i * rs + j * cs]; }
};

int64_t min64(int64_t a, int64_t b) { return a < b ? a : b; }
int64_t round_up(int64_t x, int64_t m) { return (x + m - 1) / m * m; }

// Packs rows [i0, i0+mc) x cols [p0, p0+kc) of A as kMR-row panels: panel r,
// step p holds A(i0 + r*kMR + 0..kMR-1, p0 + p). Missing rows are zero.
template <class T, int64_t MR>
void pack_a(const StridedMat<const T> &a, int64_t i0, int64_t mc, int64_t p0, int64_t kc, T *out) {
  for (int64_t ir = 0; ir < mc; ir += MR) {
    int64_t rows = min64(MR, mc - ir);
    if (a.cs == 1 && rows == MR) { // rows of A contiguous (weights): MR streams along them
      const T *row[MR];
      for (int64_t r = 0; r < MR; r++) row[r] = &a.at(i0 + ir + r, p0);
      for (int64_t p = 0; p < kc; p++, out += MR)
        for (int64_t r = 0; r < MR; r++) out[r] = row[r][p];
      continue;
    }
    for (int64_t p = 0; p < kc; p++) {
      for (int64_t r = 0; r < rows; r++) out[r] = a.at(i0 + ir + r, p0 + p);
      for (int64_t r = rows; r < MR; r++) out[r] = T(0);
      out += MR;
    }
  }
}

// Packs rows [p0, p0+kc) x cols [j0, j0+nc) of B as kNR-column panels.
template <class T, int64_t NR>
void pack_b(const StridedMat<const T> &b, int64_t p0, int64_t kc, int64_t j0, int64_t nc, T *out) {
  for (int64_t jr = 0; jr < nc; jr += NR) {
    int64_t cols = min64(NR, nc - jr);
    for (int64_t p = 0; p < kc; p++) {
      const T *row = &b.at(p0 + p, j0 + jr);
      if (b.cs == 1)
        for (int64_t c = 0; c < cols; c++) out[c] = row[c];
      else
        for (int64_t c = 0; c < cols; c++) out[c] = row[c * b.cs];
      for (int64_t c = cols; c < NR; c++) out[c] = T(0);
      out += NR;
    }
  }
}

// acc = packed A panel @ packed B panel, over kc steps: portable C++ the
// compiler vectorises.
template <class T> struct PortableKernel {
  static constexpr int64_t kMR = Tile<T>::kMR, kNR = Tile<T>::kNR;
  static void run(int64_t kc, const T *pa, const T *pb, T *acc);
};
template <class T> void PortableKernel<T>::run(int64_t kc, const T *pa, const T *pb, T *acc) {
  constexpr int64_t MR = kMR, NR = kNR;
  T c[MR][NR] = {};
  for (int64_t p = 0; p < kc; p++) {
    for (int64_t r = 0; r < MR; r++) {
      T av = pa[r];
      for (int64_t j = 0; j < NR; j++) c[r][j] += av * pb[j];
    }
    pa += MR;
    pb += NR;
  }
  for (int64_t r = 0; r < MR; r++)
    for (int64_t j = 0; j < NR; j++) acc[r * NR + j] = c[r][j];
}

#if defined(__x86_64__) && defined(__GNUC__) && !defined(TENSOR_GEMM_PORTABLE_ONLY)
// Note [GEMM on AVX2]: x86-64's baseline is SSE2, so the portable kernel
// computes four floats per instruction. On a CPU with AVX2 and FMA (checked
// once at run time) float GEMMs use a 6 x 16 tile instead: twelve 8-float
// accumulators, each step one broadcast of A per row and two fused
// multiply-adds, as PyTorch's own x86 kernels do (fused rounding included).
#define TENSOR_GEMM_AVX2 1
struct Avx2FloatKernel {
  static constexpr int64_t kMR = 6, kNR = 16;
  __attribute__((target("avx2,fma"))) static void run(int64_t kc, const float *pa,
                                                      const float *pb, float *acc) {
    __m256 c[kMR][2];
    for (int r = 0; r < kMR; r++) c[r][0] = c[r][1] = _mm256_setzero_ps();
    for (int64_t p = 0; p < kc; p++) {
      __m256 b0 = _mm256_loadu_ps(pb), b1 = _mm256_loadu_ps(pb + 8);
      for (int r = 0; r < kMR; r++) {
        __m256 a = _mm256_broadcast_ss(pa + r);
        c[r][0] = _mm256_fmadd_ps(a, b0, c[r][0]);
        c[r][1] = _mm256_fmadd_ps(a, b1, c[r][1]);
      }
      pa += kMR;
      pb += kNR;
    }
    for (int r = 0; r < kMR; r++) {
      _mm256_storeu_ps(acc + r * kNR, c[r][0]);
      _mm256_storeu_ps(acc + r * kNR + 8, c[r][1]);
    }
  }
};

bool cpu_has_avx2_fma() {
  static const bool yes = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
  return yes;
}
#endif

// Writes a rows x cols corner of acc into C. The first K block applies beta;
// beta == 0 never reads C (PyTorch ignores NaN in addmm's self then).
template <class T, int64_t NR>
void store_tile(const StridedMat<T> &c, int64_t i0, int64_t j0, int64_t rows, int64_t cols,
                const T *acc, T alpha, T beta, bool first) {
  for (int64_t r = 0; r < rows; r++)
    for (int64_t j = 0; j < cols; j++) {
      T &dst = c.at(i0 + r, j0 + j);
      T v = alpha * acc[r * NR + j];
      if (!first)
        dst += v;
      else if (beta == T(0))
        dst = v;
      else
        dst = beta * dst + v;
    }
}

template <class T> void scale(const StridedMat<T> &c, int64_t m, int64_t n, T beta) {
  for (int64_t i = 0; i < m; i++)
    for (int64_t j = 0; j < n; j++) c.at(i, j) = beta == T(0) ? T(0) : beta * c.at(i, j);
}

template <class T, class Kernel>
bool gemm_blocked(int64_t m, int64_t n, int64_t k, T alpha, const StridedMat<const T> &a,
                  const StridedMat<const T> &b, T beta, const StridedMat<T> &c) {
  constexpr int64_t MR = Kernel::kMR, NR = Kernel::kNR;
  if (k == 0) {
    scale(c, m, n, beta);
    return true;
  }
  int64_t kc_max = min64(k, kKC);
  int64_t a_elems = kc_max * round_up(min64(m, kMC), MR);
  int64_t b_elems = kc_max * round_up(min64(n, kNC), NR);
  size_t nbytes = static_cast<size_t>(a_elems + b_elems) * sizeof(T);
  T *pa = static_cast<T *>(alloc_bytes(nbytes));
  if (!pa) return false;
  T *pb = pa + a_elems;
  T acc[MR * NR];
  for (int64_t j0 = 0; j0 < n; j0 += kNC) {
    int64_t nc = min64(kNC, n - j0);
    for (int64_t p0 = 0; p0 < k; p0 += kKC) {
      int64_t kc = min64(kKC, k - p0);
      pack_b<T, NR>(b, p0, kc, j0, nc, pb);
      for (int64_t i0 = 0; i0 < m; i0 += kMC) {
        int64_t mc = min64(kMC, m - i0);
        pack_a<T, MR>(a, i0, mc, p0, kc, pa);
        for (int64_t jr = 0; jr < nc; jr += NR)
          for (int64_t ir = 0; ir < mc; ir += MR) {
            Kernel::run(kc, pa + ir * kc, pb + jr * kc, acc);
            store_tile<T, NR>(c, i0 + ir, j0 + jr, min64(MR, mc - ir), min64(NR, nc - jr), acc, alpha,
                       beta, p0 == 0);
          }
      }
    }
  }
  free_bytes(pa, nbytes);
  return true;
}

// Integers accumulate in 64-bit unsigned arithmetic: the same result modulo
// 2^bits as PyTorch's wrapping sums, without signed-overflow UB.
template <class T> struct Accum { using type = uint64_t; };
template <> struct Accum<BFloat16> { using type = float; };

template <class T>
void gemm_simple(int64_t m, int64_t n, int64_t k, Scalar alpha_s, const StridedMat<const T> &a,
                 const StridedMat<const T> &b, Scalar beta_s, const StridedMat<T> &c) {
  using A = typename Accum<T>::type;
  A alpha, beta;
  if constexpr (std::is_floating_point<A>::value) {
    alpha = static_cast<A>(alpha_s.to_double());
    beta = static_cast<A>(beta_s.to_double());
  } else {
    alpha = static_cast<A>(alpha_s.to_long());
    beta = static_cast<A>(beta_s.to_long());
  }
  for (int64_t i = 0; i < m; i++)
    for (int64_t j = 0; j < n; j++) {
      A sum = 0;
      for (int64_t p = 0; p < k; p++)
        sum += static_cast<A>(compute_t<T>(a.at(i, p))) * static_cast<A>(compute_t<T>(b.at(p, j)));
      A v = alpha * sum;
      if (beta != A(0)) v += beta * static_cast<A>(compute_t<T>(c.at(i, j)));
      c.at(i, j) = static_cast<T>(static_cast<compute_t<T>>(v));
    }
}

} // namespace

bool gemm(ScalarType dtype, int64_t m, int64_t n, int64_t k, Scalar alpha, const void *a,
          int64_t a_rs, int64_t a_cs, const void *b, int64_t b_rs, int64_t b_cs, Scalar beta,
          void *c, int64_t c_rs, int64_t c_cs) {
  if (m == 0 || n == 0) return true;
  return dispatch_all(dtype, [&](auto tag) {
    using T = decltype(tag);
    StridedMat<const T> ma{static_cast<const T *>(a), a_rs, a_cs};
    StridedMat<const T> mb{static_cast<const T *>(b), b_rs, b_cs};
    StridedMat<T> mc{static_cast<T *>(c), c_rs, c_cs};
    if constexpr (std::is_same<T, float>::value || std::is_same<T, double>::value) {
#ifdef TENSOR_GEMM_AVX2
      if constexpr (std::is_same<T, float>::value) {
        if (cpu_has_avx2_fma())
          return gemm_blocked<float, Avx2FloatKernel>(m, n, k, static_cast<float>(alpha.to_double()),
                                                      ma, mb, static_cast<float>(beta.to_double()),
                                                      mc);
      }
#endif
      return gemm_blocked<T, PortableKernel<T>>(m, n, k, static_cast<T>(alpha.to_double()), ma,
                                                mb, static_cast<T>(beta.to_double()), mc);
    } else if constexpr (std::is_same<T, bool>::value || std::is_same<T, Half>::value) {
      return fail(ErrorKind::RuntimeError, "\"gemm\" not implemented for '%s'",
                  scalar_type_name(dtype));
    } else {
      gemm_simple<T>(m, n, k, alpha, ma, mb, beta, mc);
      return true;
    }
  });
}

} // namespace tensor
