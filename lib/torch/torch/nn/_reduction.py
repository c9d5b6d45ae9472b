# Loss reduction names <-> the enum the kernels take, and the legacy
# size_average/reduce pair.
import warnings


def get_enum(reduction):
    if reduction == 'none':
        return 0
    if reduction == 'mean':
        return 1
    if reduction == 'elementwise_mean':
        warnings.warn("reduction='elementwise_mean' is deprecated, please use reduction='mean' instead.")
        return 1
    if reduction == 'sum':
        return 2
    raise ValueError('{} is not a valid value for reduction'.format(reduction))


def legacy_get_string(size_average, reduce, emit_warning=True):
    if size_average is None:
        size_average = True
    if reduce is None:
        reduce = True
    ret = 'mean' if size_average and reduce else 'sum' if reduce else 'none'
    if emit_warning:
        warnings.warn("size_average and reduce args will be deprecated, please use reduction='{}' instead."
                      .format(ret))
    return ret


def legacy_get_enum(size_average, reduce, emit_warning=True):
    return get_enum(legacy_get_string(size_average, reduce, emit_warning))
