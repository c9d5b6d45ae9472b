# Recurrent layers: RNN, LSTM, GRU and their one-step cells.
#
# PyTorch runs the recurrences in C++ (_VF.lstm, ...); here they are tensor ops.
# A layer projects the whole input sequence with one matmul (both biases folded
# in where the gate equations allow), then each time step costs one addmm plus
# the element-wise gate arithmetic. Parameter names, shapes, registration order
# (hence state_dict keys and the random numbers drawn at init) are PyTorch's.
import math
import numbers
import warnings

import torch
from .module import Module
from ..parameter import Parameter
from .. import init
from .. import functional as F

__all__ = ['RNNBase', 'RNN', 'LSTM', 'GRU', 'RNNCellBase', 'RNNCell', 'LSTMCell', 'GRUCell']

_GATES = {'LSTM': 4, 'GRU': 3, 'RNN_TANH': 1, 'RNN_RELU': 1}


def _packed_sequence_type():
    # Imported late: torch.nn.utils is imported after torch.nn.modules.
    from ..utils.rnn import PackedSequence
    return PackedSequence


# ---------------------------------------------------------------------------
# One time step. gi: this step's input projection (b_ih included, and b_hh too
# where the equations allow); h, c: states (batch, hidden); whh_t: w_hh.t().

def _rnn_step(gi, h, whh_t, relu):
    pre = torch.addmm(gi, h, whh_t)
    return pre.relu() if relu else pre.tanh()


def _lstm_step(gi, h, c, whh_t, whr_t):
    i, f, g, o = torch.addmm(gi, h, whh_t).chunk(4, 1)
    c = f.sigmoid() * c + i.sigmoid() * g.tanh()
    h = o.sigmoid() * c.tanh()
    if whr_t is not None:
        h = h.mm(whr_t)
    return h, c


def _gru_step(gi, h, whh_t, b_hh):
    # The reset gate multiplies W_hn h + b_hn, so b_hh stays on the hidden side.
    gh = h.mm(whh_t) if b_hh is None else torch.addmm(b_hh, h, whh_t)
    ir, iz, inew = gi.chunk(3, 1)
    hr, hz, hnew = gh.chunk(3, 1)
    r = (ir + hr).sigmoid()
    z = (iz + hz).sigmoid()
    n = (inew + r * hnew).tanh()
    return (h - n) * z + n


def _make_step(mode, w_hh, b_hh, w_hr):
    """step(gi, h, c) -> (h, c) for one direction of one layer (c is None but for LSTM)."""
    whh_t = w_hh.t()
    if mode == 'LSTM':
        whr_t = None if w_hr is None else w_hr.t()
        return lambda gi, h, c: _lstm_step(gi, h, c, whh_t, whr_t)
    if mode == 'GRU':
        return lambda gi, h, c: (_gru_step(gi, h, whh_t, b_hh), None)
    relu = mode == 'RNN_RELU'
    return lambda gi, h, c: (_rnn_step(gi, h, whh_t, relu), None)


def _input_projection(x, w_ih, b_ih, b_hh, fold_b_hh):
    gi = x.matmul(w_ih.t())
    if b_ih is not None:
        gi = gi + b_ih
        if fold_b_hh:
            gi = gi + b_hh
    return gi


# ---------------------------------------------------------------------------
# One direction of one layer.

def _run_padded(step, gi, h, c, reverse):
    """gi: (T, B, G). Returns (outputs (T, B, H), h_n, c_n)."""
    n = gi.size(0)
    outs = [None] * n
    for t in (range(n - 1, -1, -1) if reverse else range(n)):
        h, c = step(gi[t], h, c)
        outs[t] = h
    return torch.stack(outs, 0), h, c


# Packed rows are time-major with non-increasing batch sizes: the sequences still
# running at step t are the first sizes[t] rows of the batch.
def _run_packed(step, gi, sizes, h, c):
    outs, done_h, done_c = [], [], []
    pos = 0
    for b in sizes:
        if b < h.size(0):  # the sequences that ended keep their last state
            done_h.append(h[b:])
            h = h[:b]
            if c is not None:
                done_c.append(c[b:])
                c = c[:b]
        h, c = step(gi[pos:pos + b], h, c)
        outs.append(h)
        pos += b
    h = torch.cat([h] + done_h[::-1], 0)
    c = None if c is None else torch.cat([c] + done_c[::-1], 0)
    return torch.cat(outs, 0), h, c


def _run_packed_reverse(step, gi, sizes, h0, c0):
    # From the last step back; a sequence joins with its initial state at its last step.
    outs = [None] * len(sizes)
    n = sizes[-1]
    h = h0[:n]
    c = None if c0 is None else c0[:n]
    pos = gi.size(0)
    for t in range(len(sizes) - 1, -1, -1):
        b = sizes[t]
        pos -= b
        if b > n:
            h = torch.cat([h, h0[n:b]], 0)
            if c0 is not None:
                c = torch.cat([c, c0[n:b]], 0)
            n = b
        h, c = step(gi[pos:pos + b], h, c)
        outs[t] = h
    return torch.cat(outs, 0), h, c


def _run_direction(mode, x, sizes, h, c, weights, reverse):
    w_ih, w_hh, b_ih, b_hh, w_hr = weights
    gi = _input_projection(x, w_ih, b_ih, b_hh, mode != 'GRU')
    step = _make_step(mode, w_hh, b_hh, w_hr)
    if sizes is None:
        return _run_padded(step, gi, h, c, reverse)
    if reverse:
        return _run_packed_reverse(step, gi, sizes, h, c)
    return _run_packed(step, gi, sizes, h, c)


def _run_stack(mod, x, hx, cx, sizes):
    """Runs all layers and directions; x is (T, B, I), or packed rows with sizes."""
    dirs = 2 if mod.bidirectional else 1
    n_w = len(mod._flat_weights) // (mod.num_layers * dirs)
    has_proj = mod.proj_size > 0
    hs, cs = [], []
    for layer in range(mod.num_layers):
        outs = []
        for d in range(dirs):
            k = layer * dirs + d
            w = mod._flat_weights[k * n_w:(k + 1) * n_w]
            if mod.bias:
                weights = (w[0], w[1], w[2], w[3], w[4] if has_proj else None)
            else:
                weights = (w[0], w[1], None, None, w[2] if has_proj else None)
            c0 = None if cx is None else cx[k]
            out, h, c = _run_direction(mod.mode, x, sizes, hx[k], c0, weights, d == 1)
            outs.append(out)
            hs.append(h)
            cs.append(c)
        x = outs[0] if dirs == 1 else torch.cat(outs, -1)
        if mod.dropout != 0 and mod.training and layer < mod.num_layers - 1:
            x = F.dropout(x, mod.dropout, True)
    return x, torch.stack(hs, 0), None if cx is None else torch.stack(cs, 0)


class RNNBase(Module):
    __constants__ = ['mode', 'input_size', 'hidden_size', 'num_layers', 'bias',
                     'batch_first', 'dropout', 'bidirectional', 'proj_size']

    def __init__(self, mode, input_size, hidden_size, num_layers=1, bias=True,
                 batch_first=False, dropout=0., bidirectional=False, proj_size=0,
                 device=None, dtype=None):
        super().__init__()
        self.mode = mode
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.bias = bias
        self.batch_first = batch_first
        self.dropout = float(dropout)
        self.bidirectional = bidirectional
        self.proj_size = proj_size
        if (not isinstance(dropout, numbers.Number) or isinstance(dropout, bool)
                or not 0 <= dropout <= 1):
            raise ValueError("dropout should be a number in range [0, 1] representing the "
                             "probability of an element being zeroed")
        if dropout > 0 and num_layers == 1:
            warnings.warn("dropout option adds dropout after all but last recurrent layer, so "
                          "non-zero dropout expects num_layers greater than 1, but got "
                          "dropout={} and num_layers={}".format(dropout, num_layers))
        if proj_size < 0:
            raise ValueError("proj_size should be a positive integer or zero to disable "
                             "projections")
        if proj_size >= hidden_size:
            raise ValueError("proj_size has to be smaller than hidden_size")
        if mode not in _GATES:
            raise ValueError("Unrecognized RNN mode: " + mode)
        gate_size = _GATES[mode] * hidden_size
        factory = {'device': device, 'dtype': dtype}
        real_hidden = proj_size if proj_size > 0 else hidden_size
        dirs = 2 if bidirectional else 1
        self._flat_weights_names = []
        self._all_weights = []
        for layer in range(num_layers):
            for d in range(dirs):
                in_size = input_size if layer == 0 else real_hidden * dirs
                shapes = [('weight_ih_l{}{}', (gate_size, in_size)),
                          ('weight_hh_l{}{}', (gate_size, real_hidden))]
                if bias:
                    shapes += [('bias_ih_l{}{}', (gate_size,)), ('bias_hh_l{}{}', (gate_size,))]
                if proj_size > 0:
                    shapes.append(('weight_hr_l{}{}', (proj_size, hidden_size)))
                suffix = '_reverse' if d == 1 else ''
                names = []
                for fmt, shape in shapes:
                    name = fmt.format(layer, suffix)
                    setattr(self, name, Parameter(torch.empty(shape, **factory)))
                    names.append(name)
                self._flat_weights_names.extend(names)
                self._all_weights.append(names)
        self._init_flat_weights()
        self.reset_parameters()

    def _init_flat_weights(self):
        self._flat_weights = [getattr(self, n) if hasattr(self, n) else None
                              for n in self._flat_weights_names]

    def __setattr__(self, attr, value):
        # Keep _flat_weights in step when a weight is reassigned.
        if hasattr(self, "_flat_weights_names") and attr in self._flat_weights_names:
            self._flat_weights[self._flat_weights_names.index(attr)] = value
        super().__setattr__(attr, value)

    def flatten_parameters(self):
        # Only meaningful for cuDNN; the weights are already used as they are.
        pass

    def _apply(self, *args, **kwargs):
        ret = super()._apply(*args, **kwargs)
        self._init_flat_weights()
        return ret

    def reset_parameters(self):
        stdv = 1.0 / math.sqrt(self.hidden_size) if self.hidden_size > 0 else 0
        for weight in self.parameters():
            init.uniform_(weight, -stdv, stdv)

    @property
    def all_weights(self):
        return [[getattr(self, w) for w in ws] for ws in self._all_weights]

    def check_input(self, input, batch_sizes):
        expected = 2 if batch_sizes is not None else 3
        if input.dim() != expected:
            raise RuntimeError('input must have {} dimensions, got {}'.format(
                expected, input.dim()))
        if self.input_size != input.size(-1):
            raise RuntimeError('input.size(-1) must be equal to input_size. Expected {}, '
                               'got {}'.format(self.input_size, input.size(-1)))

    def get_expected_hidden_size(self, input, batch_sizes):
        if batch_sizes is not None:
            mini_batch = int(batch_sizes[0])
        else:
            mini_batch = input.size(0) if self.batch_first else input.size(1)
        dirs = 2 if self.bidirectional else 1
        size = self.proj_size if self.proj_size > 0 else self.hidden_size
        return (self.num_layers * dirs, mini_batch, size)

    def check_hidden_size(self, hx, expected, msg='Expected hidden size {}, got {}'):
        if tuple(hx.size()) != tuple(expected):
            raise RuntimeError(msg.format(expected, list(hx.size())))

    def check_forward_args(self, input, hidden, batch_sizes):
        self.check_input(input, batch_sizes)
        self.check_hidden_size(hidden, self.get_expected_hidden_size(input, batch_sizes))

    def permute_hidden(self, hx, permutation):
        if permutation is None:
            return hx
        return hx.index_select(1, permutation)

    def extra_repr(self):
        s = '{input_size}, {hidden_size}'
        if self.proj_size != 0:
            s += ', proj_size={proj_size}'
        if self.num_layers != 1:
            s += ', num_layers={num_layers}'
        if self.bias is not True:
            s += ', bias={bias}'
        if self.batch_first is not False:
            s += ', batch_first={batch_first}'
        if self.dropout != 0:
            s += ', dropout={dropout}'
        if self.bidirectional is not False:
            s += ', bidirectional={bidirectional}'
        return s.format(**self.__dict__)

    def __setstate__(self, d):
        super().__setstate__(d)
        if 'proj_size' not in d:
            self.proj_size = 0
        self._init_flat_weights()

    # -- shared forward plumbing ------------------------------------------------

    def _unpack_input(self, input):
        """Returns (input, batch_sizes, sorted, unsorted, batch_dim or None if batched)."""
        if isinstance(input, _packed_sequence_type()):
            data, batch_sizes, sorted_indices, unsorted_indices = input
            return data, batch_sizes, sorted_indices, unsorted_indices, None, True
        batch_dim = 0 if self.batch_first else 1
        is_batched = input.dim() == 3
        if not is_batched:
            input = input.unsqueeze(batch_dim)
        return input, None, None, None, batch_dim, is_batched

    def _zeros(self, input, batch_sizes, size):
        dirs = 2 if self.bidirectional else 1
        if batch_sizes is not None:
            batch = int(batch_sizes[0])
        else:
            batch = input.size(0) if self.batch_first else input.size(1)
        return torch.zeros(self.num_layers * dirs, batch, size, dtype=input.dtype,
                           device=input.device)

    def _run(self, input, batch_sizes, hx, cx):
        _check_same_dtype(self._flat_weights[0], input, hx, cx)
        if batch_sizes is None:
            if input.size(1 if self.batch_first else 0) == 0:
                raise RuntimeError("Expected sequence length to be larger than 0 in RNN")
            x = input.transpose(0, 1) if self.batch_first else input
            out, h, c = _run_stack(self, x, hx, cx, None)
            if self.batch_first:
                out = out.transpose(0, 1)
            return out, h, c
        return _run_stack(self, input, hx, cx, batch_sizes.tolist())

    def _pack_output(self, orig_input, output, batch_sizes, sorted_indices, unsorted_indices):
        return type(orig_input)(output, batch_sizes, sorted_indices, unsorted_indices)


class _SingleStateRNN(RNNBase):
    """RNN and GRU: one state tensor h."""

    def forward(self, input, hx=None):
        orig_input = input
        input, batch_sizes, sorted_indices, unsorted_indices, batch_dim, is_batched = \
            self._unpack_input(input)
        if batch_sizes is None and hx is not None:
            if not is_batched:
                if hx.dim() != 2:
                    raise RuntimeError("For unbatched 2-D input, hx should also be 2-D but got "
                                       "{}-D tensor".format(hx.dim()))
                hx = hx.unsqueeze(1)
            elif hx.dim() != 3:
                raise RuntimeError("For batched 3-D input, hx should also be 3-D but got "
                                   "{}-D tensor".format(hx.dim()))
        if hx is None:
            hx = self._zeros(input, batch_sizes, self.hidden_size)
        else:
            hx = self.permute_hidden(hx, sorted_indices)
        self.check_forward_args(input, hx, batch_sizes)
        output, hidden, _ = self._run(input, batch_sizes, hx, None)
        if batch_sizes is not None:
            output = self._pack_output(orig_input, output, batch_sizes, sorted_indices,
                                       unsorted_indices)
            return output, self.permute_hidden(hidden, unsorted_indices)
        if not is_batched:
            output = output.squeeze(batch_dim)
            hidden = hidden.squeeze(1)
        return output, hidden


class RNN(_SingleStateRNN):
    def __init__(self, *args, **kwargs):
        if 'proj_size' in kwargs:
            raise ValueError("proj_size argument is only supported for LSTM, not RNN or GRU")
        self.nonlinearity = kwargs.pop('nonlinearity', 'tanh')
        if self.nonlinearity == 'tanh':
            mode = 'RNN_TANH'
        elif self.nonlinearity == 'relu':
            mode = 'RNN_RELU'
        else:
            raise ValueError("Unknown nonlinearity '{}'".format(self.nonlinearity))
        super().__init__(mode, *args, **kwargs)


class GRU(_SingleStateRNN):
    def __init__(self, *args, **kwargs):
        if 'proj_size' in kwargs:
            raise ValueError("proj_size argument is only supported for LSTM, not RNN or GRU")
        super().__init__('GRU', *args, **kwargs)


class LSTM(RNNBase):
    def __init__(self, *args, **kwargs):
        super().__init__('LSTM', *args, **kwargs)

    def get_expected_cell_size(self, input, batch_sizes):
        if batch_sizes is not None:
            mini_batch = int(batch_sizes[0])
        else:
            mini_batch = input.size(0) if self.batch_first else input.size(1)
        dirs = 2 if self.bidirectional else 1
        return (self.num_layers * dirs, mini_batch, self.hidden_size)

    def check_forward_args(self, input, hidden, batch_sizes):
        self.check_input(input, batch_sizes)
        self.check_hidden_size(hidden[0], self.get_expected_hidden_size(input, batch_sizes),
                               'Expected hidden[0] size {}, got {}')
        self.check_hidden_size(hidden[1], self.get_expected_cell_size(input, batch_sizes),
                               'Expected hidden[1] size {}, got {}')

    def permute_hidden(self, hx, permutation):
        if permutation is None:
            return hx
        return hx[0].index_select(1, permutation), hx[1].index_select(1, permutation)

    def forward(self, input, hx=None):
        orig_input = input
        input, batch_sizes, sorted_indices, unsorted_indices, batch_dim, is_batched = \
            self._unpack_input(input)
        if hx is None:
            real_hidden = self.proj_size if self.proj_size > 0 else self.hidden_size
            hx = (self._zeros(input, batch_sizes, real_hidden),
                  self._zeros(input, batch_sizes, self.hidden_size))
        else:
            if batch_sizes is None:
                want = 3 if is_batched else 2
                if hx[0].dim() != want or hx[1].dim() != want:
                    raise RuntimeError(
                        "For {} {}-D input, hx and cx should also be {}-D but got ({}-D, {}-D) "
                        "tensors".format('batched' if is_batched else 'unbatched', want, want,
                                         hx[0].dim(), hx[1].dim()))
                if not is_batched:
                    hx = (hx[0].unsqueeze(1), hx[1].unsqueeze(1))
            hx = self.permute_hidden(hx, sorted_indices)
        self.check_forward_args(input, hx, batch_sizes)
        output, h, c = self._run(input, batch_sizes, hx[0], hx[1])
        hidden = (h, c)
        if batch_sizes is not None:
            output = self._pack_output(orig_input, output, batch_sizes, sorted_indices,
                                       unsorted_indices)
            return output, self.permute_hidden(hidden, unsorted_indices)
        if not is_batched:
            output = output.squeeze(batch_dim)
            hidden = (h.squeeze(1), c.squeeze(1))
        return output, hidden


def _check_same_dtype(weight, *tensors):
    # What the C++ kernels report from their first matmul.
    for t in tensors:
        if t is not None and t.dtype != weight.dtype:
            raise RuntimeError("mat1 and mat2 must have the same dtype")


# ---------------------------------------------------------------------------
# Cells: one time step, batched (B, I) or unbatched (I,) input.

def _check_cell_input(input, input_size):
    if input.size(1) != input_size:
        raise RuntimeError("input has inconsistent input_size: got {} expected {}".format(
            input.size(1), input_size))


def _check_cell_hidden(input, hx, hidden_size):
    if input.size(0) != hx.size(0):
        raise RuntimeError("Input batch size {} doesn't match hidden0 batch size {}".format(
            input.size(0), hx.size(0)))
    if hx.size(1) != hidden_size:
        raise RuntimeError("hidden0 has inconsistent hidden_size: got {}, expected {}".format(
            hx.size(1), hidden_size))


class RNNCellBase(Module):
    __constants__ = ['input_size', 'hidden_size', 'bias']

    def __init__(self, input_size, hidden_size, bias, num_chunks, device=None, dtype=None):
        super().__init__()
        factory = {'device': device, 'dtype': dtype}
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.bias = bias
        self.weight_ih = Parameter(torch.empty((num_chunks * hidden_size, input_size), **factory))
        self.weight_hh = Parameter(torch.empty((num_chunks * hidden_size, hidden_size), **factory))
        if bias:
            self.bias_ih = Parameter(torch.empty(num_chunks * hidden_size, **factory))
            self.bias_hh = Parameter(torch.empty(num_chunks * hidden_size, **factory))
        else:
            self.register_parameter('bias_ih', None)
            self.register_parameter('bias_hh', None)
        self.reset_parameters()

    def extra_repr(self):
        s = '{input_size}, {hidden_size}'
        if 'bias' in self.__dict__ and self.bias is not True:
            s += ', bias={bias}'
        if 'nonlinearity' in self.__dict__ and self.nonlinearity != "tanh":
            s += ', nonlinearity={nonlinearity}'
        return s.format(**self.__dict__)

    def reset_parameters(self):
        stdv = 1.0 / math.sqrt(self.hidden_size) if self.hidden_size > 0 else 0
        for weight in self.parameters():
            init.uniform_(weight, -stdv, stdv)

    def _prepare(self, name, input, hx, n_states):
        """Batches the input and states; returns (input, states, is_batched)."""
        if input.dim() not in (1, 2):
            raise AssertionError("{}: Expected input to be 1-D or 2-D but received {}-D "
                                 "tensor".format(name, input.dim()))
        is_batched = input.dim() == 2
        if not is_batched:
            input = input.unsqueeze(0)
        if hx is None:
            zeros = torch.zeros(input.size(0), self.hidden_size, dtype=input.dtype,
                                device=input.device)
            states = (zeros,) * n_states
        else:
            if n_states == 1:
                states = (hx,)
            elif not isinstance(hx, (tuple, list)):
                raise TypeError("lstm_cell(): argument 'hx' (position 2) must be tuple of Tensors, "
                                "not {}".format(type(hx).__name__))
            elif len(hx) != 2:
                raise RuntimeError("lstm_cell expects two hidden states")
            else:
                states = tuple(hx)
            if not is_batched:
                states = tuple(s.unsqueeze(0) for s in states)
        _check_cell_input(input, self.input_size)
        for s in states:
            _check_cell_hidden(input, s, self.hidden_size)
        _check_same_dtype(self.weight_ih, input, *states)
        return input, states, is_batched

    def _gi(self, input, fold_b_hh):
        return _input_projection(input, self.weight_ih, self.bias_ih, self.bias_hh, fold_b_hh)


class RNNCell(RNNCellBase):
    __constants__ = ['input_size', 'hidden_size', 'bias', 'nonlinearity']

    def __init__(self, input_size, hidden_size, bias=True, nonlinearity="tanh",
                 device=None, dtype=None):
        super().__init__(input_size, hidden_size, bias, num_chunks=1, device=device, dtype=dtype)
        self.nonlinearity = nonlinearity

    def forward(self, input, hx=None):
        input, (h,), is_batched = self._prepare('RNNCell', input, hx, 1)
        if self.nonlinearity not in ("tanh", "relu"):
            raise RuntimeError("Unknown nonlinearity: {}".format(self.nonlinearity))
        ret = _rnn_step(self._gi(input, True), h, self.weight_hh.t(), self.nonlinearity == "relu")
        return ret if is_batched else ret.squeeze(0)


class LSTMCell(RNNCellBase):
    def __init__(self, input_size, hidden_size, bias=True, device=None, dtype=None):
        super().__init__(input_size, hidden_size, bias, num_chunks=4, device=device, dtype=dtype)

    def forward(self, input, hx=None):
        input, (h, c), is_batched = self._prepare('LSTMCell', input, hx, 2)
        h, c = _lstm_step(self._gi(input, True), h, c, self.weight_hh.t(), None)
        if not is_batched:
            return h.squeeze(0), c.squeeze(0)
        return h, c


class GRUCell(RNNCellBase):
    def __init__(self, input_size, hidden_size, bias=True, device=None, dtype=None):
        super().__init__(input_size, hidden_size, bias, num_chunks=3, device=device, dtype=dtype)

    def forward(self, input, hx=None):
        input, (h,), is_batched = self._prepare('GRUCell', input, hx, 1)
        ret = _gru_step(self._gi(input, False), h, self.weight_hh.t(), self.bias_hh)
        return ret if is_batched else ret.squeeze(0)
