# operator module helpers used with functools/sorted.
import operator
print(operator.add(1, 2), operator.sub(5, 3), operator.mul(3, 4), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3))
print(operator.neg(3), operator.not_(0), operator.eq(1, 1), operator.lt(1, 2), operator.contains([1], 1), operator.getitem("abc", 1))
print(sorted([("a", 3), ("b", 1)], key=operator.itemgetter(1)), operator.itemgetter(0, 2)("xyz"))
class P:
    def __init__(self, n): self.n = n
print([p.n for p in sorted([P(3), P(1)], key=operator.attrgetter("n"))], operator.methodcaller("upper")("s"))
print(operator.index(5), operator.pow(2, 5), operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3))
