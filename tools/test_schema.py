"""Tests of tools/schema.py against the reference: PyTorch 1.13 itself.

Run: /usr/bin/python3 tools/test_schema.py   (needs Debian's python3-torch)

1. Every schema registered in torch (`torch._C._jit_get_all_schemas()`)
   either round-trips (`str(parse_schema(s)) == s`) and agrees with torch's
   own parse (names, overload names, keyword-only/out flags, aliasing,
   list sizes, defaults), or raises SchemaError.
2. Every `func:` of ATen's native_functions.yaml (shipped in torchgen)
   round-trips, and its Python signature equals torchgen's.
3. The TypeErrors of real calls list exactly our error_str()s, in our
   overload order (sort_overloads).
4. Unit checks of kinds, self, named tuples, defaults, rejected syntax.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import schema as S  # noqa: E402
import torch  # noqa: E402
import yaml  # noqa: E402

NATIVE_DIR = "/usr/lib/python3/dist-packages/torchgen/packaged/ATen/native/"
FAILURES = []


def check(ok, what):
    if not ok:
        FAILURES.append(what)


# ---------------------------------------------------------------------------
# 1. torch's schema registry
# ---------------------------------------------------------------------------


def unsupported_reason(message):
    """Group SchemaError messages for the report."""
    reason = message.split(" in ")[0]
    if "__torch__." in reason:
        return "class types __torch__.*"
    return reason


def classify_registry():
    """-> (supported [(torch_schema, ours)], unsupported {reason: n})."""
    supported, unsupported = [], {}
    for ts in torch._C._jit_get_all_schemas():
        text = str(ts)
        try:
            ours = S.parse_schema(text)
        except S.SchemaError as e:
            reason = unsupported_reason(str(e))
            unsupported[reason] = unsupported.get(reason, 0) + 1
            continue
        check(str(ours) == text, f"round trip: {text!r} -> {str(ours)!r}")
        supported.append((ts, ours))
    return supported, unsupported


def comparable_default(value, t):
    """Our default as torch's Python view shows it; None if incomparable."""
    if isinstance(value, S.Name):
        return None
    if isinstance(value, tuple):
        return list(value)
    t = S.strip_optional(t)
    if isinstance(t, S.ListType) and isinstance(value, int) and t.size:
        return [value] * t.size  # int[2] stride=1
    return value


def check_argument(ts, t_arg, ours, section):
    where = f"{ts} / {t_arg.name}"
    check(t_arg.name == ours.name, f"name: {where}")
    check(t_arg.kwarg_only == (section != "positional"), f"kwarg_only: {where}")
    check(t_arg.is_out == (section == "out"), f"is_out: {where}")
    write = t_arg.alias_info is not None and t_arg.alias_info.is_write
    check(write == ours.is_write, f"is_write: {where}")
    if isinstance(ours.type, S.ListType):
        check(t_arg.N == ours.type.size, f"list size: {where}")
    check(t_arg.has_default_value() == (ours.default is not None), f"has default: {where}")
    if ours.default is not None:
        mine = comparable_default(ours.default_value, ours.type)
        check(mine is None or mine == t_arg.default_value,
              f"default: {where}: {t_arg.default_value!r} vs {mine!r}")


def check_against_torch(ts, ours):
    ns, _, name = ts.name.partition("::")
    check((ours.name.namespace, ours.name.name) == (ns, name), f"op name: {ts}")
    check(ours.name.overload_name == ts.overload_name, f"overload: {ts}")
    a = ours.arguments
    sections = [("positional", x) for x in a.positional]
    sections += [("kwarg_only", x) for x in a.kwarg_only] + [("out", x) for x in a.out]
    check(len(sections) == len(ts.arguments), f"argument count: {ts}")
    for t_arg, (section, arg) in zip(ts.arguments, sections):
        check_argument(ts, t_arg, arg, section)
    check([r.name or "" for r in ours.returns] == [r.name for r in ts.returns],
          f"return names: {ts}")


def check_aten_overload_names(supported):
    """Our overload names are the ones torch.ops.aten exposes."""
    by_op = {}
    for ts, ours in supported:
        if ours.name.namespace == "aten":
            by_op.setdefault(ours.name.name, set()).add(ours.name.overload_name or "default")
    checked = 0
    for op, names in by_op.items():
        packet = getattr(torch.ops.aten, op, None)
        if packet is None:
            continue
        check(names <= set(packet.overloads()), f"overloads of aten::{op}")
        checked += 1
    return checked


def test_registry():
    supported, unsupported = classify_registry()
    for ts, ours in supported:
        check_against_torch(ts, ours)
    ops = check_aten_overload_names(supported)
    total = len(supported) + sum(unsupported.values())
    aten = sum(1 for _, o in supported if o.name.namespace == "aten")
    print(f"torch registry: {len(supported)}/{total} schemas round-trip "
          f"({aten} aten::), overload names checked for {ops} aten ops")
    top = sorted(unsupported.items(), key=lambda kv: -kv[1])
    print("  raising SchemaError:", "; ".join(f"{k} x{n}" for k, n in top))


# ---------------------------------------------------------------------------
# 2. native_functions.yaml, and torchgen's Python signatures
# ---------------------------------------------------------------------------


def load_native():
    with open(NATIVE_DIR + "native_functions.yaml") as f:
        return yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def test_native_round_trip(entries):
    n = 0
    for e in entries:
        ours = S.parse_schema(e["func"])
        check(str(ours) == e["func"], f"native round trip: {e['func']}")
        n += 1
    print(f"native_functions.yaml: {n}/{len(entries)} round-trip")


def torchgen_functions():
    try:
        import torchgen.gen as gen
        import torchgen.api.python as python
    except ImportError:
        return None, None
    parsed = gen.parse_native_yaml(NATIVE_DIR + "native_functions.yaml",
                                   NATIVE_DIR + "tags.yaml")
    return parsed.native_functions, python


def self_only_mutation(ours):
    """See SchemaKind.mutable: torchgen calls these functional."""
    writes = [a.name for a in ours.arguments.all() if a.is_write]
    return ours.kind() == S.SchemaKind.mutable and writes == ["self"]


def compare_with_torchgen(f, python, method):
    try:
        ref = python.signature(f, method=method).signature_str()
    except Exception:  # torchgen cannot bind it either
        return None
    ours = S.parse_schema(str(f.func))
    check(ours.kind().name == f.func.kind().name or self_only_mutation(ours),
          f"kind: {f.func}")
    check(ours.is_out_fn == f.func.is_out_fn(), f"is_out_fn: {f.func}")
    mine = S.python_signature(ours, method, f.category_override).signature_str()
    check(mine == ref, f"python signature: {ref!r} vs {mine!r}")
    return True


def test_torchgen_signatures():
    functions, python = torchgen_functions()
    if functions is None:
        print("torchgen not importable: python signatures not cross-checked")
        return
    n = 0
    for f in functions:
        for method in (False, True):
            if method and f.func.arguments.self_arg is None:
                continue
            n += compare_with_torchgen(f, python, method) is not None
    print(f"python signatures equal to torchgen's: {n} (functions and methods)")


# ---------------------------------------------------------------------------
# 3. What real calls print: signatures and their order
# ---------------------------------------------------------------------------

# Multi-overload names whose error list we reproduce: (name, method).
ERROR_CASES = [
    ("add", False), ("sub", False), ("mul", False), ("div", False),
    ("max", False), ("min", False), ("sum", False), ("std", False),
    ("var", False), ("cat", False), ("softmax", False), ("log_softmax", False),
    ("ones", False), ("zeros", False), ("full", False), ("randint", False),
    ("clamp", False), ("pow", False), ("narrow", False), ("index_select", False),
    ("repeat_interleave", False), ("cumsum", False), ("gather", False),
    ("where", False), ("eq", False), ("remainder", False), ("topk", False),
    ("sort", False), ("mean", False), ("argmax", False), ("flatten", False),
    ("sum", True), ("view", True), ("mean", True), ("max", True),
    ("transpose", True), ("squeeze", True), ("clamp", True), ("add", True),
]


def torch_error_list(name, method):
    """The signatures a TypeError lists for name, or None."""
    fn = getattr(torch.ones(2), name) if method else getattr(torch, name)
    for n in range(1, 5):  # enough objects to match no signature
        try:
            fn(*[object()] * n)
        except TypeError as e:
            text = str(e)
            if "expected one of:" in text:
                lines = text.split("expected one of:\n", 1)[1].split("\n")
                return [ln[3:] for ln in lines if ln.startswith(" * ")]
    return None


# torch hides these (gen_python_functions' skip list): a Python number
# reaches add.Tensor as a wrapped 0-dim tensor instead.
NOT_PYTHON_VISIBLE = {"add.Scalar", "sub.Scalar", "mul.Scalar", "div.Scalar"}


def visible(entry, name, method):
    if entry["func"].split("(")[0] in NOT_PYTHON_VISIBLE:
        return False
    variants = entry.get("variants", "function")
    if ("method" if method else "function") not in variants:
        return False
    if "python_module" in entry:
        return False
    return S.parse_schema(entry["func"]).name.name == name


def our_groups(entries, name, method):
    """Sorted (signature, functional, out) groups of a Python-visible name."""
    chosen = [e for e in entries if visible(e, name, method)]
    categories = {S.parse_schema(e["func"]): e.get("category_override") for e in chosen}
    groups = S.group_overloads(list(categories), method, categories)
    return S.sort_overloads(groups, key=lambda g: g[0])


def our_error_list(entries, name, method):
    return [g[0].error_str() for g in our_groups(entries, name, method)]


def check_single_signature(entries, name, method):
    """One signature: torch names its positional count in the TypeError."""
    got = our_error_list(entries, name, method)
    check(len(got) == 1, f"{name}: torch has one signature, we have {got}")
    n = len(our_groups(entries, name, method)[0][0].positional)
    fn = getattr(torch.ones(2), name) if method else getattr(torch, name)
    sig = our_groups(entries, name, method)[0][0]
    low = sum(1 for a in sig.positional if a.default is None)
    expect = f"takes {n} positional argument{'' if n == 1 else 's'} but"
    if low != n:
        expect = f"takes from {low} to {n} positional arguments but"
    try:
        fn(*[torch.ones(2)] * (n + 1))
    except TypeError as e:
        check(expect in str(e), f"{name}: {e}")


def test_error_messages(entries):
    checked = 0
    for name, method in ERROR_CASES:
        expected = torch_error_list(name, method)
        if expected is None:
            check_single_signature(entries, name, method)
            checked += 1
            continue
        # Deprecated signatures (hidden, not printed) are not in the yaml.
        got = our_error_list(entries, name, method)
        check(got == expected, f"{name} (method={method}):\n  torch {expected}\n  ours  {got}")
        checked += 1
    print(f"TypeError signature lists (text and order) checked: {checked}")


def test_single_signature_messages():
    """Single-signature errors name the type as error_type_name does."""
    cases = [
        ("torch.ones('a')", "ones(SymInt[] size)", "size"),
        ("torch.nn.functional.layer_norm(torch.ones(2), object())",
         "layer_norm(Tensor input, int[] normalized_shape)", "normalized_shape"),
        ("torch.narrow_copy(torch.ones(2), 0, 'a', 1)",
         "narrow_copy(Tensor self, int dim, SymInt start, SymInt length)", "start"),
        ("torch.arange('a')", "arange(Scalar end)", "end"),
    ]
    for call, sig, arg in cases:
        try:
            eval(call)
        except TypeError as e:
            ours = S.parse_schema(sig + " -> Tensor")
            a = next(x for x in ours.arguments.all() if x.name == arg)
            check(f"must be {S.error_type_name(a.type)}," in str(e), f"{call}: {e}")


# ---------------------------------------------------------------------------
# 4. Unit checks
# ---------------------------------------------------------------------------

ADD = "add.Tensor(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor"
ADD_ = "add_.Tensor(Tensor(a!) self, Tensor other, *, Scalar alpha=1) -> Tensor(a!)"
ADD_OUT = "add.out(Tensor self, Tensor other, *, Scalar alpha=1, Tensor(a!) out) -> Tensor(a!)"
MAX_DIM = "max.dim(Tensor self, int dim, bool keepdim=False) -> (Tensor values, Tensor indices)"


def test_kinds():
    kinds = [S.parse_schema(s).kind() for s in (ADD, ADD_, ADD_OUT)]
    check(kinds == [S.SchemaKind.functional, S.SchemaKind.inplace, S.SchemaKind.out], "kinds")
    out = S.parse_schema(ADD_OUT)
    check(out.is_out_fn and [a.name for a in out.arguments.out] == ["out"], "out args")
    check(out.arguments.kwarg_only[0].default_value == 1, "alpha default")
    inplace = S.parse_schema(ADD_)
    check(inplace.self_arg.is_write and inplace.name.base == "add", "add_ self")
    iadd = S.parse_schema("__iadd__.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)")
    check(iadd.name.inplace and iadd.name.base == "__add__", "__iadd__")
    check(S.parse_schema(MAX_DIM).returns_named_tuple == ("values", "indices"), "named tuple")


def test_types_and_defaults():
    t = S.parse_type("int[1]?")
    check(t == S.OptionalType(S.ListType(S.BaseType("int"), 1)), "int[1]?")
    arg = S.Argument.parse("Tensor(a!)[] out")
    check(arg.type == S.ListType(S.BaseType("Tensor")) and arg.is_write, "Tensor(a!)[]")
    split = S.Argument.parse("Tensor(a -> *) self")
    check(split.annotation.alias_set_after == ("*",), "a -> *")
    values = {
        "1e-05": 1e-05, "1.": 1.0, "[0, 1]": (0, 1), "[]": (), "'none'": "none",
        "contiguous_format": S.Name("contiguous_format"), "long": S.Name("long"),
        "-1": -1, "None": None, "True": True, "' \\n'": " \n",
    }
    for text, value in values.items():
        check(S.parse_default(text) == value, f"default {text}")
    quoted = "f(str a=\")(\", str b='\\\\') -> str"
    check(str(S.parse_schema(quoted)) == quoted, "quotes and parens in defaults")
    check(S.python_default("[1, 1]", S.parse_type("int[2]")) == "{1, 1}", "int list default")
    check(S.python_default("'none'", S.parse_type("str")) == '"none"', "str default")
    check(S.python_default("1.", S.parse_type("float")) == "1.0", "float default")


def test_python_signature():
    g = S.group_overloads([S.parse_schema(s) for s in (ADD, ADD_OUT)])
    check(len(g) == 1 and g[0][2] is not None, "add grouped with add.out")
    sig = g[0][0]
    check(str(sig) == "add(Tensor input, Tensor other, *, Scalar alpha=1, Tensor out=None)",
          f"add signature {sig}")
    check(sig.error_str() == "(Tensor input, Tensor other, *, Number alpha, Tensor out)",
          "add error_str")
    m = S.python_signature(S.parse_schema(ADD), method=True)
    check(str(m) == "add(Tensor other, *, Scalar alpha=1)", "method drops self")


def test_order():
    scalar = "add.Scalar(Tensor self, Scalar other, Scalar alpha=1) -> Tensor"
    tensor = "add.Tensor(Tensor self, Tensor other, Scalar alpha=1) -> Tensor"
    sigs = [S.python_signature(S.parse_schema(s)) for s in (scalar, tensor)]
    ordered = S.sort_overloads(sigs)
    check([str(s.positional[1].type) for s in ordered] == ["Tensor", "Scalar"],
          "Tensor before Scalar")


REJECTED = [
    ("aten::values.str(Dict(str, t) self) -> t[](*)", "unsupported type 'Dict'"),
    ("prim::TupleUnpack(Any tup) -> ...", "unsupported type 'Any'"),
    ("aten::reverse.t(t[](a!) self) -> ()", "unsupported type 't'"),
    ("aten::remove.int(int[](a!) self, int el) -> ()", "annotation position"),
    ("foo(Tensor self,Tensor other) -> Tensor", "', '"),
    ("foo(Tensor self, int x=@) -> Tensor", "default value"),
    ("foo(Tensor self, Tensor(a!!) x) -> Tensor", "annotation"),
    ("foo(Tensor self) Tensor", "' -> '"),
    ("foo(Tensor self, *, Tensor(a!) out, int x) -> Tensor(a!)", "after out"),
    ("foo(Tensor(a!) self, ...) -> ...", "varargs"),
]


def test_rejected():
    for text, reason in REJECTED:
        try:
            S.parse_schema(text)
        except S.SchemaError as e:
            check(reason in str(e), f"{text}: message {e!r} lacks {reason!r}")
        else:
            FAILURES.append(f"accepted unsupported {text}")


def main():
    entries = load_native()
    test_registry()
    test_native_round_trip(entries)
    test_torchgen_signatures()
    test_error_messages(entries)
    test_single_signature_messages()
    for unit in (test_kinds, test_types_and_defaults, test_python_signature,
                 test_order, test_rejected):
        unit()
    for f in FAILURES[:40]:
        print("FAIL:", f)
    print(f"{len(FAILURES)} failure(s)")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
