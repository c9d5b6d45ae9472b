// random_ops.h - Random sampling (torch.rand/randn/randint/randperm, normal_/uniform_/bernoulli_,
// dropout) and the creation ops linspace/logspace/eye, on top of random.h.
//
// Every sampler takes the Generator to draw from (the binding passes the `generator=`
// argument or tensor::default_generator()) and visits the elements in the order PyTorch's
// TensorIterator does (memory order), so that a seed gives PyTorch's values for any layout.
// Functional forms return a null Tensor on error, the others false (tensor.h's conventions);
// errors carry PyTorch's messages. Checks run before anything is drawn, as in PyTorch.
#pragma once

#include "tensor/random.h"
#include "tensor/tensor.h"

namespace tensor {

// ---- in-place samplers (Tensor.uniform_, ...) ----

bool uniform_(const Tensor &self, double from, double to, Generator &g);
bool normal_(const Tensor &self, double mean, double std, Generator &g);
bool exponential_(const Tensor &self, double lambd, Generator &g);
bool bernoulli_(const Tensor &self, double p, Generator &g);
// p broadcasts to self's shape; its dtype picks a 32-bit (float) or 64-bit (double) draw.
bool bernoulli_(const Tensor &self, const Tensor &p, Generator &g);
// random_(): the dtype's whole default range; random_(from, to): [from, to); `to` null
// means up to the dtype's largest value (from = INT64_MIN then spans all 64 bits).
bool random_(const Tensor &self, Generator &g);
bool random_(const Tensor &self, int64_t from, const int64_t *to, Generator &g);

// ---- factories (dtype Undefined: the default dtype, or Long for randint/randperm) ----

Tensor rand(IntArrayRef size, Generator &g, ScalarType dtype = ScalarType::Undefined);
bool rand_out(IntArrayRef size, Generator &g, Tensor &out);
Tensor randn(IntArrayRef size, Generator &g, ScalarType dtype = ScalarType::Undefined);
bool randn_out(IntArrayRef size, Generator &g, Tensor &out);
Tensor randint(int64_t low, int64_t high, IntArrayRef size, Generator &g,
               ScalarType dtype = ScalarType::Long);
bool randint_out(int64_t low, int64_t high, IntArrayRef size, Generator &g, Tensor &out);
Tensor randperm(int64_t n, Generator &g, ScalarType dtype = ScalarType::Long);
bool randperm_out(int64_t n, Generator &g, Tensor &out);
// *_like: self's sizes, and its strides when they are dense (memory_format=preserve).
Tensor rand_like(const Tensor &self, ScalarType dtype = ScalarType::Undefined);
Tensor randn_like(const Tensor &self, ScalarType dtype = ScalarType::Undefined);
Tensor randint_like(const Tensor &self, int64_t low, int64_t high,
                    ScalarType dtype = ScalarType::Undefined);

// ---- functional samplers ----

// torch.bernoulli(p): 0/1 of p's dtype drawn with probabilities p; bernoulli(self, p) with
// a scalar p keeps self's sizes and dtype.
Tensor bernoulli(const Tensor &p, Generator &g);
bool bernoulli_out(const Tensor &p, Generator &g, Tensor &out);
Tensor bernoulli(const Tensor &self, double p, Generator &g);
// torch.normal: N(0, std) or N(0, 1) draws, then scaled by std and shifted by mean
// (broadcast), as PyTorch composes them.
Tensor normal(const Tensor &mean, double std, Generator &g);
bool normal_out(const Tensor &mean, double std, Generator &g, Tensor &out);
Tensor normal(double mean, const Tensor &std, Generator &g);
bool normal_out(double mean, const Tensor &std, Generator &g, Tensor &out);
Tensor normal(const Tensor &mean, const Tensor &std, Generator &g);
bool normal_out(const Tensor &mean, const Tensor &std, Generator &g, Tensor &out);
Tensor normal(double mean, double std, IntArrayRef size, Generator &g,
              ScalarType dtype = ScalarType::Undefined);
bool normal_out(double mean, double std, IntArrayRef size, Generator &g, Tensor &out);
// torch.multinomial over the last dim of a 1-D or 2-D tensor of weights (Long indices).
Tensor multinomial(const Tensor &self, int64_t num_samples, bool replacement, Generator &g);
bool multinomial_out(const Tensor &self, int64_t num_samples, bool replacement, Generator &g,
                     Tensor &out);

// ---- dropout (the default generator, as PyTorch's) ----
// train=false, p=0 or an empty input return the input itself; p=1 multiplies by 0.
// feature_*: one draw per (N, C) channel; alpha_*: SELU's alpha dropout.
Tensor dropout(const Tensor &input, double p, bool train);
bool dropout_(const Tensor &self, double p, bool train);
Tensor feature_dropout(const Tensor &input, double p, bool train);
bool feature_dropout_(const Tensor &self, double p, bool train);
Tensor alpha_dropout(const Tensor &input, double p, bool train);
bool alpha_dropout_(const Tensor &self, double p, bool train);
Tensor feature_alpha_dropout(const Tensor &input, double p, bool train);
bool feature_alpha_dropout_(const Tensor &self, double p, bool train);

// ---- creation ----

// steps values from start to end; the first half counts up from start, the rest down
// from end, with PyTorch's vectorised rounding (Note [linspace rounding]).
Tensor linspace(Scalar start, Scalar end, int64_t steps, ScalarType dtype = ScalarType::Undefined);
bool linspace_out(Scalar start, Scalar end, int64_t steps, Tensor &out);
Tensor logspace(Scalar start, Scalar end, int64_t steps, double base = 10.0,
                ScalarType dtype = ScalarType::Undefined);
bool logspace_out(Scalar start, Scalar end, int64_t steps, double base, Tensor &out);
// n x m with ones on the diagonal (torch.eye(n) is eye(n, n)).
Tensor eye(int64_t n, int64_t m, ScalarType dtype = ScalarType::Undefined);
bool eye_out(int64_t n, int64_t m, Tensor &out);

// ---- erfinv (integral and bool inputs compute in the default dtype) ----

Tensor erfinv(const Tensor &self);
bool erfinv_out(const Tensor &self, Tensor &out);
bool erfinv_(const Tensor &self);

} // namespace tensor
