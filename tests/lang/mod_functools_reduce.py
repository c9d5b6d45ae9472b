# functools.reduce with and without initializer.
from functools import reduce
import operator
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6)), reduce(operator.add, [], 0))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2], []), reduce(max, [3, 9, 2]), reduce(lambda a, b: a * 10 + b, [1, 2, 3]))
print(reduce(operator.add, ["a", "b", "c"]), reduce(operator.add, [[1], [2]]), reduce(lambda a, b: a, [7]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    reduce(5, [1, 2])
except TypeError as e:
    print(type(e).__name__, e)
