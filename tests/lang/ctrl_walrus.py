# Assignment expressions (:=).
data = [1, 5, 12, 7, 30]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 10])
print(y)
chunks = iter(["ab", "cd", ""])
while (c := next(chunks)):
    print("chunk", c)
def f():
    if any((hit := v) > 10 for v in data):
        return hit
print(f())
print((total := sum(data)), total)
values = [(w := 3), w * 2]
print(values)
def g():
    return [last := i * i for i in range(5)], last
print(g())
try:
    exec("(a.b := 1)")
except SyntaxError as e:
    print(type(e).__name__)
