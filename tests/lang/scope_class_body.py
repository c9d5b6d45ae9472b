# Class bodies: their names are not visible from methods or comprehension bodies.
x = "module"

class C:
    x = "class"
    y = x + "!"
    def get(self):
        return x
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    def get_cls(self):
        return self.x

print(C.y, C().get(), C().get_cls(), C.doubled)

def f():
    z = "func"
    class D:
        w = z
        def m(self):
            return z
    return D
D = f()
print(D.w, D().m())

class E:
    a = 1
    try:
        b = [a for _ in range(2)]
    except NameError as e:
        err = type(e).__name__ + " " + str(e)
print(E.err)

class F:
    n = 3
    g = [k for k in range(n)]
print(F.g)
print(sorted(k for k in vars(C) if not k.startswith("__")))
