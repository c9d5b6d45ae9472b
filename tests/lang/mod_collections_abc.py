# collections.abc isinstance/issubclass checks with builtins and user classes.
from collections import abc
import collections.abc
print(isinstance([], abc.Iterable), isinstance(5, abc.Iterable), isinstance("s", abc.Iterable), isinstance({}, abc.Mapping))
print(isinstance(iter([]), abc.Iterator), isinstance([], abc.Iterator), isinstance((x for x in ()), abc.Generator))
print(isinstance([], abc.Sequence), isinstance({}, abc.MutableMapping), isinstance(set(), abc.Set), isinstance(len, abc.Callable))
print(isinstance((), abc.Sized), isinstance(range(3), abc.Sequence), isinstance(b"", abc.Sequence), isinstance({}, abc.Sequence))
class MyIter:
    def __iter__(self):
        return iter([])
class MyCall:
    def __call__(self):
        pass
class MyLen:
    def __len__(self):
        return 0
print(isinstance(MyIter(), abc.Iterable), isinstance(MyCall(), abc.Callable), isinstance(MyLen(), abc.Sized), isinstance(MyLen(), abc.Iterable))
print(issubclass(list, collections.abc.Iterable), issubclass(int, collections.abc.Iterable), issubclass(dict, abc.Container))
