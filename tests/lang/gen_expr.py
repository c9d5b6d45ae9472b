# Generator expressions: laziness, single use, scoping, as sole call argument.
g = (x * 2 for x in range(5))
print(type(g).__name__)
print(next(g), list(g), list(g))
print(sum(x for x in range(101)))
print(max(len(w) for w in ["a", "abcd", "ab"]))
print(list((x, y) for x in range(3) for y in range(x)))
print(list(x for x in range(20) if x % 3 == 0 if x % 2 == 0))
print("-".join(str(i) for i in [3, 1, 2]))
print(sorted((c for c in "hello"), reverse=True))

evaluated = []
def src():
    for i in range(3):
        evaluated.append(i)
        yield i
lazy = (i * 10 for i in src())
print(evaluated)
print(next(lazy), evaluated)

data = [1, 2, 3]
gen = (d for d in data)
data = [9, 9]
print(list(gen))
x = "outer"
print(list(x for x in "ab"), x)
print(any(v > 2 for v in [1, 2, 3]), all(v > 0 for v in []))
nested = ((i, j) for i in range(2) for j in (i * 10 for i in range(2)))
print(list(nested))
try:
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(dict((k, len(k)) for k in ["aa", "b"]))
