"""Generate the operator binding tables from the schema files src/binding/ops*.yaml.

    python3 tools/gen_binding.py build/gen/binding_ops.cpp src/binding/ops.yaml [more.yaml ...]

The files are one list split by area (ops.yaml: tensors and math; ops_nn.yaml:
torch.nn.functional's kernels; ...): overloads of one name may live in any of them.

Per Python-visible name (torch.<name> / Tensor.<name>): its signatures in
PyTorch's parser order (schema.group_overloads + schema.sort_overloads), each
with its parameters as data (binding::Param) and one call stub per kernel
that reads the parsed Values and calls the cpp: expression of ops.yaml.
See src/binding/README.md. Stdlib only (runs under any python3).
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import schema as S  # noqa: E402

# Note [Python numbers as Tensor arguments] (python_arg_parser's list in 1.13).
NUMBERS_AS_TENSORS = {
    f"{base}{suffix}"
    for base in ("add", "sub", "mul", "div", "true_divide", "floor_divide",
                 "subtract", "multiply", "divide")
    for suffix in ("", "_", "_out")
} | {"to", "_to_copy", "copy_"}

TYPECODES = {"Tensor": "Tensor", "Scalar": "Scalar", "int": "Int", "SymInt": "Int",
             "float": "Float", "bool": "Bool", "str": "Str", "ScalarType": "ScalarType",
             "Layout": "Layout", "Device": "Device", "MemoryFormat": "MemoryFormat",
             "Generator": "Generator"}
FIELDS = {"Tensor": "t", "Scalar": "s", "Int": "i", "Float": "f", "Bool": "b", "Str": "str",
          "ScalarType": "dtype", "IntList": "list()", "Layout": "i", "Device": "i",
          "MemoryFormat": "i", "TensorList": "tl", "Generator": "generator()", "FloatList": "floats"}


def fail(msg):
    sys.exit(f"gen_binding.py: {msg}")


def read_yaml(path):
    """The subset ops.yaml uses: a list of flat `key: value` maps."""
    entries = []
    for line in open(path):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("- "):
            entries.append({})
            line = line[2:]
        key, _, value = line.strip().partition(":")
        if not entries:
            fail(f"{path}: entry expected, got {line!r}")
        entries[-1][key.strip()] = value.strip()
    return entries


def cstr(default):
    """A schema string default as a C string literal."""
    body = default[1:-1]
    return '"' + body.replace("\\", "\\\\").replace('"', '\\"') + '"'


def typecode(t):
    base = S.strip_optional(t)
    if isinstance(base, S.ListType):
        if str(base.elem) == "Tensor":
            return "TensorList", base.size or 0
        if str(base.elem) == "float":
            return "FloatList", base.size or 0
        if str(base.elem) not in ("int", "SymInt"):
            fail(f"unsupported list type {t}")
        return "IntList", base.size or 0
    if base.name not in TYPECODES:
        fail(f"unsupported type {t}")
    return TYPECODES[base.name], 0


def default_of(arg):
    """(DefaultKind, dint, dfloat) of a PyArg."""
    d = arg.default
    if d is None:
        return "Required", 0, 0.0
    if len(d) >= 2 and d[0] == d[-1] and d[0] in "'\"":
        return "Str", 0, 0.0
    if d in ("True", "False"):
        return "Bool", int(d == "True"), 0.0
    if re.fullmatch(r"[[{]-?\d+[]}]", d):  # int[1] padding=[0] (shown {0}): one value
        return "Int", int(d[1:-1]), 0.0
    if d == "at::Reduction::Mean":
        # `int reduction=Mean`: PyTorch's Python parser reads this default with
        # atol(), so from Python the default reduction is 0 ('none').
        return "Int", 0, 0.0
    try:
        return "Int", int(d), 0.0
    except ValueError:
        pass
    try:
        return "Float", 0, float(d)
    except ValueError:
        pass
    return "None", 0, 0.0  # None, memory formats, ...


class Gen:
    def __init__(self):
        self.names, self.params, self.sigs, self.stubs = [], [], [], []
        self.ops = []  # (pyname, namespace, first_sig, nsigs)
        self.widths = []  # per signature: the Values a call needs
        self.tuples = {}  # return_types name -> (C name, fields)

    def named_tuple(self, name, fields):
        """The C name of the generated torch.return_types.<name> type."""
        if name not in self.tuples:
            if len(fields) > 4:
                fail(f"{name}: more than 4 named returns")
            self.tuples[name] = (f"nt_type_{len(self.tuples)}", fields)
        return self.tuples[name][0]

    def name_id(self, name):
        if name not in self.names:
            self.names.append(name)
        return self.names.index(name)

    def stub(self, schema, cpp, slots, method_self):
        """A call stub: cpp with argument names replaced by Value fields."""
        index = {}
        for name, (i, code) in slots.items():
            index[name] = f"v[{i}].{FIELDS[code]}"
            index[name + "_is_none"] = f"v[{i}].none"
            if code == "TensorList":
                index[name + "_n"] = f"v[{i}].ntl"
            if code == "FloatList":
                index[name + "_n"] = f"v[{i}].nfloats"
        outs = schema.arguments.out
        if len(outs) > 1:  # several outs: the items of the out= tuple
            for k, a in enumerate(outs):
                index[a.name] = f"v[{slots['out'][0]}].tl[{k}]"
        self_slot = slots.get("self", (None,))[0]

        def subst(m):
            return index.get(m.group(0), m.group(0))

        expr = re.sub(r"(?<![.:\w])[A-Za-z_]\w*", subst, cpp)
        for ident in re.findall(r"(?<![.:\w])[A-Za-z_]\w*(?=\s*[,)])", cpp):
            if ident in {a.name for a in schema.arguments.all()} and ident not in index:
                fail(f"{schema}: cpp uses {ident} which the Python signature lacks")
        kind = schema.kind()
        named = schema.returns_named_tuple
        if kind == S.SchemaKind.out and len(outs) > 1:
            # Unnamed returns ((Tensor, Tensor), max_pool2d_with_indices): a plain tuple.
            nt = "&" + self.named_tuple(schema.name.name + "_out", named) if named else "nullptr"
            body = f"binding::ret_outs({expr}, v[{slots['out'][0]}], {nt})"
        elif kind == S.SchemaKind.out:
            out = schema.arguments.out[0].name
            body = f"binding::ret_object({expr}, v[{slots[out][0]}])"
        elif named:
            nt = self.named_tuple(schema.name.name, named)
            body = f"binding::ret_pair({expr}, &{nt})"
        elif len(schema.returns) == 2:
            body = f"binding::ret_pair({expr}, nullptr)"
        elif len(schema.returns) == 1 and str(schema.returns[0].type) == "bool":
            body = f"binding::ret_bool({expr})"  # expr: 0 / 1, -1 on error
        elif len(schema.returns) == 1 and isinstance(schema.returns[0].type, S.ListType):
            body = expr  # a Ref: the tuple of parts
        elif kind == S.SchemaKind.inplace:
            body = f"binding::ret_object({expr}, v[{self_slot}])"
        elif schema.returns and schema.returns[0].annotation and self_slot is not None:
            body = f"binding::ret_view({expr}, v[{self_slot}])"
        else:
            body = f"binding::ret_tensor({expr})"
        name = f"stub_{len(self.stubs)}"
        self.stubs.append(f"// {schema}\nstatic Ref {name}(binding::Value *v) {{\n"
                          f"  using namespace tensor;\n  return {body};\n}}")
        return name

    def signature(self, sig, base, out, cpp, method):
        args = sig.arguments()
        if len(args) + 1 > 12:
            fail(f"{base}: too many parameters")
        slots = {}
        first = len(self.params)
        for i, a in enumerate(args):
            code, size = typecode(a.type)
            dkind, dint, dfloat = default_of(a)
            allow_none = isinstance(a.type, S.OptionalType) or a.default == "None"
            if code == "Tensor" and a.default not in (None, "None"):
                fail(f"{base}: Tensor default {a.default}")
            display = sig._display_name(a)
            slots[a.name] = (i, code)
            self.params.append(
                f"{{{self.name_id(display)}, TypeCode::{code}, {size}, "
                f"{'true' if allow_none else 'false'}, "
                f"{'true' if i >= len(sig.positional) else 'false'}, DefaultKind::{dkind}, "
                f"{dint}, {dfloat!r}, \"{S.error_type_name(a.type)}\", "
                f"{cstr(a.default) if dkind == 'Str' else 'nullptr'}}}")
        if method:
            slots["self"] = (len(args), "Tensor")
        fn = self.stub(base, cpp[base], slots, method)
        out_fn = self.stub(out, cpp[out], slots, method) if out else "nullptr"
        out_index = len(sig.positional) + len(sig.kwarg_only) if sig.out else -1
        items = len(args) + (1 if len(args) > len(sig.positional) else 0)
        err = sig.error_str().replace('"', '\\"')
        nouts = len(out.arguments.out) if out and len(out.arguments.out) > 1 else 0
        self.widths.append(len(args) + 1)  # + a method's self
        self.sigs.append(f"{{{first}, {len(args)}, {len(sig.positional)}, {out_index}, "
                         f"{items}, {fn}, {out_fn}, {nouts}, \"{err}\"}}")

    def op(self, pyname, schemas, cpp, namespace):
        method = namespace == "Tensor"
        groups = S.sort_overloads(S.group_overloads(schemas, method), key=lambda g: g[0])
        first = len(self.sigs)
        for sig, base, out in groups:
            self.signature(sig, base, out, cpp, method)
        self.ops.append((pyname, namespace, first, len(groups)))

    def emit(self):
        q = '"'
        lines = [
            "// Generated by tools/gen_binding.py from src/binding/ops*.yaml. Do not edit.",
            '#include "binding/argparse.h"', '#include "py/containers.h"',
            '#include "tensor/conv.h"', '#include "tensor/linalg.h"', '#include "tensor/pointwise.h"',
            '#include "tensor/shape_ops.h"', '#include "tensor/random_ops.h"',
            '#include "tensor/index_ops.h"', '#include "tensor/nn_ops.h"', '#include "tensor/norm_ops.h"', "",
            "using binding::TypeCode;", "using binding::DefaultKind;", "",
        ]
        for name, (cname, fields) in self.tuples.items():
            gets = ", ".join(f'{{"{f}", binding::named_tuple_get{k}}}' for k, f in enumerate(fields))
            lines.append(f"static const GetSetDef {cname}_getsets[] = {{{gets}, {{nullptr}}}};")
            lines.append(
                f"static Type {cname} = {{.ob = PY_STATIC_HEAD(&py_type_type), "
                f".name = \"torch.return_types.{name}\", .flags = TPF_GC | TPF_TUPLE_SUBCLASS, "
                f".basicsize = sizeof(TupleObj), .itemsize = sizeof(Ref), .base = &py_tuple_type, "
                f".repr = binding::named_tuple_repr, .getsets = {cname}_getsets}};")
        lines += self.stubs
        lines.append("\nnamespace binding {\n")
        types = ", ".join(f"&{c}" for c, _ in self.tuples.values()) or "nullptr"
        lines.append(f"Type *const kNamedTupleTypes[] = {{{types}}};")
        lines.append(f"const uint16_t kNumNamedTupleTypes = {len(self.tuples)};")
        lines.append(f"const char *const kNames[] = {{{', '.join(q + n + q for n in self.names)}}};")
        lines.append(f"const uint16_t kNumNames = {len(self.names)};")
        lines.append(f"static_assert({len(self.names)} <= 256, \"g_names holds 256 names\");")
        lines.append("const Param kParams[] = {\n  " + ",\n  ".join(self.params) + "};")
        lines.append("const Signature kSignatures[] = {\n  " + ",\n  ".join(self.sigs) + "};")
        ops = []
        for k, (pyname, namespace, first, n) in enumerate(self.ops):
            nat = "true" if pyname in NUMBERS_AS_TENSORS else "false"
            method = "true" if namespace == "Tensor" else "false"
            nslots = max(self.widths[first:first + n])
            ops.append(f"{{\"{pyname}\", {first}, {n}, {nslots}, {method}, {nat}}}")
        lines.append("static const OpFunction kOps[] = {\n  " + ",\n  ".join(ops) + "};")
        for k in range(len(self.ops)):
            lines.append(f"static Ref op_{k}(Ref self, Ref const *a, size_t n, Ref kw) "
                         f"{{ return call(kOps[{k}], self, a, n, kw); }}")
        for namespace, table in NAMESPACES.items():
            defs = [f"  {{\"{p}\", op_{k}, 0, nullptr}},"
                    for k, (p, ns, _, _) in enumerate(self.ops) if ns == namespace]
            lines.append(f"const MethodDef {table}[] = {{\n" + "\n".join(defs) + "\n  {nullptr}};")
        lines.append("\n} // namespace binding")
        return "\n".join(lines) + "\n"


# Where a Python-visible name lives -> its generated MethodDef table.
NAMESPACES = {"torch": "kTorchFunctions", "Tensor": "kTensorMethods", "nn": "kNNFunctions"}


def main(dst, srcs):
    entries = [e for src in srcs for e in read_yaml(src)]
    schemas, cpp, variants, module = [], {}, {}, {}
    for e in entries:
        s = S.parse_schema(e["func"])
        if "cpp" not in e:
            fail(f"{s}: no cpp:")
        schemas.append(s)
        cpp[s] = e["cpp"]
        v = "method" if e.get("python_method") == "true" else e.get("variants", "function")
        variants[s] = {x.strip() for x in v.split(",")}
        module[s] = e.get("python_module", "torch")
        if module[s] not in ("torch", "nn"):
            fail(f"{s}: python_module {module[s]} (torch or nn)")
    gen = Gen()
    for namespace in NAMESPACES:
        want = "method" if namespace == "Tensor" else "function"
        by_name = {}
        for s in schemas:
            # An out overload goes with its functional twin's variants.
            twin_variants = variants[s] if not s.is_out_fn else {"function"}
            # python_module: nn puts functions in torch._C._nn instead of torch.
            in_namespace = namespace == "Tensor" or module[s] == namespace
            if want in twin_variants and in_namespace:
                by_name.setdefault(s.name.name, []).append(s)
        for pyname, group in by_name.items():
            gen.op(pyname, group, cpp, namespace)
    os.makedirs(os.path.dirname(os.path.abspath(dst)), exist_ok=True)
    text = gen.emit()
    if not os.path.exists(dst) or open(dst).read() != text:
        with open(dst, "w") as f:
            f.write(text)


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2:])
