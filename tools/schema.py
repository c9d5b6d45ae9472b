"""PyTorch function schemas as immutable values.

The schema string is the single source of truth for an operator overload:

    add.Tensor(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor

`parse_schema(s)` turns it into a `FunctionSchema`; `str(schema)` gives back
exactly `s` (Note [Round trip]).  Everything the binding generator needs is
derived from the parsed value: the kind (functional / inplace / out), the
Python signature the argument parser matches and prints in its TypeErrors,
and PyTorch's overload order for the Python argument parser.

Stdlib only: this runs at build time under any python3.

Note [Round trip]
    Defaults are kept as the literal text of the schema (`1e-05`,
    `1.0000000000000001e-05`, `'none'`, `"none"`, `[0, 1]`, `[0,1]` all stay
    as written) and are only interpreted on demand (`Argument.default_value`).
    An annotation is written right after the base type name
    (`Tensor(a!)[]`, `Tensor(a)?`); TorchScript's annotations on a
    container (`t[](a!)`) are not part of the supported syntax.

Note [Supported syntax]
    The subset is the one of ATen's native functions: the base types of
    `BASE_TYPES`, `T?`, `T[]`, `T[N]` (nested), alias annotations
    (`a`, `a!`, `a|b`, `a -> *`, `*`), defaults (None, True, False, ints,
    floats, quoted strings, lists, bare names such as `contiguous_format`).
    TorchScript-only syntax (type variables `t`, `Any`, `Dict(...)`,
    `Future(...)`, class types, `...` varargs) raises `SchemaError` naming
    what is unsupported; it never mis-parses.
"""

import enum
import re
from dataclasses import dataclass
from typing import Optional, Tuple, Union


class SchemaError(ValueError):
    """A schema string outside the supported syntax, or malformed."""


# ---------------------------------------------------------------------------
# Lexical helpers
# ---------------------------------------------------------------------------

_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


def _unquoted(s):
    """Yield (index, char) for the chars of s outside quoted strings."""
    quote, i = None, 0
    while i < len(s):
        c = s[i]
        if quote:
            if c == "\\":
                i += 1  # skip the escaped char
            elif c == quote:
                quote = None
        elif c in "'\"":
            quote = c
        else:
            yield i, c
        i += 1
    if quote:
        raise SchemaError(f"unterminated string in {s!r}")


def _scan_top_level(s):
    """Yield (index, char) for chars of s outside brackets and quotes."""
    depth = 0
    for i, c in _unquoted(s):
        if c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
        elif depth == 0:
            yield i, c
    if depth != 0:
        raise SchemaError(f"unbalanced brackets in {s!r}")


def _split_list(s):
    """Split 'a, b, c' at top-level commas; the separator must be ', '."""
    if s == "":
        return []
    parts, start = [], 0
    for i, c in _scan_top_level(s):
        if c == ",":
            parts.append(s[start:i])
            if s[i + 1 : i + 2] != " ":
                raise SchemaError(f"expected ', ' between items in {s!r}")
            start = i + 2
    parts.append(s[start:])
    return parts


def _find_top_level(s, ch):
    return [i for i, c in _scan_top_level(s) if c == ch]


def _matching_paren(s, open_at):
    """Index of the ')' closing the '(' at open_at (quotes respected)."""
    depth = 0
    for i, c in _unquoted(s[open_at:]):
        depth += {"(": 1, ")": -1}.get(c, 0)
        if depth == 0:
            return open_at + i
    raise SchemaError(f"missing ')' in {s!r}")


# ---------------------------------------------------------------------------
# Annotations: (a), (a!), (a|b), (a -> *), (*)
# ---------------------------------------------------------------------------

_ALIAS_SET = r"(?:[a-z]+|\*)(?:\|(?:[a-z]+|\*))*"
_ANNOTATION = re.compile(
    rf"(?P<before>{_ALIAS_SET})(?P<write>!?)(?: -> (?P<after>{_ALIAS_SET}))?\Z"
)


@dataclass(frozen=True)
class Annotation:
    """Alias information: which alias sets a value is in, and whether the
    operator writes to it (`!`).  `alias_set_after` is the set after the
    call (`Tensor(a -> *) self` in split: the outputs alias into `*`)."""

    alias_set: Tuple[str, ...]
    is_write: bool
    alias_set_after: Tuple[str, ...] = ()

    @staticmethod
    def parse(s):
        m = _ANNOTATION.match(s)
        if not m:
            raise SchemaError(f"unsupported annotation ({s})")
        after = m.group("after")
        return Annotation(
            alias_set=tuple(m.group("before").split("|")),
            is_write=m.group("write") == "!",
            alias_set_after=tuple(after.split("|")) if after else (),
        )

    def __str__(self):
        text = "|".join(self.alias_set) + ("!" if self.is_write else "")
        if self.alias_set_after:
            text += " -> " + "|".join(self.alias_set_after)
        return text


# ---------------------------------------------------------------------------
# Types
# ---------------------------------------------------------------------------

# Base types of ATen schemas (torchgen's set, plus `complex` which the JIT
# registry uses), spelled as in schemas.
BASE_TYPES = frozenset(
    """Tensor Scalar int SymInt float bool str complex ScalarType Layout
    Device MemoryFormat Generator Dimname DimVector QScheme Storage Stream
    ConstQuantizerPtr""".split()
)


@dataclass(frozen=True)
class BaseType:
    name: str

    def __str__(self):
        return self.name


@dataclass(frozen=True)
class OptionalType:
    elem: "Type"

    def __str__(self):
        return f"{self.elem}?"


@dataclass(frozen=True)
class ListType:
    elem: "Type"
    size: Optional[int] = None

    def __str__(self):
        return f"{self.elem}[{'' if self.size is None else self.size}]"


Type = Union[BaseType, OptionalType, ListType]

_TYPE_HEAD = re.compile(r"[A-Za-z_][A-Za-z0-9_.]*")
_TYPE_SUFFIX = re.compile(r"\?|\[(\d*)\]")


def _parse_base_name(s):
    m = _TYPE_HEAD.match(s)
    if not m:
        raise SchemaError(f"expected a type, got {s!r}")
    name = m.group(0)
    if name not in BASE_TYPES:
        raise SchemaError(f"unsupported type {name!r} in {s!r}")
    return name, m.end()


def _apply_suffixes(t, s, pos):
    """Wrap t with the `?` / `[N]` suffixes found in s from pos to the end."""
    while pos < len(s):
        m = _TYPE_SUFFIX.match(s, pos)
        if not m:
            raise SchemaError(f"unsupported type syntax {s!r}")
        if m.group(0) == "?":
            t = OptionalType(t)
        else:
            t = ListType(t, int(m.group(1)) if m.group(1) else None)
        pos = m.end()
    return t


def _parse_annotated_type(s):
    """'Tensor(a!)[]' -> (ListType(Tensor), Annotation(a!))."""
    name, pos = _parse_base_name(s)
    annotation = None
    if s.startswith("(", pos):
        close = _matching_paren(s, pos)
        annotation = Annotation.parse(s[pos + 1 : close])
        pos = close + 1
    if "(" in s[pos:]:
        raise SchemaError(f"unsupported annotation position in {s!r}")
    return _apply_suffixes(BaseType(name), s, pos), annotation


def parse_type(s):
    t, annotation = _parse_annotated_type(s)
    if annotation is not None:
        raise SchemaError(f"annotation not allowed in a bare type: {s!r}")
    return t


def _annotated_type_str(t, annotation):
    """Insert '(annotation)' right after the base type name."""
    text = str(t)
    if annotation is None:
        return text
    head = _TYPE_HEAD.match(text).end()
    return f"{text[:head]}({annotation}){text[head:]}"


def type_base(t):
    """The innermost BaseType of t (Tensor for `Tensor?[]`)."""
    while not isinstance(t, BaseType):
        t = t.elem
    return t


def is_tensor_like(t):
    """Tensor, Tensor?, Tensor[], Tensor?[] ..."""
    return type_base(t).name == "Tensor"


def strip_optional(t):
    return t.elem if isinstance(t, OptionalType) else t


# ---------------------------------------------------------------------------
# Default values
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Name:
    """A bare-name default: `contiguous_format`, `long`, `Mean`, ..."""

    name: str


_INT = re.compile(r"-?\d+\Z")
_FLOAT = re.compile(r"-?(\d+\.\d*|\.\d+|\d+)([eE][-+]?\d+)?\Z|-?inf\Z|nan\Z")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "v": "\v", "f": "\f",
            "a": "\a", "b": "\b", "\\": "\\", "'": "'", '"': '"'}


def _unquote(text):
    body, out, i = text[1:-1], [], 0
    while i < len(body):
        if body[i] == "\\":
            if i + 1 >= len(body) or body[i + 1] not in _ESCAPES:
                raise SchemaError(f"unsupported escape in string {text!r}")
            out.append(_ESCAPES[body[i + 1]])
            i += 2
        else:
            out.append(body[i])
            i += 1
    return "".join(out)


def _parse_list_default(text):
    inner = text[1:-1]
    items = [x.strip() for x in inner.split(",")] if inner.strip() else []
    return tuple(parse_default(x) for x in items)


def parse_default(text):
    """The Python value of a default's text; SchemaError if malformed."""
    fixed = {"None": None, "True": True, "False": False}
    if text in fixed:
        return fixed[text]
    if _INT.match(text):
        return int(text)
    if _FLOAT.match(text):
        return float(text)
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return _unquote(text)
    if text.startswith("[") and text.endswith("]"):
        return _parse_list_default(text)
    if _IDENT.match(text):
        return Name(text)
    raise SchemaError(f"unsupported default value {text!r}")


# ---------------------------------------------------------------------------
# Arguments and returns
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Argument:
    type: Type
    name: str
    default: Optional[str]  # literal text, see Note [Round trip]
    annotation: Optional[Annotation]

    @staticmethod
    def parse(s):
        eq = _find_top_level(s, "=")
        default = None
        if eq:
            s, default = s[: eq[0]], s[eq[0] + 1 :]
            parse_default(default)  # validate
        spaces = _find_top_level(s, " ")
        if not spaces:
            raise SchemaError(f"argument without a name: {s!r}")
        type_text, name = s[: spaces[-1]], s[spaces[-1] + 1 :]
        if not _IDENT.match(name):
            raise SchemaError(f"bad argument name {name!r}")
        t, annotation = _parse_annotated_type(type_text)
        return Argument(t, name, default, annotation)

    @property
    def is_write(self):
        return self.annotation is not None and self.annotation.is_write

    @property
    def default_value(self):
        return None if self.default is None else parse_default(self.default)

    def __str__(self):
        text = f"{_annotated_type_str(self.type, self.annotation)} {self.name}"
        return text if self.default is None else f"{text}={self.default}"


@dataclass(frozen=True)
class Return:
    type: Type
    name: Optional[str]
    annotation: Optional[Annotation]

    @staticmethod
    def parse(s):
        spaces = _find_top_level(s, " ")
        name = None
        if spaces and _IDENT.match(s[spaces[-1] + 1 :]):
            s, name = s[: spaces[-1]], s[spaces[-1] + 1 :]
        t, annotation = _parse_annotated_type(s)
        return Return(t, name, annotation)

    @property
    def is_write(self):
        return self.annotation is not None and self.annotation.is_write

    def __str__(self):
        text = _annotated_type_str(self.type, self.annotation)
        return text if self.name is None else f"{text} {self.name}"


@dataclass(frozen=True)
class Arguments:
    """positional, then keyword-only (after `*`), then out arguments.

    Out arguments are the keyword-only arguments from the first mutable
    one on (`*, Tensor(a!) out`); a keyword-only non-mutable argument after
    them is rejected."""

    positional: Tuple[Argument, ...]
    kwarg_only: Tuple[Argument, ...]
    out: Tuple[Argument, ...]

    @staticmethod
    def parse(s):
        groups = ([], [], [])
        section = 0
        for item in _split_list(s):
            if item == "*":
                if section != 0:
                    raise SchemaError(f"second '*' in ({s})")
                section = 1
                continue
            if item == "...":
                raise SchemaError("unsupported varargs '...'")
            arg = Argument.parse(item)
            section = _section_of(arg, section, s)
            groups[section].append(arg)
        return Arguments(*(tuple(g) for g in groups))

    def all(self):
        return self.positional + self.kwarg_only + self.out

    def __str__(self):
        items = [str(a) for a in self.positional]
        if self.kwarg_only or self.out:
            items.append("*")
        items += [str(a) for a in self.kwarg_only + self.out]
        return ", ".join(items)


def _section_of(arg, section, text):
    """Section (0 positional, 1 kwarg-only, 2 out) that arg goes to."""
    if section == 1 and arg.is_write:
        return 2
    if section == 2 and not arg.is_write:
        raise SchemaError(f"keyword-only argument after out arguments: ({text})")
    return section


def _parse_returns(s):
    if s == "...":
        raise SchemaError("unsupported varargs return '...'")
    if s.startswith("(") and _matching_paren(s, 0) == len(s) - 1:
        return tuple(Return.parse(r) for r in _split_list(s[1:-1]))
    return (Return.parse(s),)


def _returns_str(returns):
    if len(returns) == 1:
        return str(returns[0])
    return "(" + ", ".join(str(r) for r in returns) + ")"


# ---------------------------------------------------------------------------
# Operator names and schemas
# ---------------------------------------------------------------------------

# Python's augmented assignments: `__iadd__` is the in-place `__add__`.
_AUGMENTED = frozenset("add sub mul div mod pow lshift rshift and xor or".split())
_OP_NAME = re.compile(
    r"(?:(?P<ns>[A-Za-z_][A-Za-z0-9_]*)::)?"
    r"(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?:\.(?P<overload>[A-Za-z0-9_]+))?\Z"
)


@dataclass(frozen=True)
class OperatorName:
    namespace: Optional[str]  # 'aten' in the JIT's spelling, None in yaml
    name: str  # 'add_', '__iadd__'
    overload_name: str  # '' for the default overload

    @staticmethod
    def parse(s):
        m = _OP_NAME.match(s)
        if not m:
            raise SchemaError(f"bad operator name {s!r}")
        return OperatorName(m.group("ns"), m.group("name"), m.group("overload") or "")

    @property
    def is_dunder(self):
        return self.name.startswith("__") and self.name.endswith("__")

    @property
    def inplace(self):
        if self.is_dunder:
            inner = self.name[2:-2]
            return inner.startswith("i") and inner[1:] in _AUGMENTED
        return self.name.endswith("_") and not self.name.endswith("__")

    @property
    def base(self):
        """'add' for add_, add, add.out; '__add__' for '__iadd__'."""
        if not self.inplace:
            return self.name
        if self.is_dunder:
            return "__" + self.name[3:]
        return self.name[:-1]

    def __str__(self):
        text = f"{self.namespace}::{self.name}" if self.namespace else self.name
        return f"{text}.{self.overload_name}" if self.overload_name else text


class SchemaKind(enum.Enum):
    functional = "functional"
    inplace = "inplace"  # add_: mutates and returns self
    out = "out"  # add.out: writes the out= arguments
    # Mutates an argument, neither of the above.  torchgen calls a schema
    # that mutates only `self` without a trailing `_` (retain_grad)
    # functional; we call it mutable.
    mutable = "mutable"


@dataclass(frozen=True)
class FunctionSchema:
    name: OperatorName
    arguments: Arguments
    returns: Tuple[Return, ...]

    def __str__(self):
        return f"{self.name}({self.arguments}) -> {_returns_str(self.returns)}"

    def kind(self):
        if self.arguments.out:
            return SchemaKind.out
        if self.name.inplace:
            return SchemaKind.inplace
        if any(a.is_write for a in self.arguments.all()):
            return SchemaKind.mutable
        return SchemaKind.functional

    @property
    def is_out_fn(self):
        return bool(self.arguments.out)

    @property
    def self_arg(self):
        """The positional argument named `self`, if any (method receiver)."""
        for a in self.arguments.positional:
            if a.name == "self":
                return a
        return None

    @property
    def returns_named_tuple(self):
        """Field names when the returns form a named tuple (max.dim)."""
        names = [r.name for r in self.returns]
        if len(names) > 1 and all(names):
            return tuple(names)
        return None


def parse_schema(s):
    """Parse one schema string; raise SchemaError outside our syntax."""
    open_at = s.find("(")
    if open_at < 0:
        raise SchemaError(f"missing '(' in {s!r}")
    close = _matching_paren(s, open_at)
    if not s.startswith(" -> ", close + 1):
        raise SchemaError(f"expected ' -> ' after arguments in {s!r}")
    schema = FunctionSchema(
        name=OperatorName.parse(s[:open_at]),
        arguments=Arguments.parse(s[open_at + 1 : close]),
        returns=_parse_returns(s[close + 5 :]),
    )
    _check_out_returns(schema, s)
    return schema


def _check_out_returns(schema, s):
    out = schema.arguments.out
    if out and len(schema.returns) not in (0, len(out)):
        raise SchemaError(f"out arguments do not match returns in {s!r}")



# ---------------------------------------------------------------------------
# The Python signature: what PyTorch's Python argument parser matches
# ---------------------------------------------------------------------------
#
# Note [Python signature]
#     Each Python-visible overload is one signature in the parser's format,
#     e.g. `add(Tensor input, Tensor other, *, Scalar alpha=1, Tensor out=None)`
#     (str(PySignature)); the TypeError for a call that matches none lists
#     them as `(Tensor input, Tensor other, *, Number alpha, Tensor out)`
#     (PySignature.error_str()).  Relative to the schema:
#     - a method drops `self`; a function renames a Tensor `self` to `input`;
#     - the functional overload and its out variant are one signature with
#       an optional `out=` (several outs: `TensorList[N] out=None`, printed
#       "tuple of Tensors out");
#     - `dtype, layout, device, pin_memory` (TensorOptions) leave the keyword
#       list; factory, `*_like` and `new_*` functions get them back at the
#       end as optional keywords, with `requires_grad`.
#     - defaults are written as the parser reads them: None, True, 1, 1e-05,
#       "linear", {1, 1}, MemoryFormat::Contiguous, at::kLong.


@dataclass(frozen=True)
class PyArg:
    name: str
    type: Type
    default: Optional[str]  # parser spelling, see Note [Python signature]


@dataclass(frozen=True)
class PySignature:
    name: str
    positional: Tuple[PyArg, ...]
    kwarg_only: Tuple[PyArg, ...]
    out: Optional[PyArg]
    tensor_options: Tuple[PyArg, ...]
    method: bool

    def arguments(self, skip_out=False):
        out = () if skip_out or self.out is None else (self.out,)
        return self.positional + self.kwarg_only + out + self.tensor_options

    def _formals(self, skip_out, formal):
        items = [formal(a) for a in self.arguments(skip_out)]
        if len(items) > len(self.positional):
            items.insert(len(self.positional), "*")
        return ", ".join(items)

    def signature_str(self, skip_out=False):
        """The parser's format: `add(Tensor input, ..., Tensor out=None)`."""
        return f"{self.name}({self._formals(skip_out, self._parser_formal)})"

    def error_str(self):
        """As a TypeError lists it: `(Tensor input, *, Number alpha)`."""
        return f"({self._formals(False, self._error_formal)})"

    def __str__(self):
        return self.signature_str()

    def _display_name(self, a):
        if a.name == "self" and a.type == BaseType("Tensor") and not self.method:
            return "input"
        return a.name

    def _parser_formal(self, a):
        text = f"{parser_type_str(a.type)} {self._display_name(a)}"
        return text if a.default is None else f"{text}={a.default}"

    def _error_formal(self, a):
        return f"{error_type_name(a.type)} {self._display_name(a)}"


def parser_type_str(t):
    """The C++-flavoured type names of the parser's signature format."""
    if isinstance(t, OptionalType):
        if t.elem == BaseType("Tensor"):
            return "Tensor?"
        return parser_type_str(t.elem) + "?"
    if isinstance(t, ListType):
        return _parser_list_str(t)
    renamed = {"int": "int64_t", "float": "double", "str": "c10::string_view"}
    if t.name in ("complex", "DimVector"):
        raise SchemaError(f"type {t} has no Python-parser spelling")
    return renamed.get(t.name, t.name)


_PARSER_LISTS = {
    "int": "IntArrayRef", "SymInt": "SymIntArrayRef", "Tensor": "TensorList",
    "Scalar": "ScalarList", "Dimname": "DimnameList",
}


def _parser_list_str(t):
    elem = str(t.elem)
    if elem == "bool":
        return f"::std::array<bool,{t.size}>"
    if elem == "Tensor?":
        return "c10::List<c10::optional<Tensor>>"
    size = "" if t.size is None else f"[{t.size}]"
    if elem in _PARSER_LISTS:
        return _PARSER_LISTS[elem] + size
    return f"ArrayRef<{parser_type_str(t.elem)}>"


# How the parser names types in its TypeErrors (1.13).
_ERROR_NAMES = {
    "Tensor": "Tensor", "Scalar": "Number", "int": "int", "SymInt": "SymInt",
    "float": "float", "complex": "complex", "bool": "bool", "str": "str",
    "Generator": "torch.Generator", "Storage": "torch.Storage",
    "ScalarType": "torch.dtype", "Layout": "torch.layout",
    "MemoryFormat": "torch.memory_format", "QScheme": "torch.qscheme",
    "Device": "torch.device", "Stream": "torch.Stream", "Dimname": "name",
}
_ERROR_LIST_NAMES = {
    "int": "tuple of ints", "SymInt": "tuple of SymInts",
    "float": "tuple of floats", "Tensor": "tuple of Tensors",
    "Tensor?": "tuple of Tensors", "Dimname": "tuple of names",
    "Scalar": "tuple of Scalars",
}


def error_type_name(t):
    """How the parser names a type in TypeErrors: `tuple of ints`, ..."""
    t = strip_optional(t)
    if isinstance(t, ListType):
        key = str(t.elem)
        if key not in _ERROR_LIST_NAMES:
            raise SchemaError(f"type {t} is not accepted by the Python parser")
        return _ERROR_LIST_NAMES[key]
    return _ERROR_NAMES[t.name]


_CPP_NAMES = {
    "False": "false", "True": "true", "None": "c10::nullopt", "[]": "{}",
    "Mean": "at::Reduction::Mean", "contiguous_format": "MemoryFormat::Contiguous",
    "long": "at::kLong",
}


def _cpp_default(text, t):
    """The C++ default expression the parser's format is derived from."""
    if text == "None" and t == OptionalType(BaseType("Tensor")):
        return "{}"
    if t == BaseType("str") and text[:1] == "'" and text[-1:] == "'":
        return _double_quoted(text)
    if isinstance(t, OptionalType):
        return "c10::nullopt" if text == "None" else _cpp_default(text, t.elem)
    if isinstance(t, ListType) and text.startswith("["):
        return "{" + text[1:-1] + "}"
    if isinstance(t, ListType) and t.size is None:
        raise SchemaError(f"list default {text!r} for unsized {t}")
    return _CPP_NAMES.get(text, text)


def _double_quoted(text):
    """'a"b' -> "a\\"b": schema strings may be single-quoted, C++ may not."""
    body, out, i = text[1:-1], [], 0
    while i < len(body):
        if body[i] == "\\":
            pair = body[i : i + 2]
            out.append("'" if pair == "\\'" else pair)
            i += 2
        else:
            out.append('\\"' if body[i] == '"' else body[i])
            i += 1
    return '"' + "".join(out) + '"'


def python_default(text, t):
    """A schema default in the parser's spelling (see Note [Python signature])."""
    cpp = _cpp_default(text, t)
    if cpp in ("nullptr", "c10::nullopt", "{}"):
        return "None"
    if cpp in ("true", "false"):
        return str(cpp == "true")
    for convert in (int, float):
        try:
            return str(convert(cpp))
        except ValueError:
            pass
    return cpp


def _py_arg(a):
    default = None if a.default is None else python_default(a.default, a.type)
    return PyArg(a.name, a.type, default)


_TENSOR_OPTIONS = (("dtype", "ScalarType"), ("layout", "Layout"),
                   ("device", "Device"), ("pin_memory", "bool"))


def _is_option(arg, name, base):
    return arg.name == name and strip_optional(arg.type) == BaseType(base)


def tensor_options_at(kwargs):
    """Index of the `dtype, layout, device, pin_memory` run in kwargs, or -1."""
    n = len(_TENSOR_OPTIONS)
    for i in range(len(kwargs) - n + 1):
        window = zip(kwargs[i : i + n], _TENSOR_OPTIONS)
        if all(_is_option(a, name, base) for a, (name, base) in window):
            return i
    return -1


def _kwargs_without_options(kwargs):
    at = tensor_options_at(kwargs)
    if at < 0:
        return kwargs
    return kwargs[:at] + kwargs[at + len(_TENSOR_OPTIONS):]


def _python_options():
    return tuple(
        PyArg(name, OptionalType(BaseType(base)), default)
        for name, base, default in (
            ("dtype", "ScalarType", "None"), ("layout", "Layout", "None"),
            ("device", "Device", "None"), ("pin_memory", "bool", "False"),
            ("requires_grad", "bool", "False"),
        )
    )


def takes_tensor_options(schema, category=None):
    """Factory (`ones`), `*_like` and `new_*` functions take dtype= etc.

    category: the yaml's category_override ('factory', 'like', 'new')."""
    args = schema.arguments
    has_tensor_input = any(is_tensor_like(a.type) for a in args.positional + args.kwarg_only)
    has_tensor_return = any(is_tensor_like(r.type) for r in schema.returns)
    # The C++ name decides: `empty_like.out` is `empty_like_out`, not a
    # *_like function (its group takes the options of `empty_like`).
    name = schema.name.name + ("_out" if schema.is_out_fn else "")
    factory = category == "factory" or (has_tensor_return and not has_tensor_input)
    like = category in ("new", "like") or name.startswith("new_") or name.endswith("_like")
    return factory or like


def _out_py_arg(out):
    if not out:
        return None
    if len(out) == 1:
        return PyArg(out[0].name, out[0].type, "None")
    if not all(is_tensor_like(a.type) for a in out):
        raise SchemaError("several out arguments must all be tensors")
    return PyArg("out", ListType(BaseType("Tensor"), len(out)), "None")


def python_signature(schema, method=False, category=None):
    """The PySignature of one schema (see Note [Python signature])."""
    args = schema.arguments
    positional = args.positional
    if method:
        positional = tuple(a for a in positional if a.name != "self")
    if any(a.name == "requires_grad" for a in args.all()):
        raise SchemaError("'requires_grad' is reserved for TensorOptions")
    options = _python_options() if takes_tensor_options(schema, category) else ()
    return PySignature(
        name=schema.name.name,
        positional=tuple(_py_arg(a) for a in positional),
        kwarg_only=tuple(_py_arg(a) for a in _kwargs_without_options(args.kwarg_only)),
        out=_out_py_arg(args.out),
        tensor_options=options,
        method=method,
    )


def group_overloads(schemas, method=False, categories=None):
    """One PySignature per functional overload, its out variant merged in.

    schemas: the overloads of one Python-visible name (e.g. all `add`);
    categories: optional {schema: category_override}.  Raises SchemaError
    for an out variant without its functional twin.  Returns
    [(signature, functional_schema, out_schema_or_None)]."""
    categories = categories or {}
    sigs = {s: python_signature(s, method, categories.get(s)) for s in schemas}
    bases = {sigs[s].signature_str(True): s for s in schemas if not s.is_out_fn}
    outs = {}
    for s in schemas:
        if s.is_out_fn:
            key = sigs[s].signature_str(True)
            if key not in bases:
                raise SchemaError(f"out variant without functional twin: {s}")
            outs[key] = s
    return [_merged(sigs, base, outs.get(key)) for key, base in bases.items()]


def _merged(sigs, base, out):
    if out is None:
        return sigs[base], base, None
    merged = PySignature(**{**sigs[out].__dict__,
                            "tensor_options": sigs[base].tensor_options})
    return merged, base, out


# Note [Overload order]
#     The parser tries signatures in order and takes the first that matches,
#     so a signature that accepts strictly more must come later: `Tensor`
#     before `Scalar` (a Python number also converts to a Tensor for
#     add/mul/..., and a 0-dim Tensor to a Scalar), `Tensor?` before
#     `Scalar?`, Dimname overloads last, `int`/`int?` before `int[]`
#     (an int is accepted for int[N]), `Tensor[]` after other lists (later
#     releases add `int[]` before `SymInt[]` and `Tensor` before `int`; 1.13,
#     our reference, orders `repeat_interleave` without them).  This is a partial
#     order between signatures of equal length that differ only in such
#     pairs; PyTorch starts from the signatures sorted by their
#     `signature_str()` (`sort_key`) and then moves every signature after all
#     that take precedence over it, breadth first.  A key alone cannot
#     express the partial order, hence `sort_overloads`.

_LOWER_PRIORITY = {  # str(type) -> the str(type)s it yields to (1.13)
    "Scalar": {"Tensor"}, "Scalar?": {"Tensor?"}, "int[]": {"int", "int?"},
}


def _yields_to(t1, t2):
    """Type t1 has lower priority than t2 (Note [Overload order])."""
    a, b = str(t1), str(t2)
    if b in _LOWER_PRIORITY.get(a, ()):
        return True
    if "Dimname" in a and "Dimname" not in b:
        return True
    return a == "Tensor[]" and "[]" in b


def yields_to(s1, s2):
    """PySignature s1 must be tried after s2 (Note [Overload order])."""
    args1, args2 = s1.arguments(skip_out=True), s2.arguments(skip_out=True)
    if len(args1) != len(args2):
        return False
    pairs = list(zip(args1, args2))
    if all(a.type == b.type for a, b in pairs):
        return False
    return all(str(a.type) == str(b.type) or _yields_to(a.type, b.type) for a, b in pairs)


def sort_key(sig):
    return sig.signature_str()


def sort_overloads(sigs, key=lambda item: item):
    """Order PySignatures as PyTorch's parser tries them (first match wins).

    key maps an item of sigs to its PySignature (for tuples from
    group_overloads use key=lambda g: g[0])."""
    items = sorted(sigs, key=lambda item: sort_key(key(item)))
    pending = {i: {j for j, b in enumerate(items) if yields_to(key(a), key(b))}
               for i, a in enumerate(items)}
    order = [i for i in range(len(items)) if not pending[i]]
    for done in order:  # grows while iterating: breadth-first release
        for i in range(len(items)):
            if pending[i] and done in pending[i]:
                pending[i].discard(done)
                if not pending[i]:
                    order.append(i)
    if len(order) != len(items):
        raise SchemaError("cyclic overload precedence")
    return [items[i] for i in order]
