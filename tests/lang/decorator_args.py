# Decorator factories (decorators taking arguments).
def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco

@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"))

def tag(name, **attrs):
    def deco(fn):
        def wrapper(text):
            extra = "".join(" %s=%r" % kv for kv in sorted(attrs.items()))
            return "<%s%s>%s</%s>" % (name, extra, fn(text), name)
        return wrapper
    return deco

@tag("b")
@tag("a", href="x", id=1)
def text(t):
    return t.upper()
print(text("link"))

def validate(*types):
    def deco(fn):
        def wrapper(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError("%s expected %s" % (fn.__name__, t.__name__))
            return fn(*args)
        return wrapper
    return deco

@validate(int, str)
def f(n, s):
    return s * n
print(f(2, "ab"))
try:
    f("2", "ab")
except TypeError as e:
    print(type(e).__name__, e)

@(lambda fn: fn)
def g():
    return "any expression decorator"
print(g())
