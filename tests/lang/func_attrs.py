# Function objects: attributes, __name__, __qualname__, __module__, __code__.
def f(a, b=1):
    x = a
    return x

print(f.__name__, f.__qualname__, f.__module__)
f.custom = 42
print(f.custom)
print(f.__dict__)
f.__name__ = "renamed"
print(f.__name__)
print(f.__code__.co_argcount, f.__code__.co_name)

class K:
    def meth(self):
        pass
    class Inner:
        def deep(self):
            def local():
                pass
            return local
print(K.meth.__qualname__)
print(K.Inner.deep.__qualname__)
print(K.Inner().deep().__qualname__)
print(K().meth.__name__)
print(K().meth.__func__ is K.meth)
lam = lambda: 0
print(lam.__name__, lam.__qualname__)
try:
    f.missing
except AttributeError as e:
    print(type(e).__name__, e)
