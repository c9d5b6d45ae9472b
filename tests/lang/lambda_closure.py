# lambdas closing over loop variables and enclosing scopes.
def make():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make()])

def make_late():
    return [lambda x: x + i for i in range(3)]
print([f(10) for f in make_late()])

def counter_lambda():
    n = [0]
    inc = lambda: n.__setitem__(0, n[0] + 1) or n[0]
    return inc
c = counter_lambda()
print(c(), c(), c())

def curry(f):
    return lambda a: lambda b: f(a, b)
print(curry(lambda a, b: a * 10 + b)(4)(2))
y = 5
h = lambda: y
y = 6
print(h())
