# @staticmethod: no implicit first argument, callable via class and instance.
class M:
    factor = 3
    @staticmethod
    def add(a, b):
        return a + b
    @staticmethod
    def none():
        return "none"
    def use(self):
        return self.add(1, 2) + M.add(3, 4)

print(M.add(1, 1), M().add(2, 2), M.none(), M().use())
sm = M.__dict__["add"]
print(type(sm).__name__, sm.__func__(5, 5))
def free(x):
    return x * 2
M.free = staticmethod(free)
print(M().free(21), M.free(1))
class N(M):
    pass
print(N.add(10, 20), N().none())
print(isinstance(M.__dict__["none"], staticmethod))
