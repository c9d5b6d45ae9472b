# Realistic dataclass usage: field(default_factory), frozen/order/eq, __post_init__, InitVar,
# asdict/astuple/replace/fields, kw_only, and the errors CPython raises.
import dataclasses
from dataclasses import dataclass, field, asdict, astuple, replace, fields, is_dataclass, InitVar, FrozenInstanceError
from typing import List, Dict, Optional, ClassVar

@dataclass
class Config:
    name: str
    layers: List[int] = field(default_factory=list)
    lr: float = 0.1
    extra: Dict[str, int] = field(default_factory=dict, repr=False)
    count: ClassVar[int] = 0

c = Config("a"); print(c); print(c == Config("a")); print(c != Config("b"))
c.layers.append(3); print(Config("a").layers, c.layers)
print(asdict(c)); print(astuple(c)); print(replace(c, lr=0.5))
print([f.name for f in fields(c)]); print([f.type for f in fields(Config)])
print(is_dataclass(c), is_dataclass(Config), is_dataclass(3))
print(Config.__dataclass_fields__.keys())
print(fields(c)[1].default_factory is list, fields(c)[0].default is dataclasses.MISSING)
print(Config.count)
print(Config.__init__.__name__, Config.__repr__.__qualname__)

@dataclass(frozen=True)
class P:
    x: int
    y: int = 0
p = P(1, 2); print(p, hash(p) == hash(P(1, 2)))
try:
    p.x = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del p.x
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print({p: 1}[P(1, 2)])

@dataclass(order=True)
class V:
    a: int
    b: str = "z"
print(sorted([V(2), V(1, "b"), V(1, "a")]))
print(V(1) < V(2), V(1) <= V(1), V(3) > V(2), V(2) >= V(3))
try:
    V(1) < 3
except TypeError as e:
    print("TypeError", e)
print(V(1) == 3)

@dataclass
class Post:
    a: int
    b: int = 0
    total: int = field(init=False)
    def __post_init__(self):
        self.total = self.a + self.b
print(Post(1, 2), Post(1, 2).total)

@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.a *= scale
print(WithInit(3), WithInit(3, 3), [f.name for f in fields(WithInit)])

@dataclass
class Nested:
    c: Config
    ps: List[P]
    d: Dict[str, P]
n = Nested(Config("z"), [P(1), P(2)], {"k": P(3)})
print(asdict(n)); print(astuple(n))

@dataclass
class Child(P.__class__ and Config):
    dropout: float = 0.0
print(Child("c"), [f.name for f in fields(Child)])

@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1))

@dataclass(repr=False)
class NoRepr:
    a: int
print(repr(NoRepr(1)).startswith("<__main__.NoRepr object"))

@dataclass
class Cmp:
    a: int = field(compare=False)
    b: int = 0
print(Cmp(1, 2) == Cmp(3, 2))
print(Cmp(1, 2) .__eq__(3))

try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print("ValueError", e)
try:
    Config()
except TypeError as e:
    print("TypeError", e)
try:
    Config("a", [], 0.1, {}, 5)
except TypeError as e:
    print("TypeError", e)
try:
    asdict(3)
except TypeError as e:
    print("TypeError", e)
try:
    replace(c, nope=1)
except TypeError as e:
    print("TypeError", e)
try:
    fields(3)
except TypeError as e:
    print("TypeError", e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError", e)

@dataclass
class Slots:
    __slots__ = ("a",)
    a: int
print(Slots(1))
@dataclass(unsafe_hash=True)
class H:
    a: int
print(hash(H(1)) == hash(H(1)))
@dataclass
class Unhash:
    a: int
print(Unhash.__hash__)
d = dataclasses.make_dataclass("D", ["x", ("y", int, field(default=3))])
print(d(1))
@dataclass
class KW:
    a: int
    b: int = field(default=0, kw_only=True)
print(KW(1, b=2))
@dataclass(kw_only=True)
class KW2:
    a: int
    b: int = 1
print(KW2(a=1))
try:
    KW2(1)
except TypeError as e:
    print("TypeError", e)
