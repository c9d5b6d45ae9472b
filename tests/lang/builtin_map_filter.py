# map() and filter(): multiple iterables, None predicate, laziness.
print(list(map(str, [1, 2, 3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(map(pow, [2, 3], [3, 2])), list(map(len, ["", "ab"])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(list(filter(str.isdigit, "a1b22c3")), list(filter(lambda x: x > 2, range(5))))
m = map(int, "123")
print(next(m), list(m), type(m).__name__, type(filter(None, [])).__name__)
def noisy(x):
    print("called", x)
    return x
lazy = map(noisy, [1, 2])
print("created")
print(list(lazy))
try:
    list(map(int, ["1", "x"]))
except ValueError as e:
    print(type(e).__name__, e)
try:
    map(5, [1])
    list(map(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    map(str)
except TypeError as e:
    print(type(e).__name__, e)
