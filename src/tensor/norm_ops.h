// norm_ops.h - Normalisation, embedding, loss and distance kernels: PyTorch
// 1.13.1's batch/instance/layer/group norm, embedding, the losses of
// torch.nn.functional and the distance functions, with their argument checks
// and error messages. Same conventions as tensor.h: a null Tensor or false means
// failure and tensor::error() says why; optional tensors are passed undefined;
// out= tensors may be undefined (allocated) or are resized.
//
// Numerics follow PyTorch's CPU kernels closely enough to agree within float
// rounding: batch norm's statistics accumulate in double, as PyTorch's
// acc_type does; layer and group norm compute their moments in double and
// round them to the input's dtype before normalising, as PyTorch's rowwise
// Welford (done in the input's dtype) would give within a few ulps.
#pragma once

#include "tensor/tensor.h"

namespace tensor {

// at::Reduction: the `int reduction` argument of every loss.     ORDER REDUCTION
enum Reduction : int64_t { kReductionNone = 0, kReductionMean = 1, kReductionSum = 2 };

// ---------------------------------------------------------------------------
// Normalisation (norm_ops.cpp): float32/float64 inputs; weight, bias and the
// running stats share the input's dtype.

// torch.batch_norm: channels are dim 1. training: normalises with the batch's
// statistics and, when given, updates running_mean/running_var in place
// (running = momentum * batch + (1 - momentum) * running, unbiased variance);
// otherwise uses the running statistics, which must then be given.
Tensor batch_norm(const Tensor &input, const Tensor &weight, const Tensor &bias,
                  const Tensor &running_mean, const Tensor &running_var, bool training,
                  double momentum, double eps);
// torch.instance_norm: batch norm of each (sample, channel) plane; the running
// statistics (when given) receive the mean over the batch of the updates.
Tensor instance_norm(const Tensor &input, const Tensor &weight, const Tensor &bias,
                     const Tensor &running_mean, const Tensor &running_var, bool use_input_stats,
                     double momentum, double eps);
// torch.layer_norm over the trailing dims named by normalized_shape.
Tensor layer_norm(const Tensor &input, IntArrayRef normalized_shape, const Tensor &weight,
                  const Tensor &bias, double eps);
// torch.group_norm: channels (dim 1) split into num_groups groups.
Tensor group_norm(const Tensor &input, int64_t num_groups, const Tensor &weight, const Tensor &bias,
                  double eps);

// ---------------------------------------------------------------------------
// Embedding (norm_ops.cpp). indices are int64 or int32.

// Rows of the 2-D weight picked by indices: shape indices.shape + [dim].
Tensor embedding(const Tensor &weight, const Tensor &indices);
// Rescales each row named by indices whose norm_type-norm exceeds max_norm to
// norm max_norm (F.embedding's max_norm).
bool embedding_renorm_(const Tensor &self, const Tensor &indices, double max_norm,
                       double norm_type);

// ---------------------------------------------------------------------------
// Losses (loss_ops.cpp). Element-wise losses broadcast their operands.

Tensor mse_loss(const Tensor &self, const Tensor &target, int64_t reduction);
bool mse_loss_out(const Tensor &self, const Tensor &target, int64_t reduction, Tensor &out);
Tensor l1_loss(const Tensor &self, const Tensor &target, int64_t reduction);
Tensor smooth_l1_loss(const Tensor &self, const Tensor &target, int64_t reduction, double beta);
bool smooth_l1_loss_out(const Tensor &self, const Tensor &target, int64_t reduction, double beta,
                        Tensor &out);
Tensor huber_loss(const Tensor &self, const Tensor &target, int64_t reduction, double delta);
bool huber_loss_out(const Tensor &self, const Tensor &target, int64_t reduction, double delta,
                    Tensor &out);
Tensor soft_margin_loss(const Tensor &self, const Tensor &target, int64_t reduction);
bool soft_margin_loss_out(const Tensor &self, const Tensor &target, int64_t reduction, Tensor &out);
// binary_cross_entropy clamps its logs at -100, as PyTorch.
Tensor binary_cross_entropy(const Tensor &self, const Tensor &target, const Tensor &weight,
                            int64_t reduction);
bool binary_cross_entropy_out(const Tensor &self, const Tensor &target, const Tensor &weight,
                              int64_t reduction, Tensor &out);
Tensor binary_cross_entropy_with_logits(const Tensor &self, const Tensor &target,
                                        const Tensor &weight, const Tensor &pos_weight,
                                        int64_t reduction);
Tensor kl_div(const Tensor &self, const Tensor &target, int64_t reduction, bool log_target);
Tensor margin_ranking_loss(const Tensor &input1, const Tensor &input2, const Tensor &target,
                           double margin, int64_t reduction);
Tensor hinge_embedding_loss(const Tensor &self, const Tensor &target, double margin,
                            int64_t reduction);
Tensor cosine_embedding_loss(const Tensor &input1, const Tensor &input2, const Tensor &target,
                             double margin, int64_t reduction);
Tensor triplet_margin_loss(const Tensor &anchor, const Tensor &positive, const Tensor &negative,
                           double margin, double p, double eps, bool swap, int64_t reduction);
Tensor poisson_nll_loss(const Tensor &input, const Tensor &target, bool log_input, bool full,
                        double eps, int64_t reduction);
Tensor multi_margin_loss(const Tensor &self, const Tensor &target, Scalar p, Scalar margin,
                         const Tensor &weight, int64_t reduction);
bool multi_margin_loss_out(const Tensor &self, const Tensor &target, Scalar p, Scalar margin,
                           const Tensor &weight, int64_t reduction, Tensor &out);
Tensor multilabel_margin_loss(const Tensor &self, const Tensor &target, int64_t reduction);
bool multilabel_margin_loss_out(const Tensor &self, const Tensor &target, int64_t reduction,
                                Tensor &out);

// Negative log likelihood of class indices (target: int64, or uint8). nll_loss
// takes (C) or (N, C) inputs, nll_loss2d (N, C, H, W), nll_loss_nd any rank;
// targets equal to ignore_index contribute nothing; 'mean' divides by the sum
// of the weights of the counted targets.
Tensor nll_loss(const Tensor &self, const Tensor &target, const Tensor &weight, int64_t reduction,
                int64_t ignore_index);
bool nll_loss_out(const Tensor &self, const Tensor &target, const Tensor &weight, int64_t reduction,
                  int64_t ignore_index, Tensor &out);
Tensor nll_loss2d(const Tensor &self, const Tensor &target, const Tensor &weight, int64_t reduction,
                  int64_t ignore_index);
bool nll_loss2d_out(const Tensor &self, const Tensor &target, const Tensor &weight,
                    int64_t reduction, int64_t ignore_index, Tensor &out);
Tensor nll_loss_nd(const Tensor &self, const Tensor &target, const Tensor &weight,
                   int64_t reduction, int64_t ignore_index);
// log_softmax over the class dim, then nll_loss_nd; a target of the input's
// shape holds class probabilities instead of indices.
Tensor cross_entropy_loss(const Tensor &self, const Tensor &target, const Tensor &weight,
                          int64_t reduction, int64_t ignore_index, double label_smoothing);

// ---------------------------------------------------------------------------
// Distances and one-hot (distance_ops.cpp).

// int64 class indices -> int64 one-hot vectors in a new last dim (num_classes
// -1: max + 1).
Tensor one_hot(const Tensor &self, int64_t num_classes);
Tensor cosine_similarity(const Tensor &x1, const Tensor &x2, int64_t dim, double eps);
// p-norm of x1 - x2 + eps over the last dim.
Tensor pairwise_distance(const Tensor &x1, const Tensor &x2, double p, double eps, bool keepdim);
// p-norm distances between the rows of x1 (.., P, M) and x2 (.., R, M), batch
// dims broadcast. compute_mode: 0 (None) uses the matrix-product form for p = 2
// when P or R exceed 25, 1 always, 2 never; has_mode false for None.
Tensor cdist(const Tensor &x1, const Tensor &x2, double p, bool has_mode, int64_t compute_mode);
// p-norm distances between the rows of a 2-D tensor, pairs i < j in order.
Tensor pdist(const Tensor &self, double p);

} // namespace tensor
