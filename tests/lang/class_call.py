# __call__ makes instances callable.
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *rest, scale=1):
        return (x * self.k + sum(rest)) * scale

m = Multiplier(3)
print(m(2), m(2, 1, 1), m(1, scale=10), callable(m), callable(Multiplier))
print(list(map(m, [1, 2, 3])))

class Chain:
    def __init__(self, *fs):
        self.fs = fs
    def __call__(self, x):
        for f in self.fs:
            x = f(x)
        return x
print(Chain(m, str, len)(12345))

class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
print(callable(NotCallable()))

class Forward:
    def forward(self, x):
        return x + 1
    def __call__(self, *args, **kwargs):
        return self.forward(*args, **kwargs)
print(Forward()(41))
class Sub(Forward):
    def forward(self, x):
        return super().forward(x) * 2
print(Sub()(1))
