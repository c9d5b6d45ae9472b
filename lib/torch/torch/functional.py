# PyTorch's Python-level functions of torch/functional.py that take varargs:
# einsum and meshgrid, over the Tensor[] kernels of _torch.
import _torch as _C

__all__ = ["einsum", "meshgrid"]

_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def _sublist_term(sub):
    term = ""
    for s in sub:
        if s is Ellipsis:
            term += "..."
        elif isinstance(s, int) and 0 <= s < 52:
            term += _LETTERS[s]
        else:
            raise ValueError("subscript in subscript list is not within the valid range [0, 52)")
    return term


def einsum(*args):
    if len(args) < 2:
        raise ValueError("einsum(): must specify the equation string and at least one operand, "
                         "or at least one operand and its subscripts list")
    if isinstance(args[0], _C.Tensor):
        # Sublist format: einsum(op1, sub1, op2, sub2, ..., [sublist_out])
        operands = args[0:-1:2] if len(args) % 2 else args[0::2]
        subs = args[1::2]
        terms = [_sublist_term(s) for s in subs[:len(operands)]]
        equation = ",".join(terms)
        if len(args) % 2:
            equation += "->" + _sublist_term(args[-1])
        return _C.einsum(equation, list(operands))
    equation, operands = args[0], args[1:]
    if len(operands) == 1 and isinstance(operands[0], (list, tuple)):
        operands = operands[0]
    return _C.einsum(equation, operands)


def meshgrid(*tensors, indexing=None):
    if len(tensors) == 1 and isinstance(tensors[0], (list, tuple)):
        tensors = tensors[0]
    if indexing is None:
        return _C.meshgrid(tensors)
    return _C.meshgrid(tensors, indexing=indexing)
