# copy.copy / copy.deepcopy of library and builtin types that rely on their own
# __reduce__ / __reduce_ex__ / __copy__ or on object's default.
import collections
import copy
import dataclasses
import enum
import functools
import types
import typing


class E(enum.Enum):
    A = 1


@dataclasses.dataclass
class DC:
    x: int = 1
    y: list = dataclasses.field(default_factory=list)


class NT(typing.NamedTuple):
    a: int
    b: list


objs = {
    'OrderedDict': collections.OrderedDict(a=[1]),
    'defaultdict': collections.defaultdict(list, a=[1]),
    'Counter': collections.Counter('aab'),
    'deque': collections.deque([1, [2]], 5),
    'namedtuple': collections.namedtuple('P', 'x y')(1, [2]),
    'partial': functools.partial(max, [1]),
    'SimpleNamespace': types.SimpleNamespace(a=[1]),
    'enum': E.A,
    'dataclass': DC(y=[3]),
    'NamedTuple': NT(1, [2]),
    'staticmethod': staticmethod(len),
    'classmethod': classmethod(len),
    'ValueError': ValueError('x', [1]),
    'KeyError': KeyError('k'),
    'StopIteration': StopIteration(3),
    'union': int | str,
    'generic': list[int],
    'object': object(),
    'bound builtin': [].append,
    'code': (lambda: 0).__code__,
}
for name, o in objs.items():
    res = []
    for f in (copy.copy, copy.deepcopy):
        try:
            y = f(o)
            res.append('same' if y is o else ('equal' if y == o else 'new ' + type(y).__name__))
        except Exception as e:
            res.append('%s: %s' % (type(e).__name__, e))
    print(name, res)

d = collections.defaultdict(list, a=[1])
print(copy.deepcopy(d).default_factory is list, copy.deepcopy(d)['a'] is d['a'])
p = functools.partial(max, [1], key=len)
q = copy.deepcopy(p)
print(q.args[0] is p.args[0], q.args == p.args, q.keywords)
dq = collections.deque([[1]], 3)
print(copy.deepcopy(dq).maxlen, copy.deepcopy(dq)[0] is dq[0], copy.copy(dq)[0] is dq[0])
