# collections in model code: OrderedDict, defaultdict, Counter, namedtuple, ChainMap, deque.
from collections import OrderedDict, defaultdict, Counter, namedtuple, deque, ChainMap
import collections
od = OrderedDict([("a", 1), ("b", 2), ("c", 3)])
od.move_to_end("a"); print(od); od.move_to_end("a", last=False); print(od, list(od.keys()))
print(od.popitem(), od.popitem(last=False), od)
od2 = OrderedDict(x=1); od2["y"] = 2; print(repr(od2), od2 == {"x": 1, "y": 2}, od2 == OrderedDict(y=2, x=1), OrderedDict())
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
print(list(reversed(OrderedDict(a=1, b=2))), OrderedDict.fromkeys("ab", 0))
print(od2 | {"z": 3}, type(od2.copy()).__name__)
dd = defaultdict(list); dd["a"].append(1); dd["b"]; print(dd, dict(dd), dd.default_factory)
di = defaultdict(int); 
for w in "abcab": di[w] += 1
print(sorted(di.items()), repr(defaultdict(None)), "zz" in di)
try:
    defaultdict(None)["k"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(3)
except TypeError as e:
    print("TypeError", e)
dn = defaultdict(lambda: defaultdict(int)); dn["x"]["y"] += 2; print(dn["x"]["y"], len(dn))
print(defaultdict(int, {"a": 1}), defaultdict(int, a=2).copy())
c = Counter("abracadabra"); print(c, c.most_common(2), c["z"], c.total() if hasattr(c, "total") else 11)
print(c.most_common(), sorted(c.elements()))
c2 = Counter(a=1, b=5); print(c + c2, c - c2, c & c2, c | c2, -Counter(a=-2), +Counter(a=-1, b=1))
c.update("aaz"); print(c); c.subtract({"a": 10}); print(c)
print(Counter([1, 1, 2]) == Counter({1: 2, 2: 1}), repr(Counter()), Counter(a=0) == Counter())
print(sum([Counter("ab"), Counter("bc")], Counter()))
del c["z"]; print("z" in c)
Point = namedtuple("Point", ["x", "y"]); p = Point(1, y=2)
print(p, p.x, p[1], p._replace(x=9), p._asdict(), Point._fields, p == (1, 2), Point._make([3, 4]))
x, y = p; print(x, y, len(p), tuple(p), hash(p) == hash((1, 2)))
P3 = namedtuple("P3", "a b c", defaults=[0, 1]); print(P3(5), P3._field_defaults, P3.__name__, P3.__doc__)
P4 = namedtuple("P4", "a, b"); print(P4(1, 2))
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    p.x = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    namedtuple("Bad", ["a", "a"])
except ValueError as e:
    print("ValueError", e)
try:
    namedtuple("Bad", ["def"])
except ValueError as e:
    print("ValueError", e)
try:
    namedtuple("Bad", ["_a"])
except ValueError as e:
    print("ValueError", e)
R = namedtuple("R", ["def", "_a", "x"], rename=True); print(R._fields)
try:
    p._replace(z=1)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
class PP(Point):
    def norm(self): return self.x ** 2 + self.y ** 2
print(PP(3, 4).norm(), PP(3, 4))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3}); print(cm["a"], cm["b"], len(cm), sorted(cm), cm.maps, cm.new_child({"a": 0})["a"], cm)
cm["c"] = 5; print(cm.maps[0], dict(cm), cm.parents)
dq = deque([1, 2, 3], maxlen=3); dq.append(4); print(dq, dq.maxlen); dq.appendleft(0); print(dq)
dq.rotate(1); print(dq); dq.extendleft([7, 8]); print(dq, dq.popleft(), dq.pop(), dq.count(7), list(reversed(dq)))
dq2 = deque(); 
try:
    dq2.pop()
except IndexError as e:
    print("IndexError", e)
try:
    dq2.popleft()
except IndexError as e:
    print("IndexError", e)
print(deque(range(5))[2], deque("ab") == deque("ab"), deque([1]) + deque([2]), deque([1,2,3]).index(2))
dq3 = deque([1, 2, 3]); dq3.remove(2); print(dq3); dq3.insert(1, 9); print(dq3, dq3.copy(), deque(maxlen=2))
import collections.abc
print(isinstance(od, collections.abc.MutableMapping), isinstance(dq, collections.abc.Sequence), issubclass(Counter, dict))
print(collections.UserDict({"a": 1}) if hasattr(collections, "UserDict") else {'a': 1})
