# typing constructs used in model annotations must import and subscript without error.
from typing import List, Dict, Tuple, Optional, Callable, Union, Any, Iterable, Iterator, Sequence, TypeVar, Type
import typing

class Module:
    pass

def build(layers: List[int], act: Optional[Callable[..., Module]] = None,
          cfg: Dict[str, Union[int, float]] = None) -> Tuple[int, ...]:
    return tuple(layers)

print(build([1, 2, 3]))
print(sorted(build.__annotations__))
T = TypeVar("T")
def first(xs: Sequence[T]) -> T:
    return xs[0]
print(first("abc"), first([5]))
alias = Optional[Callable[..., Module]]
print(alias is not None, List[int] is not None, Dict[str, Any] is not None)
print(typing.TYPE_CHECKING, typing.cast(int, "not checked"))
def gen() -> Iterator[int]:
    yield 1
print(list(gen()))
class Net(Module):
    layers: List[Module]
    norm_layer: Optional[Callable[..., Module]]
    def __init__(self, norm_layer: Optional[Callable[..., Module]] = None) -> None:
        self.norm_layer = norm_layer or Module
print(Net().norm_layer is Module, sorted(Net.__annotations__))
def f(x: "Module", y: Type[Module] = Module) -> "List[Module]":
    return [x]
print(len(f(Module())))
