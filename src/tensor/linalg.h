// Matrix products (linalg.cpp, gemm.cpp): PyTorch 1.13.1's mm, bmm, matmul,
// addmm, addmv, addbmm, baddbmm, dot, mv, outer and nn.functional.linear, with
// PyTorch's shape and dtype errors. Same conventions as tensor.h: a null Tensor
// or false means failure, tensor::error() says why; out= tensors must have the
// result's dtype and are resized to the result's shape.
//
// Supported dtypes are PyTorch's CPU ones: float32, float64, BFloat16 and the
// integer types (which wrap on overflow); Bool and Half raise PyTorch's
// "not implemented for" errors. outer is a broadcast mul and takes any dtype.
#pragma once

#include "tensor/tensor.h"

namespace tensor {

// C = beta * C + alpha * A @ B for m x n C, m x k A, k x n B of `dtype`, each
// given by its first element and element strides (rows, columns); C must not
// overlap A or B. beta == 0 leaves C unread. False + error only when out of
// memory or for an unsupported dtype.
bool gemm(ScalarType dtype, int64_t m, int64_t n, int64_t k, Scalar alpha, const void *a,
          int64_t a_rs, int64_t a_cs, const void *b, int64_t b_rs, int64_t b_cs, Scalar beta,
          void *c, int64_t c_rs, int64_t c_cs);

Tensor mm(const Tensor &self, const Tensor &mat2);
bool mm_out(const Tensor &self, const Tensor &mat2, Tensor &out);
Tensor bmm(const Tensor &self, const Tensor &mat2);
bool bmm_out(const Tensor &self, const Tensor &mat2, Tensor &out);
Tensor dot(const Tensor &self, const Tensor &other);
bool dot_out(const Tensor &self, const Tensor &other, Tensor &out);
Tensor mv(const Tensor &self, const Tensor &vec);
bool mv_out(const Tensor &self, const Tensor &vec, Tensor &out);
Tensor outer(const Tensor &self, const Tensor &vec2);
bool outer_out(const Tensor &self, const Tensor &vec2, Tensor &out);

// torch.matmul: every rank combination (dot, mv, mm, batched with broadcast
// batch dims), as at::native::matmul decides between them.
Tensor matmul(const Tensor &self, const Tensor &other);
bool matmul_out(const Tensor &self, const Tensor &other, Tensor &out);

// beta * self + alpha * (product); self broadcasts to the product's shape.
Tensor addmm(const Tensor &self, const Tensor &mat1, const Tensor &mat2, Scalar beta = 1,
             Scalar alpha = 1);
bool addmm_out(const Tensor &self, const Tensor &mat1, const Tensor &mat2, Scalar beta,
               Scalar alpha, Tensor &out);
bool addmm_(const Tensor &self, const Tensor &mat1, const Tensor &mat2, Scalar beta = 1,
            Scalar alpha = 1);
Tensor addmv(const Tensor &self, const Tensor &mat, const Tensor &vec, Scalar beta = 1,
             Scalar alpha = 1);
bool addmv_out(const Tensor &self, const Tensor &mat, const Tensor &vec, Scalar beta, Scalar alpha,
               Tensor &out);
bool addmv_(const Tensor &self, const Tensor &mat, const Tensor &vec, Scalar beta = 1,
            Scalar alpha = 1);
// Sum over the batch of batch1[i] @ batch2[i].
Tensor addbmm(const Tensor &self, const Tensor &batch1, const Tensor &batch2, Scalar beta = 1,
              Scalar alpha = 1);
bool addbmm_out(const Tensor &self, const Tensor &batch1, const Tensor &batch2, Scalar beta,
                Scalar alpha, Tensor &out);
bool addbmm_(const Tensor &self, const Tensor &batch1, const Tensor &batch2, Scalar beta = 1,
             Scalar alpha = 1);
Tensor baddbmm(const Tensor &self, const Tensor &batch1, const Tensor &batch2, Scalar beta = 1,
               Scalar alpha = 1);
bool baddbmm_out(const Tensor &self, const Tensor &batch1, const Tensor &batch2, Scalar beta,
                 Scalar alpha, Tensor &out);
bool baddbmm_(const Tensor &self, const Tensor &batch1, const Tensor &batch2, Scalar beta = 1,
              Scalar alpha = 1);

// input @ weight.T + bias over any leading dims of input; bias may be undefined.
Tensor linear(const Tensor &input, const Tensor &weight, const Tensor &bias);

} // namespace tensor
