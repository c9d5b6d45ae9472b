# isinstance / issubclass with objects that are not classes but define the hooks.
from typing import Sequence, Mapping, Callable, List
import collections.abc as abc
print(isinstance([1], Sequence), isinstance((1,), Sequence), isinstance(1, Sequence))
print(isinstance({}, Mapping), isinstance(len, Callable), issubclass(list, Sequence))
print(isinstance([], abc.Sequence), issubclass(dict, abc.Mapping), isinstance("s", (int, Sequence)))

class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 42
class Answer(metaclass=Meta):
    pass
print(isinstance(42, Answer), isinstance(41, Answer))

class Checker:
    def __instancecheck__(self, obj):
        return isinstance(obj, str)
    def __subclasscheck__(self, cls):
        return cls is bool
print(isinstance("x", Checker()), isinstance(1, Checker()), issubclass(bool, Checker()), issubclass(int, Checker()))
for bad in (1, "str", None):
    try:
        isinstance(1, bad)
    except TypeError as e:
        print("TypeError", e)
    try:
        issubclass(int, bad)
    except TypeError as e:
        print("TypeError", e)
try:
    isinstance([], List[int])
except TypeError as e:
    print("TypeError", e)
