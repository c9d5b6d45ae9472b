# collections.OrderedDict: order-sensitive equality, move_to_end, popitem(last).
from collections import OrderedDict
od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od, list(od), list(od.items()))
od.move_to_end("b")
print(list(od))
od.move_to_end("b", last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
x = OrderedDict([("k", 1), ("j", 2)])
y = OrderedDict([("j", 2), ("k", 1)])
print(x == y, dict(x) == dict(y), x == dict(y), isinstance(x, dict))
x.update(z=3)
print(x, OrderedDict.fromkeys("ab", 0))
try:
    OrderedDict().popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    x.move_to_end("missing")
except KeyError as e:
    print(type(e).__name__, e)
print(repr(OrderedDict()), OrderedDict(a=1).copy())
