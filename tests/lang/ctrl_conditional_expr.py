# Conditional expressions (x if c else y): laziness, nesting, precedence.
def loud(x):
    print("evaluated", x)
    return x

print(loud("a") if True else loud("b"))
print(loud("a") if False else loud("b"))
for n in (-1, 0, 1):
    print("neg" if n < 0 else "zero" if n == 0 else "pos")
x = 3
y = x * 2 if x > 2 else x / 2
print(y)
print([("even" if i % 2 == 0 else "odd") for i in range(3)])
f = (lambda v: v) if x else None
print(f(7))
print((1 if x else 2) + 10, 1 if x else 2 + 10)
print(None if [] else "empty list is falsy")
