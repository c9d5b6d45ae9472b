# callable() on functions, classes, instances, builtins.
class WithCall:
    def __call__(self): pass
class Without:
    pass
print(callable(print), callable(len), callable(lambda: 0), callable(int), callable(Without))
print(callable(WithCall()), callable(Without()), callable(5), callable("s"), callable(None))
print(callable([].append), callable(str.upper), callable(Without.__init__), callable(type))
