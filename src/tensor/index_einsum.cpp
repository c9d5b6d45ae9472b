// einsum (on permute / reshape / sum / bmm) and meshgrid (expanded views).
//
// Note [einsum layout]
//     Every operand is aligned to one global dim order: the ellipsis dims
//     first, then the labels in order of first appearance. A label an operand
//     lacks is a size-1 dim, so aligned operands broadcast. Labels found in a
//     single operand and not in the output are summed at once; the operands are
//     then contracted left to right, each pair summing the labels no later
//     operand nor the output needs, through one bmm. At the end the non-output
//     dims have size 1 and the output order is a permute + reshape away.
#include "tensor/index_util.h"
#include "tensor/linalg.h"
#include "tensor/shape_ops.h"

namespace tensor {

namespace {

constexpr int kLabels = 52; // A-Z then a-z, as PyTorch numbers them

int label_of(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return 26 + c - 'a';
  return -1;
}

char label_char(int l) { return static_cast<char>(l < 26 ? 'A' + l : 'a' + l - 26); }

constexpr int kEllipsis = -2; // in a term, stands for the ellipsis dims

struct Term {
  int items[kMaxDims + 1]; // labels, or kEllipsis once
  int n = 0;
  bool has_ellipsis = false;
};

struct Equation {
  Term inputs[kMaxDims * 4];
  int ninputs = 0;
  Term output;
  bool explicit_output = false;
};

// Parses "ij,jk->ik" into terms; PyTorch's messages for bad characters.
bool parse_equation(const char *eq, Equation *e) {
  Term *t = &e->inputs[0];
  e->ninputs = 1;
  bool in_output = false;
  for (int i = 0; eq[i]; i++) {
    char c = eq[i];
    if (c == ' ') continue;
    if (c == ',' && !in_output) {
      if (e->ninputs == kMaxDims * 4)
        return fail(ErrorKind::RuntimeError, "einsum(): too many operands");
      t = &e->inputs[e->ninputs++];
      continue;
    }
    if (c == '-' && eq[i + 1] == '>' && !in_output) {
      in_output = e->explicit_output = true;
      t = &e->output;
      i++;
      continue;
    }
    if (c == '.') {
      if (eq[i + 1] != '.' || eq[i + 2] != '.' || t->has_ellipsis) {
        if (in_output)
          return fail(ErrorKind::RuntimeError,
                      "einsum(): found '.' for output that is not part of any ellipsis (...)");
        return fail(ErrorKind::RuntimeError,
                    "einsum(): found '.' for operand %d that is not part of any ellipsis",
                    e->ninputs - 1);
      }
      i += 2;
      t->has_ellipsis = true;
      t->items[t->n++] = kEllipsis;
      continue;
    }
    int l = label_of(c);
    if (l < 0)
      return fail(ErrorKind::RuntimeError,
                  "einsum(): invalid subscript given at index %d in the equation string, "
                  "subscripts must be in [a-zA-Z]",
                  i);
    if (t->n == kMaxDims + 1) return fail(ErrorKind::RuntimeError, "einsum(): too many subscripts");
    t->items[t->n++] = l;
  }
  return true;
}

// The global layout: dim of each label, number of ellipsis dims, sizes.
struct Layout {
  int ne = 0;          // ellipsis dims (global dims [0, ne))
  int dim_of[kLabels]; // global dim of a label, -1 when unused
  int ndim = 0;        // total global dims
  int64_t sizes[kMaxDims];
  bool in_output[kMaxDims];
  int count[kMaxDims]; // operands using each global dim (after the first pass)
};

// The operand aligned to the layout (Note [einsum layout]), size checks included.
Tensor align(const Tensor &op, int k, const Term &t, Layout *lay) {
  int nlabels = t.n - (t.has_ellipsis ? 1 : 0);
  int ell = static_cast<int>(op.dim()) - nlabels; // dims the ellipsis covers
  // Global dim of each of op's dims.
  int gdim[kMaxDims];
  int d = 0;
  for (int i = 0; i < t.n; i++) {
    if (t.items[i] == kEllipsis) {
      for (int j = 0; j < ell; j++) gdim[d++] = lay->ne - ell + j;
      continue;
    }
    gdim[d++] = lay->dim_of[t.items[i]];
  }
  // Repeated labels: take diagonals until each global dim appears once.
  Tensor cur = op;
  int nd = d;
  for (int i = 0; i < nd; i++)
    for (int j = i + 1; j < nd; j++) {
      if (gdim[i] != gdim[j]) continue;
      if (cur.size(i) != cur.size(j)) {
        int l = 0;
        while (lay->dim_of[l] != gdim[i]) l++;
        fail(ErrorKind::RuntimeError,
             "einsum(): subscript %c is repeated for operand %d but the sizes don't match, %lld "
             "!= %lld",
             label_char(l), k, static_cast<long long>(cur.size(j)),
             static_cast<long long>(cur.size(i)));
        return Tensor();
      }
      cur = diagonal(cur, 0, i, j); // the diagonal becomes the last dim
      if (!cur) return cur;
      int g = gdim[i];
      int m = 0;
      for (int q = 0; q < nd; q++)
        if (q != i && q != j) gdim[m++] = gdim[q];
      gdim[m++] = g;
      nd = m;
      i = -1; // rescan
      break;
    }
  // Size checks against the sizes seen so far (1 broadcasts).
  for (int i = 0; i < nd; i++) {
    int g = gdim[i];
    int64_t s = cur.size(i);
    if (lay->sizes[g] == 1)
      lay->sizes[g] = s;
    else if (s != 1 && s != lay->sizes[g]) {
      if (g < lay->ne) {
        fail(ErrorKind::RuntimeError, "einsum(): operands do not broadcast with remapped shapes");
        return Tensor();
      }
      int l = 0;
      while (lay->dim_of[l] != g) l++;
      fail(ErrorKind::RuntimeError,
           "einsum(): subscript %c has size %lld for operand %d which does not broadcast with "
           "previously seen size %lld",
           label_char(l), static_cast<long long>(s), k, static_cast<long long>(lay->sizes[g]));
      return Tensor();
    }
  }
  // Permute to global order, then view with size-1 dims for the rest.
  int64_t perm[kMaxDims], shape[kMaxDims];
  int p = 0;
  for (int g = 0; g < lay->ndim; g++)
    for (int i = 0; i < nd; i++)
      if (gdim[i] == g) perm[p++] = i;
  Tensor permuted = permute(cur, IntArrayRef(perm, nd));
  if (!permuted) return permuted;
  for (int g = 0; g < lay->ndim; g++) shape[g] = 1;
  for (int i = 0; i < nd; i++) shape[gdim[i]] = cur.size(i);
  return reshape(permuted, IntArrayRef(shape, lay->ndim));
}

// Sums t (aligned) over the global dims in `which`, keeping them as size 1.
Tensor sum_dims(const Tensor &t, const bool *which, int ndim) {
  int64_t dims[kMaxDims];
  int n = 0;
  for (int g = 0; g < ndim; g++)
    if (which[g] && t.size(g) != 1) dims[n++] = g;
  if (n == 0) return t;
  return sum(t, IntArrayRef(dims, n), true);
}

// a * b (aligned, broadcastable) summed over the dims in `contract`, by bmm.
Tensor contract_pair(Tensor a, Tensor b, const bool *contract, int ndim) {
  bool only_a[kMaxDims], only_b[kMaxDims];
  for (int g = 0; g < ndim; g++) {
    only_a[g] = contract[g] && b.size(g) == 1;
    only_b[g] = contract[g] && a.size(g) == 1;
  }
  a = sum_dims(a, only_a, ndim);
  b = sum_dims(b, only_b, ndim);
  if (!a || !b) return Tensor();
  // Dim classes: batch (both), left, right, summed; size-1 dims go last.
  int64_t perm_a[kMaxDims], perm_b[kMaxDims], order[kMaxDims], sizes[kMaxDims];
  int nb = 0, nl = 0, nr = 0, ns = 0;
  int64_t B = 1, L = 1, R = 1, S = 1;
  int64_t batch[kMaxDims], left[kMaxDims], right[kMaxDims], summed[kMaxDims], rest[kMaxDims];
  int nrest = 0;
  for (int g = 0; g < ndim; g++) {
    int64_t sa = a.size(g), sb = b.size(g);
    if (contract[g] && sa != 1)
      summed[ns++] = g, S *= sa;
    else if (sa != 1 && sb != 1)
      batch[nb++] = g, B *= sa;
    else if (sa != 1)
      left[nl++] = g, L *= sa;
    else if (sb != 1)
      right[nr++] = g, R *= sb;
    else
      rest[nrest++] = g;
  }
  if (ns == 0) return mul(a, b); // nothing to sum: a broadcast product
  int p = 0;
  for (int i = 0; i < nb; i++) perm_a[p++] = batch[i];
  for (int i = 0; i < nl; i++) perm_a[p++] = left[i];
  for (int i = 0; i < ns; i++) perm_a[p++] = summed[i];
  for (int i = 0; i < nr; i++) perm_a[p++] = right[i];
  for (int i = 0; i < nrest; i++) perm_a[p++] = rest[i];
  p = 0;
  for (int i = 0; i < nb; i++) perm_b[p++] = batch[i];
  for (int i = 0; i < ns; i++) perm_b[p++] = summed[i];
  for (int i = 0; i < nr; i++) perm_b[p++] = right[i];
  for (int i = 0; i < nl; i++) perm_b[p++] = left[i];
  for (int i = 0; i < nrest; i++) perm_b[p++] = rest[i];
  Tensor a3 = reshape(permute(a, IntArrayRef(perm_a, ndim)), {B, L, S});
  Tensor b3 = reshape(permute(b, IntArrayRef(perm_b, ndim)), {B, S, R});
  if (!a3 || !b3) return Tensor();
  Tensor c = bmm(a3, b3);
  if (!c) return c;
  // c is [batch..., left..., right..., rest(1)...] flattened; back to global order.
  p = 0;
  for (int i = 0; i < nb; i++) order[p++] = batch[i];
  for (int i = 0; i < nl; i++) order[p++] = left[i];
  for (int i = 0; i < nr; i++) order[p++] = right[i];
  for (int i = 0; i < ns; i++) order[p++] = summed[i];
  for (int i = 0; i < nrest; i++) order[p++] = rest[i];
  for (int i = 0; i < ndim; i++) {
    int64_t g = order[i];
    bool kept = i < nb + nl + nr;
    sizes[i] = kept ? (a.size(g) != 1 ? a.size(g) : b.size(g)) : 1;
  }
  int64_t inverse[kMaxDims];
  for (int i = 0; i < ndim; i++) inverse[order[i]] = i;
  Tensor shaped = reshape(c, IntArrayRef(sizes, ndim));
  return shaped ? permute(shaped, IntArrayRef(inverse, ndim)) : shaped;
}

} // namespace

Tensor einsum(const char *equation, const Tensor *tensors, size_t n) {
  Equation e;
  if (!parse_equation(equation, &e)) return Tensor();
  if (static_cast<size_t>(e.ninputs) > n)
    return fail(ErrorKind::RuntimeError,
                "einsum(): fewer operands were provided than specified in the equation"),
           Tensor();
  if (static_cast<size_t>(e.ninputs) < n)
    return fail(ErrorKind::RuntimeError,
                "einsum(): more operands were provided than specified in the equation"),
           Tensor();
  Layout lay;
  int occurrences[kLabels] = {0};
  for (int l = 0; l < kLabels; l++) lay.dim_of[l] = -1;
  for (int k = 0; k < e.ninputs; k++) {
    const Term &t = e.inputs[k];
    int nlabels = t.n - (t.has_ellipsis ? 1 : 0);
    int64_t nd = tensors[k].dim();
    if (!t.has_ellipsis && nlabels != nd)
      return fail(ErrorKind::RuntimeError,
                  "einsum(): the number of subscripts in the equation (%d) does not match the "
                  "number of dimensions (%lld) for operand %d and no ellipsis was given",
                  nlabels, static_cast<long long>(nd), k),
             Tensor();
    if (t.has_ellipsis && nlabels > nd)
      return fail(ErrorKind::RuntimeError,
                  "einsum(): the number of subscripts in the equation (%d) is more than the "
                  "number of dimensions (%lld) for operand %d",
                  nlabels, static_cast<long long>(nd), k),
             Tensor();
    if (t.has_ellipsis && nd - nlabels > lay.ne) lay.ne = static_cast<int>(nd - nlabels);
    for (int i = 0; i < t.n; i++)
      if (t.items[i] != kEllipsis) occurrences[t.items[i]]++;
  }
  // Global dims: ellipsis dims, then labels (A-Z before a-z).
  lay.ndim = lay.ne;
  for (int l = 0; l < kLabels; l++) {
    if (!occurrences[l]) continue;
    if (lay.ndim == kMaxDims) return check_ndim(kMaxDims + 1), Tensor();
    lay.dim_of[l] = lay.ndim++;
  }
  for (int g = 0; g < lay.ndim; g++) lay.sizes[g] = 1, lay.in_output[g] = false, lay.count[g] = 0;
  // Output dims in order.
  int out_dims[kMaxDims];
  int nout = 0;
  if (e.explicit_output) {
    const Term &t = e.output;
    for (int i = 0; i < t.n; i++) {
      if (t.items[i] == kEllipsis) {
        for (int g = 0; g < lay.ne; g++) out_dims[nout++] = g, lay.in_output[g] = true;
        continue;
      }
      int l = t.items[i];
      if (!occurrences[l])
        return fail(ErrorKind::RuntimeError,
                    "einsum(): output subscript %c does not appear in the equation for any input "
                    "operand",
                    label_char(l)),
               Tensor();
      int g = lay.dim_of[l];
      if (lay.in_output[g])
        return fail(ErrorKind::RuntimeError,
                    "einsum(): output subscript %c appears more than once in the output",
                    label_char(l)),
               Tensor();
      lay.in_output[g] = true;
      out_dims[nout++] = g;
    }
  } else {
    for (int g = 0; g < lay.ne; g++) out_dims[nout++] = g, lay.in_output[g] = true;
    for (int l = 0; l < kLabels; l++)
      if (occurrences[l] == 1)
        out_dims[nout++] = lay.dim_of[l], lay.in_output[lay.dim_of[l]] = true;
  }
  // Align every operand; count the operands each dim appears in.
  Tensor ops[kMaxDims * 4];
  for (int k = 0; k < e.ninputs; k++) {
    ops[k] = align(tensors[k], k, e.inputs[k], &lay);
    if (!ops[k]) return Tensor();
  }
  for (int k = 0; k < e.ninputs; k++) {
    const Term &t = e.inputs[k];
    bool used[kMaxDims] = {false};
    for (int i = 0; i < t.n; i++)
      if (t.items[i] != kEllipsis) used[lay.dim_of[t.items[i]]] = true;
    int ell = static_cast<int>(tensors[k].dim()) - (t.n - (t.has_ellipsis ? 1 : 0));
    for (int g = lay.ne - (t.has_ellipsis ? ell : 0); g < lay.ne; g++) used[g] = true;
    for (int g = 0; g < lay.ndim; g++) lay.count[g] += used[g];
  }
  // Dims only one operand has and the output lacks are summed at once.
  for (int k = 0; k < e.ninputs; k++) {
    bool alone[kMaxDims];
    for (int g = 0; g < lay.ndim; g++)
      alone[g] = !lay.in_output[g] && lay.count[g] == 1 && ops[k].size(g) != 1;
    ops[k] = sum_dims(ops[k], alone, lay.ndim);
    if (!ops[k]) return Tensor();
  }
  Tensor result;
  result = ops[0];
  for (int k = 1; k < e.ninputs; k++) {
    bool contract[kMaxDims];
    for (int g = 0; g < lay.ndim; g++) {
      // A dim is summed at the last operand holding it.
      bool held = result.size(g) != 1 || ops[k].size(g) != 1;
      contract[g] = held && !lay.in_output[g];
      for (int j = k + 1; j < e.ninputs; j++)
        if (ops[j].size(g) != 1) contract[g] = false;
    }
    result = contract_pair(result, ops[k], contract, lay.ndim);
    if (!result) return result;
  }
  // The non-output dims are size 1 now: permute them last and drop them.
  int64_t perm[kMaxDims], shape[kMaxDims];
  int p = 0;
  bool placed[kMaxDims] = {false};
  for (int i = 0; i < nout; i++) perm[p++] = out_dims[i], placed[out_dims[i]] = true;
  for (int g = 0; g < lay.ndim; g++)
    if (!placed[g]) perm[p++] = g;
  Tensor permuted = permute(result, IntArrayRef(perm, lay.ndim));
  if (!permuted) return permuted;
  for (int i = 0; i < nout; i++) shape[i] = permuted.size(i);
  if (e.ninputs == 1 && permuted.dim() == nout) return permuted;
  return reshape(permuted, IntArrayRef(shape, nout));
}

TensorTuple meshgrid(const Tensor *tensors, size_t n, const char *indexing) {
  TensorTuple r;
  if (n == 0) return fail(ErrorKind::RuntimeError, "meshgrid expects a non-empty TensorList"), r;
  bool xy = false;
  if (indexing) {
    xy = strcmp(indexing, "xy") == 0;
    if (!xy && strcmp(indexing, "ij") != 0)
      return fail(ErrorKind::RuntimeError,
                  "torch.meshgrid: indexing must be one of \"xy\" or \"ij\", but received: %s",
                  indexing),
             r;
  }
  for (size_t i = 0; i < n; i++) {
    if (tensors[i].dim() > 1)
      return fail(ErrorKind::RuntimeError,
                  "torch.meshgrid: Expected 0D or 1D tensor in the tensor list but got a %lld-D "
                  "tensor",
                  static_cast<long long>(tensors[i].dim())),
             r;
    if (tensors[i].dtype() != tensors[0].dtype())
      return fail(ErrorKind::RuntimeError, "meshgrid expects all tensors to have the same dtype"),
             r;
  }
  if (n > kMaxDims) return check_ndim(n), r;
  int64_t shape[kMaxDims];
  int pos[kMaxDims]; // output dim of tensor i
  for (size_t i = 0; i < n; i++) pos[i] = static_cast<int>(i);
  if (xy && n >= 2) pos[0] = 1, pos[1] = 0;
  for (size_t i = 0; i < n; i++) shape[pos[i]] = tensors[i].numel();
  for (size_t i = 0; i < n; i++) {
    int64_t vshape[kMaxDims];
    for (size_t d = 0; d < n; d++) vshape[d] = static_cast<int>(d) == pos[i] ? shape[pos[i]] : 1;
    Tensor v = reshape(tensors[i], IntArrayRef(vshape, n));
    r.items[i] = v ? expand(v, IntArrayRef(shape, n)) : v;
    if (!r.items[i]) return r;
  }
  r.size = static_cast<int>(n);
  return r;
}

} // namespace tensor
