# typing subscripts and their reprs, TypeVar/Generic classes, NamedTuple, TypedDict, get_origin/get_args.
import typing
from typing import (List, Dict, Tuple, Optional, Union, Callable, Any, TypeVar, Generic,
                    NamedTuple, Sequence, Iterable, Iterator, Mapping, Set, FrozenSet, Type,
                    cast, overload, Literal, Final, ClassVar, Protocol, TypedDict, get_origin, get_args)

def show(x):
    try:
        print(repr(x))
    except Exception as e:
        print("ERR", type(e).__name__, e)

show(List[int]); show(Dict[str, int]); show(Tuple[int, ...]); show(Tuple[()]); show(Tuple[int, str])
show(Optional[int]); show(Union[int, str]); show(Union[int, None]); show(Union[int]); show(Union[int, int])
show(Optional[Union[int, str]]); show(Union[str, Optional[int]])
show(Callable[..., int]); show(Callable[[int, str], float]); show(Callable[[], None])
show(List); show(Dict); show(Optional); show(Union); show(Callable); show(Any)
show(Sequence[int]); show(Iterable[str]); show(Iterator[float]); show(Mapping[str, Any])
show(Type[int]); show(Set[int]); show(FrozenSet[str])
show(List["Foo"]); show(Optional["Foo"])
T = TypeVar("T"); show(T)
K = TypeVar("K", bound=int); show(K); show(K.__bound__)
V = TypeVar("V", int, str); show(V.__constraints__)
Co = TypeVar("Co", covariant=True); show(Co)
Contra = TypeVar("Contra", contravariant=True); show(Contra)
show(List[T]); show(Dict[str, T]); show(List[T][int]); show(Dict[K, T][int, str])
show(Literal[1, 2]); show(Literal["a"]); show(Final[int]); show(ClassVar[int])
show(int | None)
show(list[int]); show(dict[str, list[int]]); show(tuple[int, ...])
show(get_origin(List[int])); show(get_args(Dict[str, int])); show(get_origin(Optional[int])); show(get_args(Optional[int]))
show(get_args(Callable[[int], str])); show(get_origin(Callable[[int], str]))
show(get_origin(int)); show(get_args(int)); show(get_origin(list[int]))
show(List[int] == List[int]); show(List[int] == List[str]); show(Union[int, str] == Union[str, int])
show(hash(List[int]) == hash(List[int]))
show(Optional[int].__args__); show(List[int].__origin__); show(Union[int, str].__origin__)

class Box(Generic[T]):
    def __init__(self, v: T):
        self.v = v
    def get(self) -> T:
        return self.v
b = Box[int](3); show(b.get()); show(Box[int]); show(Box.__parameters__)
class IntBox(Box[int]): pass
show(IntBox(4).get()); show(IntBox.__mro__)
class Pair(Generic[K, V]): pass
show(Pair[int, str])

class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self):
        return self.x + self.y
p = Point(1); show(p); show(p.norm()); show(Point._fields); show(Point._field_defaults); show(p._asdict()); show(p._replace(y=5))
show(Point.__annotations__)
P2 = NamedTuple("P2", [("a", int), ("b", str)]); show(P2(1, "x"))
try:
    Point()
except TypeError as e:
    print("TypeError", e)

class Movie(TypedDict):
    name: str
    year: int
m = Movie(name="x", year=1); show(m); show(type(m)); show(Movie.__annotations__)
class Partial(TypedDict, total=False):
    a: int
show(Partial()); show(Partial.__total__)

@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x
show(f(3))
show(cast(List[int], "x"))
show(typing.TYPE_CHECKING)
def g(a: List[int], b: "Optional[str]" = None) -> Dict[str, int]: pass
show(g.__annotations__)
show(typing.get_type_hints(g))
show(isinstance([], typing.List)); show(isinstance({}, typing.Mapping)); show(issubclass(list, typing.Sequence))
try:
    isinstance([], List[int])
except TypeError as e:
    print("TypeError", e)
try:
    Union[()]
except Exception as e:
    print(type(e).__name__)
