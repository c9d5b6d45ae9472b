# PackedSequence and the pack/pad helpers for variable-length batches. The
# packing itself (aten's _pack_padded_sequence etc.) is done here in Python.
from collections import namedtuple
import torch

__all__ = ['PackedSequence', 'invert_permutation', 'pack_padded_sequence', 'pad_packed_sequence', 'pad_sequence',
           'unpad_sequence', 'pack_sequence', 'unpack_sequence']

PackedSequence_ = namedtuple('PackedSequence_', ['data', 'batch_sizes', 'sorted_indices', 'unsorted_indices'])


class PackedSequence(PackedSequence_):
    def __new__(cls, data, batch_sizes=None, sorted_indices=None, unsorted_indices=None):
        if unsorted_indices is None:
            unsorted_indices = invert_permutation(sorted_indices)
        if batch_sizes is None:
            assert isinstance(data, (list, tuple)) and len(data) == 2
            data, batch_sizes = data
        return super().__new__(cls, data, batch_sizes, sorted_indices, unsorted_indices)

    def to(self, *args, **kwargs):
        data = self.data.to(*args, **kwargs)
        if data is self.data:
            return self
        return type(self)(data, self.batch_sizes, self.sorted_indices, self.unsorted_indices)

    def cpu(self, *args, **kwargs):
        return self

    def double(self):
        return self.to(dtype=torch.double)

    def float(self):
        return self.to(dtype=torch.float)

    def half(self):
        return self.to(dtype=torch.half)

    def long(self):
        return self.to(dtype=torch.long)

    def int(self):
        return self.to(dtype=torch.int)

    @property
    def is_cuda(self):
        return False


def invert_permutation(permutation):
    if permutation is None:
        return None
    out = torch.empty_like(permutation)
    out.scatter_(0, permutation, torch.arange(0, permutation.numel()))
    return out


def _pack(input, lengths, batch_first):
    if input.numel() == 0:
        raise RuntimeError('Cannot pack empty tensors.')
    if lengths.dim() != 1:
        raise RuntimeError("'lengths' argument should be a 1D CPU int64 tensor, but got {}D cpu Long tensor"
                           .format(lengths.dim()))
    if batch_first:
        input = input.transpose(0, 1)
    batch = input.size(1)
    lens = lengths.tolist()
    if len(lens) != batch:
        raise RuntimeError('Expected `len(lengths)` to be equal to batch_size, but got {} (batch_size={})'
                           .format(len(lens), batch))
    if lens[-1] <= 0:
        raise RuntimeError("Length of all samples has to be greater than 0, but found an element in 'lengths' "
                           "that is <= 0")
    for i in range(1, batch):
        if lens[i] > lens[i - 1]:
            raise RuntimeError('`lengths` array must be sorted in decreasing order when `enforce_sorted` is True. '
                               'You can pass `enforce_sorted=False` to pack_padded_sequence and/or pack_sequence to '
                               'sidestep this requirement if you do not need ONNX exportability.')
    steps = []
    sizes = []
    for t in range(lens[0]):
        n = sum(1 for l in lens if l > t)
        steps.append(input[t, :n])
        sizes.append(n)
    return torch.cat(steps), torch.tensor(sizes, dtype=torch.int64)


def pack_padded_sequence(input, lengths, batch_first=False, enforce_sorted=True):
    lengths = torch.as_tensor(lengths, dtype=torch.int64)
    sorted_indices = None
    if not enforce_sorted:
        lengths, sorted_indices = torch.sort(lengths, descending=True)
        input = input.index_select(0 if batch_first else 1, sorted_indices)
    data, batch_sizes = _pack(input, lengths, batch_first)
    return PackedSequence(data, batch_sizes, sorted_indices, None)


def pad_packed_sequence(sequence, batch_first=False, padding_value=0.0, total_length=None):
    sizes = sequence.batch_sizes.tolist()
    max_len = len(sizes)
    if total_length is not None:
        if total_length < max_len:
            raise ValueError('Expected total_length to be at least the length of the longest sequence in input, but '
                             'got total_length={} and max sequence length being {}'.format(total_length, max_len))
        max_len = total_length
    data = sequence.data
    batch = sizes[0]
    out = data.new_full([max_len, batch] + list(data.shape[1:]), padding_value)
    lengths = [0] * batch
    offset = 0
    for t, n in enumerate(sizes):
        out[t, :n] = data[offset:offset + n]
        offset += n
        for b in range(n):
            lengths[b] += 1
    if batch_first:
        out = out.transpose(0, 1)
    lengths = torch.tensor(lengths, dtype=torch.int64)
    if sequence.unsorted_indices is not None:
        return out.index_select(0 if batch_first else 1, sequence.unsorted_indices), lengths[sequence.unsorted_indices]
    return out, lengths


def pad_sequence(sequences, batch_first=False, padding_value=0.0):
    if isinstance(sequences, torch.Tensor):
        sequences = [sequences[i] for i in range(sequences.size(0))]
    else:
        try:
            sequences = tuple(sequences)
        except TypeError:
            raise RuntimeError('pad_sequence: Expected iterable for input sequences, but got arg of type: {}'
                               .format(type(sequences)))
    if not sequences:
        raise RuntimeError('received an empty list of sequences')
    max_len = max(s.size(0) for s in sequences)
    first = sequences[0]
    out = first.new_full([len(sequences), max_len] + list(first.shape[1:]), padding_value)
    for i, s in enumerate(sequences):
        out[i, :s.size(0)] = s
    return out if batch_first else out.transpose(0, 1)


def unpad_sequence(padded_sequences, lengths, batch_first=False):
    if not batch_first:
        padded_sequences = padded_sequences.transpose(0, 1)
    return [seq[:int(n)] for seq, n in zip(padded_sequences, lengths)]


def pack_sequence(sequences, enforce_sorted=True):
    lengths = torch.as_tensor([v.size(0) for v in sequences])
    return pack_padded_sequence(pad_sequence(sequences), lengths, enforce_sorted=enforce_sorted)


def unpack_sequence(packed_sequences):
    padded, lengths = pad_packed_sequence(packed_sequences, batch_first=True)
    return unpad_sequence(padded, lengths, batch_first=True)
