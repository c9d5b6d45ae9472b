# Instance normalisation (per sample and channel), optionally tracking stats.
from .batchnorm import _NormBase, _dims_check
from .. import functional as F


class _InstanceNorm(_NormBase):
    def __init__(self, num_features, eps=1e-05, momentum=0.1, affine=False, track_running_stats=False,
                 device=None, dtype=None):
        super().__init__(num_features, eps, momentum, affine, track_running_stats, device, dtype)

    def _apply_instance_norm(self, input):
        return F.instance_norm(input, self.running_mean, self.running_var, self.weight, self.bias,
                               self.training or not self.track_running_stats, self.momentum, self.eps)

    def _load_from_state_dict(self, state_dict, prefix, local_metadata, strict, missing_keys, unexpected_keys,
                              error_msgs):
        version = local_metadata.get('version', None)
        if version is None and not self.track_running_stats:
            keys = [prefix + n for n in ('running_mean', 'running_var') if prefix + n in state_dict]
            if keys:
                error_msgs.append(
                    'Unexpected running stats buffer(s) {names} for {klass} with track_running_stats=False. If '
                    'state_dict is a checkpoint saved before 0.4.0, this may be expected because {klass} does not '
                    'track running stats by default since 0.4.0. Please remove these keys from state_dict. If the '
                    'running stats are actually needed, instead set track_running_stats=True in {klass} to enable '
                    'them. See the documentation of {klass} for details.'.format(
                        names=' and '.join('"{}"'.format(k) for k in keys), klass=self.__class__.__name__))
                for k in keys:
                    state_dict.pop(k)
        super()._load_from_state_dict(state_dict, prefix, local_metadata, strict, missing_keys, unexpected_keys,
                                      error_msgs)

    def forward(self, input):
        self._check_input_dim(input)
        if input.dim() == self._NO_BATCH_DIM:
            return self._apply_instance_norm(input.unsqueeze(0)).squeeze(0)
        return self._apply_instance_norm(input)


class InstanceNorm1d(_InstanceNorm):
    _NO_BATCH_DIM = 2
    _check_input_dim = _dims_check((2, 3), '2D or 3D')


class InstanceNorm2d(_InstanceNorm):
    _NO_BATCH_DIM = 3
    _check_input_dim = _dims_check((3, 4), '3D or 4D')


class InstanceNorm3d(_InstanceNorm):
    _NO_BATCH_DIM = 4
    _check_input_dim = _dims_check((4, 5), '4D or 5D')
