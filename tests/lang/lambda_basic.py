# lambda expressions.
sq = lambda x: x * x
print(sq(7), (lambda: "no args")(), (lambda a, b=2: a + b)(1))
print((lambda *a, **k: (a, k))(1, 2, z=3))
print(sorted(["ccc", "a", "bb"], key=lambda s: len(s)))
pairs = [(1, "b"), (2, "a"), (0, "c")]
print(sorted(pairs, key=lambda p: p[1]))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(filter(lambda x: x % 2, range(10))))
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(sq, lambda x: x + 1)
print(inc_then_sq(3))
cond = lambda x: "big" if x > 10 else "small"
print(cond(5), cond(50))
print((lambda x, /, y, *, z: (x, y, z))(1, 2, z=3))
print(type(sq).__name__, sq.__name__)
fs = {name: (lambda n: lambda x: x * n)(k) for k, name in enumerate(["zero", "one", "two"])}
print(fs["two"](10))
