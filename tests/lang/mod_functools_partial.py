# functools.partial: binding positional/keyword args, attributes, nesting.
from functools import partial
def power(base, exp, *, mod=None):
    r = base ** exp
    return r % mod if mod else r
square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
two_to = partial(power, 2)
print(square(5), cube_mod(4), two_to(10), two_to(exp=3))
print(square.func is power, square.args, square.keywords, two_to.args)
p2 = partial(two_to, mod=1000)
print(p2(20), p2.func is power, p2.args, p2.keywords)
print(square(5, exp=3), callable(square), type(square).__name__)
print(list(map(partial(int, base=2), ["101", "111"])))
print(sorted(["b", "A", "c"], key=partial(str.lower)))
try:
    partial(power)()
except TypeError as e:
    print(type(e).__name__, e)
try:
    partial(5)
except TypeError as e:
    print(type(e).__name__, e)
class Layer:
    def __init__(self, size, act="relu", bias=True):
        self.size, self.act, self.bias = size, act, bias
    def __repr__(self):
        return "Layer(%d, %s, %s)" % (self.size, self.act, self.bias)
factory = partial(Layer, act="tanh")
print([factory(s) for s in (4, 8)], factory(2, bias=False))
