# globals() and locals(): reading, writing through globals().
g_value = "global"
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
print(globals()["g_value"], globals() is globals())
globals()["made_via_globals"] = 42
print(made_via_globals)
print(locals() is globals())
print(globals()["__name__"])
def g():
    x = 1
    def inner():
        return x
    return "x" in locals(), sorted(locals())
print(g())
class C:
    attr = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(C.names)
