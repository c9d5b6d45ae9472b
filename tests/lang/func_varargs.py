# *args collection and forwarding.
def f(*args):
    return args

print(f(), f(1), f(1, 2, 3))
print(type(f()).__name__)

def g(first, *rest):
    return first, rest
print(g(1), g(1, 2, 3))

def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1, 2, 3, 4))
nums = [5, 6, 7]
print(total(*nums), total(*nums, 1, *range(3)))
print(f(*"abc"), f(*(1, 2), *[3]))

def fwd(*args):
    return g(*args)
print(fwd(9, 8, 7))
try:
    g()
except TypeError as e:
    print(type(e).__name__, e)
try:
    total(*5)
except TypeError as e:
    print(type(e).__name__, e)
