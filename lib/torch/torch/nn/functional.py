# torch.nn.functional: argument checks and shape logic in Python, the work in
# the kernels (torch.* and torch._C._nn.*, as in PyTorch). A kernel left out
# of a selective build raises NotImplementedError when called.
import math
import warnings
import torch
from . import _reduction as _Reduction
from .modules.utils import _pair, _list_with_default

def _op(ns, name):
    f = getattr(ns, name, None)
    if f is not None:
        return f

    def missing(*args, **kwargs):
        raise NotImplementedError("operator '{}' is not in this build of upytorch".format(name))
    missing.__name__ = name
    return missing


class _Kernels:
    # torch._C._nn with _op's behaviour for missing kernels; looked up once.
    def __getattr__(self, name):
        f = _op(torch._C._nn, name)
        setattr(self, name, f)
        return f


_nn = _Kernels()


def _boolean_dispatch(arg_index, if_true, if_false, name):
    # max_pool2d(..., return_indices=True) returns (values, indices).
    def fn(*args, **kwargs):
        flag = kwargs.get('return_indices', args[arg_index] if len(args) > arg_index else False)
        return (if_true if flag else if_false)(*args, **kwargs)
    fn.__name__ = name
    return fn


# -- convolution ---------------------------------------------------------------

conv1d = _op(torch, 'conv1d')
conv2d = _op(torch, 'conv2d')
conv3d = _op(torch, 'conv3d')
conv_transpose1d = _op(torch, 'conv_transpose1d')
conv_transpose2d = _op(torch, 'conv_transpose2d')
conv_transpose3d = _op(torch, 'conv_transpose3d')

# -- pooling -------------------------------------------------------------------

avg_pool1d = _op(torch, 'avg_pool1d')
avg_pool2d = _op(torch._C._nn, 'avg_pool2d')
avg_pool3d = _op(torch._C._nn, 'avg_pool3d')


def max_pool1d_with_indices(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False,
                            return_indices=False):
    return torch.max_pool1d_with_indices(input, kernel_size, [] if stride is None else stride, padding,
                                         dilation, ceil_mode)


def _max_pool1d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False, return_indices=False):
    return torch.max_pool1d(input, kernel_size, [] if stride is None else stride, padding, dilation, ceil_mode)


def max_pool2d_with_indices(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False,
                            return_indices=False):
    return _nn.max_pool2d_with_indices(input, kernel_size, [] if stride is None else stride, padding,
                                       dilation, ceil_mode)


def _max_pool2d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False, return_indices=False):
    return torch.max_pool2d(input, kernel_size, [] if stride is None else stride, padding, dilation, ceil_mode)


def max_pool3d_with_indices(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False,
                            return_indices=False):
    return _nn.max_pool3d_with_indices(input, kernel_size, [] if stride is None else stride, padding,
                                       dilation, ceil_mode)


def _max_pool3d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False, return_indices=False):
    return torch.max_pool3d(input, kernel_size, [] if stride is None else stride, padding, dilation, ceil_mode)


max_pool1d = _boolean_dispatch(6, max_pool1d_with_indices, _max_pool1d, 'max_pool1d')
max_pool2d = _boolean_dispatch(6, max_pool2d_with_indices, _max_pool2d, 'max_pool2d')
max_pool3d = _boolean_dispatch(6, max_pool3d_with_indices, _max_pool3d, 'max_pool3d')


def lp_pool1d(input, norm_type, kernel_size, stride=None, ceil_mode=False):
    if stride is not None:
        out = avg_pool1d(input.pow(norm_type), kernel_size, stride, 0, ceil_mode)
    else:
        out = avg_pool1d(input.pow(norm_type), kernel_size, padding=0, ceil_mode=ceil_mode)
    return (torch.sign(out) * relu(torch.abs(out))).mul(kernel_size).pow(1.0 / norm_type)


def lp_pool2d(input, norm_type, kernel_size, stride=None, ceil_mode=False):
    kw, kh = _pair(kernel_size)
    if stride is not None:
        out = avg_pool2d(input.pow(norm_type), kernel_size, stride, 0, ceil_mode)
    else:
        out = avg_pool2d(input.pow(norm_type), kernel_size, padding=0, ceil_mode=ceil_mode)
    return (torch.sign(out) * relu(torch.abs(out))).mul(kw * kh).pow(1.0 / norm_type)


def adaptive_max_pool1d_with_indices(input, output_size, return_indices=False):
    return torch.adaptive_max_pool1d(input, output_size)


def _adaptive_max_pool1d(input, output_size, return_indices=False):
    return adaptive_max_pool1d_with_indices(input, output_size)[0]


def adaptive_max_pool2d_with_indices(input, output_size, return_indices=False):
    return _nn.adaptive_max_pool2d(input, _list_with_default(output_size, input.size()))


def _adaptive_max_pool2d(input, output_size, return_indices=False):
    return adaptive_max_pool2d_with_indices(input, output_size)[0]


def adaptive_max_pool3d_with_indices(input, output_size, return_indices=False):
    return _nn.adaptive_max_pool3d(input, _list_with_default(output_size, input.size()))


def _adaptive_max_pool3d(input, output_size, return_indices=False):
    return adaptive_max_pool3d_with_indices(input, output_size)[0]


adaptive_max_pool1d = _boolean_dispatch(2, adaptive_max_pool1d_with_indices, _adaptive_max_pool1d,
                                        'adaptive_max_pool1d')
adaptive_max_pool2d = _boolean_dispatch(2, adaptive_max_pool2d_with_indices, _adaptive_max_pool2d,
                                        'adaptive_max_pool2d')
adaptive_max_pool3d = _boolean_dispatch(2, adaptive_max_pool3d_with_indices, _adaptive_max_pool3d,
                                        'adaptive_max_pool3d')
adaptive_avg_pool1d = _op(torch, 'adaptive_avg_pool1d')


def adaptive_avg_pool2d(input, output_size):
    return _nn.adaptive_avg_pool2d(input, _list_with_default(output_size, input.size()))


def adaptive_avg_pool3d(input, output_size):
    return _nn.adaptive_avg_pool3d(input, _list_with_default(output_size, input.size()))


# -- dropout -------------------------------------------------------------------

def _check_p(p):
    if p < 0.0 or p > 1.0:
        raise ValueError('dropout probability has to be between 0 and 1, but got {}'.format(p))


def _is_noop(input, p, training):
    # The kernels return their input itself in these cases (eval mode above all).
    return not training or p == 0 or input.numel() == 0


def dropout(input, p=0.5, training=True, inplace=False):
    _check_p(p)
    if _is_noop(input, p, training):
        return input
    return torch.dropout_(input, p, training) if inplace else torch.dropout(input, p, training)


def alpha_dropout(input, p=0.5, training=False, inplace=False):
    _check_p(p)
    if _is_noop(input, p, training):
        return input
    return torch.alpha_dropout_(input, p, training) if inplace else torch.alpha_dropout(input, p, training)


def feature_alpha_dropout(input, p=0.5, training=False, inplace=False):
    _check_p(p)
    if _is_noop(input, p, training):
        return input
    return torch.feature_alpha_dropout_(input, p, training) if inplace else \
        torch.feature_alpha_dropout(input, p, training)


def _feature_dropout(input, p, training, inplace, batched):
    if not batched:
        input = input.unsqueeze_(0) if inplace else input.unsqueeze(0)
    r = torch.feature_dropout_(input, p, training) if inplace else torch.feature_dropout(input, p, training)
    if not batched:
        r = r.squeeze_(0) if inplace else r.squeeze(0)
    return r


def dropout1d(input, p=0.5, training=True, inplace=False):
    _check_p(p)
    n = input.dim()
    if n not in (2, 3):
        raise RuntimeError(f'dropout1d: Expected 2D or 3D input, but received a {n}D input. Note that dropout1d '
                           'exists to provide channel-wise dropout on inputs with 1 spatial dimension, a channel '
                           'dimension, and an optional batch dimension (i.e. 2D or 3D inputs).')
    return _feature_dropout(input, p, training, inplace, n == 3)


def dropout2d(input, p=0.5, training=True, inplace=False):
    _check_p(p)
    n = input.dim()
    if n not in (3, 4):
        warnings.warn(f'dropout2d: Received a {n}-D input to dropout2d, which is deprecated and will result in an '
                      'error in a future release. To retain the behavior and silence this warning, please use '
                      'dropout instead. Note that dropout2d exists to provide channel-wise dropout on inputs with 2 '
                      'spatial dimensions, a channel dimension, and an optional batch dimension (i.e. 3D or 4D '
                      'inputs).')
    if n == 3:
        warnings.warn('dropout2d: Received a 3D input to dropout2d and assuming that channel-wise 1D dropout '
                      'behavior is desired - input is interpreted as shape (N, C, L), where C is the channel dim. '
                      'This behavior will change in a future release to interpret the input as one without a batch '
                      'dimension, i.e. shape (C, H, W). To maintain the 1D channel-wise dropout behavior, please '
                      'switch to using dropout1d instead.')
    return torch.feature_dropout_(input, p, training) if inplace else torch.feature_dropout(input, p, training)


def dropout3d(input, p=0.5, training=True, inplace=False):
    _check_p(p)
    n = input.dim()
    if n not in (4, 5):
        warnings.warn(f'dropout3d: Received a {n}-D input to dropout3d, which is deprecated and will result in an '
                      'error in a future release. To retain the behavior and silence this warning, please use '
                      'dropout instead. Note that dropout3d exists to provide channel-wise dropout on inputs with 3 '
                      'spatial dimensions, a channel dimension, and an optional batch dimension (i.e. 4D or 5D '
                      'inputs).')
    return _feature_dropout(input, p, training, inplace, n == 5)


# -- activations ---------------------------------------------------------------

def threshold(input, threshold, value, inplace=False):
    return torch.threshold_(input, threshold, value) if inplace else torch.threshold(input, threshold, value)


threshold_ = _op(torch, 'threshold_')


def relu(input, inplace=False):
    return torch.relu_(input) if inplace else torch.relu(input)


relu_ = _op(torch, 'relu_')


def glu(input, dim=-1):
    if input.dim() == 0:
        raise RuntimeError('glu does not support scalars because halving size must be even')
    return _nn.glu(input, dim)


def hardtanh(input, min_val=-1.0, max_val=1.0, inplace=False):
    return _nn.hardtanh_(input, min_val, max_val) if inplace else _nn.hardtanh(input, min_val, max_val)


hardtanh_ = _op(torch._C._nn, 'hardtanh_')


def relu6(input, inplace=False):
    return _nn.relu6_(input) if inplace else _nn.relu6(input)


def elu(input, alpha=1.0, inplace=False):
    return _nn.elu_(input, alpha) if inplace else _nn.elu(input, alpha)


elu_ = _op(torch._C._nn, 'elu_')


def selu(input, inplace=False):
    return torch.selu_(input) if inplace else torch.selu(input)


selu_ = _op(torch, 'selu_')


def celu(input, alpha=1.0, inplace=False):
    return torch.celu_(input, alpha) if inplace else torch.celu(input, alpha)


celu_ = _op(torch, 'celu_')


def leaky_relu(input, negative_slope=0.01, inplace=False):
    return _nn.leaky_relu_(input, negative_slope) if inplace else _nn.leaky_relu(input, negative_slope)


leaky_relu_ = _op(torch._C._nn, 'leaky_relu_')
prelu = _op(torch, 'prelu')


def rrelu(input, lower=1.0 / 8, upper=1.0 / 3, training=False, inplace=False):
    return torch.rrelu_(input, lower, upper, training) if inplace else torch.rrelu(input, lower, upper, training)


rrelu_ = _op(torch, 'rrelu_')
logsigmoid = _op(torch._C._nn, 'log_sigmoid')
gelu = _op(torch._C._nn, 'gelu')
hardshrink = _op(torch, 'hardshrink')
softshrink = _op(torch._C._nn, 'softshrink')
softplus = _op(torch._C._nn, 'softplus')


def tanhshrink(input):
    return input - input.tanh()


def softsign(input):
    return input / (input.abs() + 1)


def _get_softmax_dim(name, ndim, stacklevel):
    warnings.warn('Implicit dimension choice for {} has been deprecated. Change the call to include dim=X as an '
                  'argument.'.format(name), stacklevel=stacklevel)
    return 0 if ndim in (0, 1, 3) else 1


def softmin(input, dim=None, _stacklevel=3, dtype=None):
    if dim is None:
        dim = _get_softmax_dim('softmin', input.dim(), _stacklevel)
    return (-input).softmax(dim) if dtype is None else (-input).softmax(dim, dtype=dtype)


def softmax(input, dim=None, _stacklevel=3, dtype=None):
    if dim is None:
        dim = _get_softmax_dim('softmax', input.dim(), _stacklevel)
    return input.softmax(dim) if dtype is None else input.softmax(dim, dtype=dtype)


def log_softmax(input, dim=None, _stacklevel=3, dtype=None):
    if dim is None:
        dim = _get_softmax_dim('log_softmax', input.dim(), _stacklevel)
    return input.log_softmax(dim) if dtype is None else input.log_softmax(dim, dtype=dtype)


def tanh(input):
    warnings.warn('nn.functional.tanh is deprecated. Use torch.tanh instead.')
    return input.tanh()


def sigmoid(input):
    warnings.warn('nn.functional.sigmoid is deprecated. Use torch.sigmoid instead.')
    return input.sigmoid()


def hardsigmoid(input, inplace=False):
    return _nn.hardsigmoid_(input) if inplace else _nn.hardsigmoid(input)


def silu(input, inplace=False):
    return _nn.silu_(input) if inplace else _nn.silu(input)


def mish(input, inplace=False):
    return _nn.mish_(input) if inplace else _nn.mish(input)


def hardswish(input, inplace=False):
    return _nn.hardswish_(input) if inplace else _nn.hardswish(input)


# -- linear --------------------------------------------------------------------

def _linear(input, weight, bias=None):
    # For builds without aten::linear (traces record the matmul/addmm it calls).
    out = input.matmul(weight.t())
    return out if bias is None else out + bias


linear = getattr(torch._C._nn, 'linear', None) or _linear
bilinear = _op(torch, 'bilinear')

# -- embedding -----------------------------------------------------------------

def embedding(input, weight, padding_idx=None, max_norm=None, norm_type=2.0, scale_grad_by_freq=False,
              sparse=False):
    if padding_idx is not None:
        if padding_idx > 0:
            assert padding_idx < weight.size(0), 'Padding_idx must be within num_embeddings'
        elif padding_idx < 0:
            assert padding_idx >= -weight.size(0), 'Padding_idx must be within num_embeddings'
            padding_idx = weight.size(0) + padding_idx
    else:
        padding_idx = -1
    if max_norm is not None:
        input = input.contiguous()
        with torch.no_grad():
            torch.embedding_renorm_(weight.detach(), input, max_norm, norm_type)
    return torch.embedding(weight, input, padding_idx, scale_grad_by_freq, sparse)


# -- normalisation -------------------------------------------------------------

def _verify_batch_size(size):
    n = size[0]
    for s in size[2:]:
        n *= s
    if n == 1:
        raise ValueError('Expected more than 1 value per channel when training, got input size {}'.format(size))


def _verify_spatial_size(size):
    n = 1
    for s in size[2:]:
        n *= s
    if n == 1:
        raise ValueError('Expected more than 1 spatial element when training, got input size {}'.format(size))


def batch_norm(input, running_mean, running_var, weight=None, bias=None, training=False, momentum=0.1,
               eps=1e-05):
    if training:
        _verify_batch_size(input.size())
    return torch.batch_norm(input, weight, bias, running_mean, running_var, training, momentum, eps, False)


def instance_norm(input, running_mean=None, running_var=None, weight=None, bias=None, use_input_stats=True,
                  momentum=0.1, eps=1e-05):
    if use_input_stats:
        _verify_spatial_size(input.size())
    return torch.instance_norm(input, weight, bias, running_mean, running_var, use_input_stats, momentum, eps,
                               False)


def layer_norm(input, normalized_shape, weight=None, bias=None, eps=1e-05):
    return torch.layer_norm(input, normalized_shape, weight, bias, eps, False)


def group_norm(input, num_groups, weight=None, bias=None, eps=1e-05):
    if input.dim() < 2:
        raise RuntimeError(f'Expected at least 2 dimensions for input tensor but received {input.dim()}')
    _verify_batch_size([input.size(0) * input.size(1) // num_groups, num_groups] + list(input.size()[2:]))
    return torch.group_norm(input, num_groups, weight, bias, eps, False)


def local_response_norm(input, size, alpha=0.0001, beta=0.75, k=1.0):
    dim = input.dim()
    if dim < 3:
        raise ValueError('Expected 3D or higher dimensionality                          input (got {} dimensions)'
                         .format(dim))
    if input.numel() == 0:
        return input
    # Average of squares over a window of channels: one 2-d pooling over
    # (channels, all spatial positions) serves every input rank.
    sizes = input.size()
    div = input.mul(input).reshape(sizes[0], 1, sizes[1], -1)
    div = pad(div, (0, 0, size // 2, (size - 1) // 2))
    div = avg_pool2d(div, (size, 1), stride=1).view(sizes)
    return input / div.mul(alpha).add(k).pow(beta)


def normalize(input, p=2.0, dim=1, eps=1e-12, out=None):
    denom = input.norm(p, dim, keepdim=True).clamp(min=eps).expand_as(input)
    if out is None:
        return input / denom
    return torch.div(input, denom, out=out)


# -- losses --------------------------------------------------------------------

def _reduction_enum(size_average, reduce, reduction):
    if size_average is not None or reduce is not None:
        return _Reduction.legacy_get_enum(size_average, reduce)
    return _Reduction.get_enum(reduction)


def _reduction_str(size_average, reduce, reduction):
    if size_average is not None or reduce is not None:
        return _Reduction.legacy_get_string(size_average, reduce)
    return reduction


def _warn_size(input, target):
    if not target.size() == input.size():
        warnings.warn('Using a target size ({}) that is different to the input size ({}). This will likely lead to '
                      'incorrect results due to broadcasting. Please ensure they have the same size.'
                      .format(target.size(), input.size()), stacklevel=3)


def nll_loss(input, target, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean'):
    reduction = _reduction_str(size_average, reduce, reduction)
    return _nn.nll_loss_nd(input, target, weight, _Reduction.get_enum(reduction), ignore_index)


def cross_entropy(input, target, weight=None, size_average=None, ignore_index=-100, reduce=None,
                  reduction='mean', label_smoothing=0.0):
    reduction = _reduction_str(size_average, reduce, reduction)
    return _nn.cross_entropy_loss(input, target, weight, _Reduction.get_enum(reduction), ignore_index,
                                  label_smoothing)


def binary_cross_entropy(input, target, weight=None, size_average=None, reduce=None, reduction='mean'):
    enum = _reduction_enum(size_average, reduce, reduction)
    if target.size() != input.size():
        raise ValueError('Using a target size ({}) that is different to the input size ({}) is deprecated. '
                         'Please ensure they have the same size.'.format(target.size(), input.size()))
    if weight is not None:
        weight = weight.expand(_broadcast_shape(target.size(), weight.size()))
    return _nn.binary_cross_entropy(input, target, weight, enum)


def binary_cross_entropy_with_logits(input, target, weight=None, size_average=None, reduce=None,
                                     reduction='mean', pos_weight=None):
    enum = _reduction_enum(size_average, reduce, reduction)
    if not target.size() == input.size():
        raise ValueError('Target size ({}) must be the same as input size ({})'.format(target.size(), input.size()))
    return torch.binary_cross_entropy_with_logits(input, target, weight, pos_weight, enum)


def kl_div(input, target, size_average=None, reduce=None, reduction='mean', log_target=False):
    if size_average is not None or reduce is not None:
        enum = _Reduction.legacy_get_enum(size_average, reduce)
    else:
        if reduction == 'mean':
            warnings.warn("reduction: 'mean' divides the total loss by both the batch size and the support size."
                          "'batchmean' divides only by the batch size, and aligns with the KL div math definition."
                          "'mean' will be changed to behave the same as 'batchmean' in the next major release.")
        enum = _Reduction.get_enum('sum' if reduction == 'batchmean' else reduction)
    reduced = torch.kl_div(input, target, enum, log_target=log_target)
    if reduction == 'batchmean' and input.dim() != 0:
        reduced = reduced / input.size()[0]
    return reduced


def _broadcast_shape(s1, s2):
    n = max(len(s1), len(s2))
    a = [1] * (n - len(s1)) + list(s1)
    b = [1] * (n - len(s2)) + list(s2)
    for i in range(n):
        if a[i] != b[i] and a[i] != 1 and b[i] != 1:
            raise RuntimeError('The size of tensor a ({}) must match the size of tensor b ({}) at non-singleton '
                               'dimension {}'.format(a[i], b[i], i))
    return [y if x == 1 else x for x, y in zip(a, b)]


def _pointwise_loss(kernel, input, target, size_average, reduce, reduction, *extra):
    _warn_size(input, target)
    reduction = _reduction_str(size_average, reduce, reduction)
    if input.shape != target.shape:
        shape = _broadcast_shape(input.shape, target.shape)
        input, target = input.expand(shape), target.expand(shape)
    return kernel(input, target, _Reduction.get_enum(reduction), *extra)


def mse_loss(input, target, size_average=None, reduce=None, reduction='mean'):
    return _pointwise_loss(_nn.mse_loss, input, target, size_average, reduce, reduction)


def l1_loss(input, target, size_average=None, reduce=None, reduction='mean'):
    return _pointwise_loss(_nn.l1_loss, input, target, size_average, reduce, reduction)


def smooth_l1_loss(input, target, size_average=None, reduce=None, reduction='mean', beta=1.0):
    return _pointwise_loss(_nn.smooth_l1_loss, input, target, size_average, reduce, reduction, beta)


def huber_loss(input, target, reduction='mean', delta=1.0):
    return _pointwise_loss(_nn.huber_loss, input, target, None, None, reduction, delta)


def _reduce(loss, reduction):
    if reduction == 'none':
        return loss
    if reduction == 'mean':
        return loss.mean()
    if reduction == 'sum':
        return loss.sum()
    raise ValueError(reduction + ' is not valid')


def poisson_nll_loss(input, target, log_input=True, full=False, size_average=None, eps=1e-08, reduce=None,
                     reduction='mean'):
    reduction = _reduction_str(size_average, reduce, reduction)
    if reduction not in ('none', 'mean', 'sum'):
        raise ValueError(reduction + ' is not valid')
    return torch.poisson_nll_loss(input, target, log_input, full, eps, _Reduction.get_enum(reduction))


def gaussian_nll_loss(input, target, var, full=False, eps=1e-06, reduction='mean'):
    if var.size() != input.size():
        if input.size()[:-1] == var.size():
            var = torch.unsqueeze(var, -1)
        elif not (input.size()[:-1] == var.size()[:-1] and var.size(-1) == 1):
            raise ValueError('var is of incorrect size')
    if reduction not in ('none', 'mean', 'sum'):
        raise ValueError(reduction + ' is not valid')
    if torch.any(var < 0):
        raise ValueError('var has negative entry/entries')
    var = var.clamp(min=eps)
    loss = 0.5 * (torch.log(var) + (input - target) ** 2 / var)
    if full:
        loss = loss + 0.5 * math.log(2 * math.pi)
    return _reduce(loss, reduction)


def margin_ranking_loss(input1, input2, target, margin=0, size_average=None, reduce=None, reduction='mean'):
    enum = _reduction_enum(size_average, reduce, reduction)
    if input1.dim() != input2.dim() or input1.dim() != target.dim():
        raise RuntimeError('margin_ranking_loss : All input tensors should have same dimension but got sizes: '
                           'input1: {}, input2: {}, target: {} '.format(input1.size(), input2.size(), target.size()))
    return torch.margin_ranking_loss(input1, input2, target, margin, enum)


def hinge_embedding_loss(input, target, margin=1.0, size_average=None, reduce=None, reduction='mean'):
    return torch.hinge_embedding_loss(input, target, margin, _reduction_enum(size_average, reduce, reduction))


def multilabel_margin_loss(input, target, size_average=None, reduce=None, reduction='mean'):
    return _nn.multilabel_margin_loss(input, target, _reduction_enum(size_average, reduce, reduction))


def soft_margin_loss(input, target, size_average=None, reduce=None, reduction='mean'):
    return _nn.soft_margin_loss(input, target, _reduction_enum(size_average, reduce, reduction))


def multilabel_soft_margin_loss(input, target, weight=None, size_average=None, reduce=None, reduction='mean'):
    reduction = _reduction_str(size_average, reduce, reduction)
    loss = -(target * logsigmoid(input) + (1 - target) * logsigmoid(-input))
    if weight is not None:
        loss = loss * weight
    class_dim = input.dim() - 1
    loss = loss.sum(dim=class_dim) / input.size(class_dim)
    return _reduce(loss, reduction)


def cosine_embedding_loss(input1, input2, target, margin=0, size_average=None, reduce=None, reduction='mean'):
    return torch.cosine_embedding_loss(input1, input2, target, margin, _reduction_enum(size_average, reduce, reduction))


def multi_margin_loss(input, target, p=1, margin=1.0, weight=None, size_average=None, reduce=None,
                      reduction='mean'):
    enum = _reduction_enum(size_average, reduce, reduction)
    if p != 1 and p != 2:
        raise ValueError('only p == 1 and p == 2 supported')
    if weight is not None and weight.dim() != 1:
        raise ValueError('weight must be one-dimensional')
    return _nn.multi_margin_loss(input, target, p, margin, weight, enum)


def triplet_margin_loss(anchor, positive, negative, margin=1.0, p=2, eps=1e-06, swap=False, size_average=None,
                        reduce=None, reduction='mean'):
    return torch.triplet_margin_loss(anchor, positive, negative, margin, p, eps, swap,
                                     _reduction_enum(size_average, reduce, reduction))


def triplet_margin_with_distance_loss(anchor, positive, negative, *, distance_function=None, margin=1.0,
                                      swap=False, reduction='mean'):
    dist = distance_function if distance_function is not None else pairwise_distance
    d_pos = dist(anchor, positive)
    d_neg = dist(anchor, negative)
    if swap:
        d_neg = torch.min(d_neg, dist(positive, negative))
    out = torch.clamp(d_pos - d_neg + margin, min=0.0)
    enum = _Reduction.get_enum(reduction)
    return out.mean() if enum == 1 else out.sum() if enum == 2 else out


# -- distances, one-hot, shuffles ----------------------------------------------

pairwise_distance = _op(torch, 'pairwise_distance')
cosine_similarity = _op(torch, 'cosine_similarity')
pdist = _op(torch, 'pdist')
one_hot = _op(torch._C._nn, 'one_hot')
pixel_shuffle = _op(torch, 'pixel_shuffle')
pixel_unshuffle = _op(torch, 'pixel_unshuffle')
channel_shuffle = _op(torch, 'channel_shuffle')

# -- padding -------------------------------------------------------------------

_PAD_KERNELS = {('reflect', 2): 'reflection_pad1d', ('reflect', 4): 'reflection_pad2d',
                ('reflect', 6): 'reflection_pad3d', ('replicate', 2): 'replication_pad1d',
                ('replicate', 4): 'replication_pad2d', ('replicate', 6): 'replication_pad3d'}


def _pad_circular(input, pad):
    # Negative pads crop first; the wrap then reads the cropped input.
    n = input.dim()
    if len(pad) + 4 != n * 2:
        raise RuntimeError('Invalid padding size, expected {} but got {}'.format(n * 2 - 4, len(pad)))
    pairs = [(d, pad[2 * (n - 1 - d)], pad[2 * (n - 1 - d) + 1]) for d in range(2, n)]
    for d, left, right in pairs:
        if left > input.size(d) or right > input.size(d):
            raise RuntimeError('Padding value causes wrapping around more than once.')
        if input.size(d) + left + right < 0:
            raise RuntimeError('Negative padding value is resulting in an empty dimension')
    out = input
    for d, left, right in pairs:
        out = out.narrow(d, max(-left, 0), out.size(d) - max(-left, 0) - max(-right, 0))
    if out.numel() == 0:  # nothing to wrap: PyTorch leaves such pads uninitialised
        shape = list(out.shape)
        for d, left, right in pairs:
            shape[d] += max(left, 0) + max(right, 0)
        return torch.zeros(shape, dtype=input.dtype)
    for d, left, right in pairs:
        out = _wrap(out, d, max(left, 0), max(right, 0))
    return out


def _wrap(x, dim, left, right):
    # x extended periodically by left / right items along dim.
    size = x.size(dim)
    parts = [x] * (left // size + 1 + right // size)
    if left % size:
        parts.insert(0, x.narrow(dim, size - left % size, left % size))
    if right % size:
        parts.append(x.narrow(dim, 0, right % size))
    return torch.cat(parts, dim) if len(parts) > 1 else x


def _pad(input, pad, mode='constant', value=None):
    # aten::pad's dispatch, for builds without it (traces record the kernels it calls).
    if mode not in ('constant', 'reflect', 'replicate', 'circular'):
        raise NotImplementedError('Unrecognised padding mode ' + str(mode))
    pad = list(pad)
    n = input.dim()
    if len(pad) % 2 != 0:
        raise RuntimeError('Padding length must be divisible by 2')
    if len(pad) > n * 2:
        raise RuntimeError('Padding length too large')
    if mode == 'constant':
        return torch.constant_pad_nd(input, pad, 0.0 if value is None else value)
    if value is not None and value != 0:
        raise RuntimeError('Padding mode "{}" doesn\'t take in value argument'.format(mode))
    k = len(pad)
    if k in (2, 4, 6) and n in (k // 2 + 1, k // 2 + 2):
        if mode == 'circular':
            return _pad_circular(input, pad)
        return getattr(_nn, _PAD_KERNELS[(mode, k)])(input, pad)
    raise NotImplementedError('Only 2D, 3D, 4D, 5D padding with non-constant padding are supported for now')


pad = getattr(torch._C._nn, 'pad', None) or _pad

# -- resampling ----------------------------------------------------------------

def interpolate(input, size=None, scale_factor=None, mode='nearest', align_corners=None,
                recompute_scale_factor=None, antialias=False):
    if mode in ('nearest', 'area', 'nearest-exact'):
        if align_corners is not None:
            raise ValueError('align_corners option can only be set with the interpolating modes: '
                             'linear | bilinear | bicubic | trilinear')
    elif align_corners is None:
        align_corners = False
    dim = input.dim() - 2
    if size is not None and scale_factor is not None:
        raise ValueError('only one of size or scale_factor should be defined')
    if size is not None:
        scale_factors = None
        if isinstance(size, (list, tuple)):
            if len(size) != dim:
                raise ValueError('Input and output must have the same number of spatial dimensions, but got input '
                                 f'with spatial dimensions of {list(input.shape[2:])} and output size of {size}. '
                                 'Please provide input tensor in (N, C, d1, d2, ...,dK) format and output size in '
                                 '(o1, o2, ...,oK) format.')
            output_size = size
        else:
            output_size = [size for _ in range(dim)]
    elif scale_factor is not None:
        output_size = None
        if isinstance(scale_factor, (list, tuple)):
            if len(scale_factor) != dim:
                raise ValueError('Input and scale_factor must have the same number of spatial dimensions, but got '
                                 f'input with spatial dimensions of {list(input.shape[2:])} and scale_factor of '
                                 f'shape {scale_factor}. Please provide input tensor in (N, C, d1, d2, ...,dK) '
                                 'format and scale_factor in (s1, s2, ...,sK) format.')
            scale_factors = scale_factor
        else:
            scale_factors = [scale_factor for _ in range(dim)]
    else:
        raise ValueError('either size or scale_factor should be defined')
    if recompute_scale_factor and size is not None:
        raise ValueError('recompute_scale_factor is not meaningful with an explicit size.')
    if mode == 'area' and output_size is None:
        recompute_scale_factor = True
    if recompute_scale_factor:
        output_size = [int(math.floor(float(input.size(i + 2)) * scale_factors[i])) for i in range(dim)]
        scale_factors = None
    if antialias and not (mode in ('bilinear', 'bicubic') and input.ndim == 4):
        raise ValueError('Anti-alias option is only supported for bilinear and bicubic modes')
    n = input.dim()
    if mode in ('nearest', 'nearest-exact') and 3 <= n <= 5:
        name = ('upsample_nearest' if mode == 'nearest' else '_upsample_nearest_exact') + '%dd' % (n - 2)
        return getattr(_nn, name)(input, output_size, scale_factors)
    if mode == 'area' and 3 <= n <= 5:
        return (adaptive_avg_pool1d, adaptive_avg_pool2d, adaptive_avg_pool3d)[n - 3](input, output_size)
    linear_kernels = {(3, 'linear'): 'upsample_linear1d', (4, 'bilinear'): 'upsample_bilinear2d',
                      (5, 'trilinear'): 'upsample_trilinear3d', (4, 'bicubic'): 'upsample_bicubic2d'}
    kernel = linear_kernels.get((n, mode))
    if kernel is not None:
        if antialias:
            kernel = '_' + kernel + '_aa'
        return getattr(_nn, kernel)(input, output_size, align_corners, scale_factors)
    wanted = {'linear': 3, 'bilinear': 4, 'trilinear': 5}
    if 3 <= n <= 5 and mode in wanted:
        raise NotImplementedError('Got {}D input, but {} mode needs {}D input'.format(n, mode, wanted[mode]))
    raise NotImplementedError('Input Error: Only 3D, 4D and 5D input Tensors supported (got {}D) for the modes: '
                              'nearest | linear | bilinear | bicubic | trilinear | area | nearest-exact (got {})'
                              .format(n, mode))


def upsample(input, size=None, scale_factor=None, mode='nearest', align_corners=None):
    warnings.warn('nn.functional.upsample is deprecated. Use nn.functional.interpolate instead.')
    return interpolate(input, size, scale_factor, mode, align_corners)


def upsample_nearest(input, size=None, scale_factor=None):
    warnings.warn('nn.functional.upsample_nearest is deprecated. Use nn.functional.interpolate instead.')
    return interpolate(input, size, scale_factor, mode='nearest')


def upsample_bilinear(input, size=None, scale_factor=None):
    warnings.warn('nn.functional.upsample_bilinear is deprecated. Use nn.functional.interpolate instead.')
    return interpolate(input, size, scale_factor, mode='bilinear', align_corners=True)


def unfold(input, kernel_size, dilation=1, padding=0, stride=1):
    return _nn.im2col(input, _pair(kernel_size), _pair(dilation), _pair(padding), _pair(stride))


def fold(input, output_size, kernel_size, dilation=1, padding=0, stride=1):
    return _nn.col2im(input, _pair(output_size), _pair(kernel_size), _pair(dilation), _pair(padding),
                      _pair(stride))


# multi_head_attention_forward lives in _mha.py (written with nn.MultiheadAttention).
try:
    from ._mha import multi_head_attention_forward
except ImportError:
    pass
