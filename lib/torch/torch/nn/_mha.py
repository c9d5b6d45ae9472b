# F.multi_head_attention_forward: the attention computation behind
# nn.MultiheadAttention, with PyTorch 1.13's argument checks and mask rules.
# Sequence-first layout throughout: query (L, N, E), key/value (S, N, E*).
#
# torch.nn.functional imports this module, so functional is imported lazily.
import math
import warnings

import torch


def _linear(x, w, b):
    from torch.nn import functional as F
    return F.linear(x, w, b)


def _pad_last(t):
    """Appends one column to the last dim: False for bool masks, 0 otherwise."""
    extra = torch.zeros(tuple(t.shape[:-1]) + (1,), dtype=t.dtype, device=t.device)
    return torch.cat([t, extra], -1)


def _shape_check(query, key, value, key_padding_mask, attn_mask, num_heads):
    """Returns whether the inputs are batched (3-D) or not (2-D)."""
    if query.dim() == 3:
        if key.dim() != 3 or value.dim() != 3:
            raise AssertionError(
                "For batched (3-D) `query`, expected `key` and `value` to be 3-D but found "
                "{}-D and {}-D tensors respectively".format(key.dim(), value.dim()))
        if key_padding_mask is not None and key_padding_mask.dim() != 2:
            raise AssertionError(
                "For batched (3-D) `query`, expected `key_padding_mask` to be `None` or 2-D "
                "but found {}-D tensor instead".format(key_padding_mask.dim()))
        if attn_mask is not None and attn_mask.dim() not in (2, 3):
            raise AssertionError(
                "For batched (3-D) `query`, expected `attn_mask` to be `None`, 2-D or 3-D "
                "but found {}-D tensor instead".format(attn_mask.dim()))
        return True
    if query.dim() == 2:
        if key.dim() != 2 or value.dim() != 2:
            raise AssertionError(
                "For unbatched (2-D) `query`, expected `key` and `value` to be 2-D but found "
                "{}-D and {}-D tensors respectively".format(key.dim(), value.dim()))
        if key_padding_mask is not None and key_padding_mask.dim() != 1:
            raise AssertionError(
                "For unbatched (2-D) `query`, expected `key_padding_mask` to be `None` or 1-D "
                "but found {}-D tensor instead".format(key_padding_mask.dim()))
        if attn_mask is not None:
            if attn_mask.dim() not in (2, 3):
                raise AssertionError(
                    "For unbatched (2-D) `query`, expected `attn_mask` to be `None`, 2-D or 3-D "
                    "but found {}-D tensor instead".format(attn_mask.dim()))
            if attn_mask.dim() == 3:
                expected = (num_heads, query.shape[0], key.shape[0])
                if tuple(attn_mask.shape) != expected:
                    raise AssertionError("Expected `attn_mask` shape to be {} but got {}".format(
                        expected, attn_mask.shape))
        return False
    raise AssertionError("query should be unbatched 2D or batched 3D tensor but received "
                         "{}-D query tensor".format(query.dim()))


def _check_mask_dtype(mask, what):
    if mask.dtype != torch.bool and not mask.is_floating_point():
        raise AssertionError("only bool and floating types of {} are supported".format(what))


def _project_packed(q, k, v, w, b):
    """In-projection with one (3E, E) weight; shares the matmul when inputs are shared."""
    E = q.size(-1)
    if k is v:
        if q is k:
            return _linear(q, w, b).chunk(3, dim=-1)
        w_q, w_kv = w.split([E, E * 2])
        b_q, b_kv = (None, None) if b is None else b.split([E, E * 2])
        return (_linear(q, w_q, b_q),) + tuple(_linear(k, w_kv, b_kv).chunk(2, dim=-1))
    w_q, w_k, w_v = w.chunk(3)
    b_q, b_k, b_v = (None, None, None) if b is None else b.chunk(3)
    return _linear(q, w_q, b_q), _linear(k, w_k, b_k), _linear(v, w_v, b_v)


def _project_separate(q, k, v, w_q, w_k, w_v, b_q, b_k, b_v):
    Eq, Ek, Ev = q.size(-1), k.size(-1), v.size(-1)
    for name, w, shape in (('query', w_q, (Eq, Eq)), ('key', w_k, (Eq, Ek)),
                           ('value', w_v, (Eq, Ev))):
        if tuple(w.shape) != shape:
            raise AssertionError("expecting {} weights shape of {}, but got {}".format(
                name, shape, w.shape))
    for name, b in (('query', b_q), ('key', b_k), ('value', b_v)):
        if b is not None and tuple(b.shape) != (Eq,):
            raise AssertionError("expecting {} bias shape of {}, but got {}".format(
                name, (Eq,), b.shape))
    return _linear(q, w_q, b_q), _linear(k, w_k, b_k), _linear(v, w_v, b_v)


def _prepare_attn_mask(attn_mask, tgt_len, src_len, bsz, num_heads):
    if attn_mask.dtype == torch.uint8:
        warnings.warn("Byte tensor for attn_mask in nn.MultiheadAttention is deprecated. "
                      "Use bool tensor instead.")
        attn_mask = attn_mask.to(torch.bool)
    elif not (attn_mask.is_floating_point() or attn_mask.dtype == torch.bool):
        raise AssertionError("Only float, byte, and bool types are supported for attn_mask, "
                             "not {}".format(attn_mask.dtype))
    if attn_mask.dim() == 2:
        if tuple(attn_mask.shape) != (tgt_len, src_len):
            raise RuntimeError("The shape of the 2D attn_mask is {}, but should be {}.".format(
                attn_mask.shape, (tgt_len, src_len)))
        return attn_mask.unsqueeze(0)
    if attn_mask.dim() == 3:
        if tuple(attn_mask.shape) != (bsz * num_heads, tgt_len, src_len):
            raise RuntimeError("The shape of the 3D attn_mask is {}, but should be {}.".format(
                attn_mask.shape, (bsz * num_heads, tgt_len, src_len)))
        return attn_mask
    raise RuntimeError("attn_mask's dimension {} is not supported".format(attn_mask.dim()))


def _split_heads(x, static, bsz, num_heads, head_dim, name):
    """(S, N, E) -> (N * heads, S, head_dim), or a given static key/value."""
    if static is None:
        return x.contiguous().view(x.shape[0], bsz * num_heads, head_dim).transpose(0, 1)
    if static.size(0) != bsz * num_heads:
        raise AssertionError("expecting {}.size(0) of {}, but got {}".format(
            name, bsz * num_heads, static.size(0)))
    if static.size(2) != head_dim:
        raise AssertionError("expecting {}.size(2) of {}, but got {}".format(
            name, head_dim, static.size(2)))
    return static


def multi_head_attention_forward(query, key, value, embed_dim_to_check, num_heads,
                                 in_proj_weight, in_proj_bias, bias_k, bias_v, add_zero_attn,
                                 dropout_p, out_proj_weight, out_proj_bias, training=True,
                                 key_padding_mask=None, need_weights=True, attn_mask=None,
                                 use_separate_proj_weight=False, q_proj_weight=None,
                                 k_proj_weight=None, v_proj_weight=None, static_k=None,
                                 static_v=None, average_attn_weights=True):
    is_batched = _shape_check(query, key, value, key_padding_mask, attn_mask, num_heads)
    if not is_batched:
        query, key, value = query.unsqueeze(1), key.unsqueeze(1), value.unsqueeze(1)
        if key_padding_mask is not None:
            key_padding_mask = key_padding_mask.unsqueeze(0)

    tgt_len, bsz, embed_dim = query.shape
    src_len = key.shape[0]
    if key_padding_mask is not None:
        _check_mask_dtype(key_padding_mask, 'key_padding_mask')
    if embed_dim != embed_dim_to_check:
        raise AssertionError("was expecting embedding dimension of {}, but got {}".format(
            embed_dim_to_check, embed_dim))
    head_dim = embed_dim // num_heads
    if head_dim * num_heads != embed_dim:
        raise AssertionError("embed_dim {} not divisible by num_heads {}".format(
            embed_dim, num_heads))
    if use_separate_proj_weight:
        if key.shape[:2] != value.shape[:2]:
            raise AssertionError("key's sequence and batch dims {} do not match value's "
                                 "{}".format(key.shape[:2], value.shape[:2]))
    elif key.shape != value.shape:
        raise AssertionError("key shape {} does not match value shape {}".format(
            key.shape, value.shape))

    if not use_separate_proj_weight:
        if in_proj_weight is None:
            raise AssertionError("use_separate_proj_weight is False but in_proj_weight is None")
        q, k, v = _project_packed(query, key, value, in_proj_weight, in_proj_bias)
    else:
        for name, w in (('q', q_proj_weight), ('k', k_proj_weight), ('v', v_proj_weight)):
            if w is None:
                raise AssertionError("use_separate_proj_weight is True but {}_proj_weight is "
                                     "None".format(name))
        b_q, b_k, b_v = (None, None, None) if in_proj_bias is None else in_proj_bias.chunk(3)
        q, k, v = _project_separate(query, key, value, q_proj_weight, k_proj_weight,
                                    v_proj_weight, b_q, b_k, b_v)

    if attn_mask is not None:
        attn_mask = _prepare_attn_mask(attn_mask, tgt_len, src_len, bsz, num_heads)

    if bias_k is not None and bias_v is not None:
        if static_k is not None:
            raise AssertionError("bias cannot be added to static key.")
        if static_v is not None:
            raise AssertionError("bias cannot be added to static value.")
        k = torch.cat([k, bias_k.expand(1, bsz, bias_k.size(-1))])
        v = torch.cat([v, bias_v.expand(1, bsz, bias_v.size(-1))])
        if attn_mask is not None:
            attn_mask = _pad_last(attn_mask)
        if key_padding_mask is not None:
            key_padding_mask = _pad_last(key_padding_mask)
    elif bias_k is not None or bias_v is not None:
        raise AssertionError()

    q = q.contiguous().view(tgt_len, bsz * num_heads, head_dim).transpose(0, 1)
    k = _split_heads(k, static_k, bsz, num_heads, head_dim, 'static_k')
    v = _split_heads(v, static_v, bsz, num_heads, head_dim, 'static_v')

    if add_zero_attn:
        zero_shape = (bsz * num_heads, 1, head_dim)
        k = torch.cat([k, torch.zeros(zero_shape, dtype=k.dtype, device=k.device)], dim=1)
        v = torch.cat([v, torch.zeros(zero_shape, dtype=v.dtype, device=v.device)], dim=1)
        if attn_mask is not None:
            attn_mask = _pad_last(attn_mask)
        if key_padding_mask is not None:
            key_padding_mask = _pad_last(key_padding_mask)

    src_len = k.size(1)
    if key_padding_mask is not None:
        if tuple(key_padding_mask.shape) != (bsz, src_len):
            raise AssertionError("expecting key_padding_mask shape of {}, but got {}".format(
                (bsz, src_len), key_padding_mask.shape))
        key_padding_mask = key_padding_mask.view(bsz, 1, 1, src_len).expand(
            -1, num_heads, -1, -1).reshape(bsz * num_heads, 1, src_len)
        if attn_mask is None:
            attn_mask = key_padding_mask
        elif attn_mask.dtype == torch.bool:
            attn_mask = attn_mask.logical_or(key_padding_mask)
        else:
            attn_mask = attn_mask.masked_fill(key_padding_mask, float("-inf"))

    if attn_mask is not None and attn_mask.dtype == torch.bool:
        attn_mask = torch.zeros_like(attn_mask, dtype=q.dtype).masked_fill_(
            attn_mask, float("-inf"))

    if not training:
        dropout_p = 0.0

    q = q / math.sqrt(q.size(-1))
    if attn_mask is not None:
        weights = torch.baddbmm(attn_mask, q, k.transpose(-2, -1))
    else:
        weights = torch.bmm(q, k.transpose(-2, -1))
    weights = weights.softmax(dim=-1)
    if dropout_p > 0.0:
        from torch.nn import functional as F
        weights = F.dropout(weights, p=dropout_p)

    out = torch.bmm(weights, v)
    out = out.transpose(0, 1).contiguous().view(tgt_len * bsz, embed_dim)
    out = _linear(out, out_proj_weight, out_proj_bias)
    out = out.view(tgt_len, bsz, out.size(1))
    if not is_batched:
        out = out.squeeze(1)
    if not need_weights:
        return out, None
    weights = weights.view(bsz, num_heads, tgt_len, src_len)
    if average_attn_weights:
        weights = weights.sum(dim=1) / num_heads
    if not is_batched:
        weights = weights.squeeze(0)
    return out, weights
