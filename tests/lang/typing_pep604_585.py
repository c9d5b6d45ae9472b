# PEP 604 unions (int | None) and PEP 585 generics (list[int]) as annotations, in isinstance and typing.
import typing, types, collections
from dataclasses import dataclass, field, fields
class Tensor: pass
def forward(x: Tensor, mask: Tensor | None = None, sizes: list[int] = [], d: dict[str, tuple[int, ...]] | None = None) -> tuple[Tensor, list[int]]:
    return x
print(forward.__annotations__)
@dataclass
class Cfg:
    dims: list[int] = field(default_factory=list)
    name: str | None = None
    table: dict[str, float] = field(default_factory=dict)
print(Cfg(), [f.type for f in fields(Cfg)])
print(isinstance(3, int | float), isinstance("s", int | float), isinstance(None, int | None), issubclass(bool, int | str))
print(typing.get_origin(int | None), typing.get_args(int | None), typing.get_origin(list[int]), typing.get_args(dict[str, int]))
print(typing.Optional[list[int]], typing.Union[int | str, None], typing.List[int] | None, int | typing.List[int])
print(type(int | str) is types.UnionType, type(list[int]) is types.GenericAlias, types.GenericAlias(list, (int,)), types.GenericAlias(dict, (str, int)))
print(int | str == str | int, int | int, (int | str) | int, int | None | None, hash(int | str) == hash(str | int))
print(type[int], type[Tensor], tuple[()], tuple[int, ...], list['Tensor'], list[None], set[int], frozenset[str])
print(collections.deque[int], collections.OrderedDict[str, int], collections.defaultdict[str, list[int]], collections.Counter[str])
class MyList(list[int]):
    pass
print(MyList.__bases__, MyList([1, 2]), list[int]([1, 2]), dict[str, int](a=1))
for bad in [lambda: isinstance([], list[int]), lambda: issubclass(list, list[int]), lambda: int | "str", lambda: 3 | int, lambda: None | None, lambda: list[int][int], lambda: isinstance(1, str | list[int])]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
print(list[int].__origin__, list[int].__args__, list[int].__parameters__, (int | str).__args__)
print({list[int]: 1}[list[int]], list[int] == list[int], list[int] == list, list[int] != list[str])
print(repr(int | Tensor), repr(list[Tensor]), dict[str, list[int] | None])
def f(x: "int | None" = None) -> None: pass
print(f.__annotations__, typing.get_type_hints(f))
