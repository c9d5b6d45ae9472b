# Set operations whose keys' __eq__/__hash__ clear the sets being worked on
# (CPython's bpo-46615): never a crash; at most "changed size during
# iteration".
import sys
from random import randrange, seed


class Bad:
    def __eq__(self, other):
        if not enabled:
            return False
        if randrange(20) == 0:
            set1.clear()
        if randrange(20) == 0:
            set2.clear()
        return bool(randrange(2))

    def __hash__(self):
        return randrange(2)


def ior(a, b): a |= b
def iand(a, b): a &= b
def isub(a, b): a -= b
def ixor(a, b): a ^= b


ops = [ior, iand, isub, ixor, lambda a, b: a == b, lambda a, b: a < b,
       lambda a, b: a >= b, lambda a, b: a & b, lambda a, b: a | b,
       lambda a, b: a - b, lambda a, b: a ^ b, lambda a, b: a.issubset(b),
       lambda a, b: a.isdisjoint(b), lambda a, b: a.update(b),
       lambda a, b: a.symmetric_difference_update(b),
       lambda a, b: a.intersection_update(b), lambda a, b: a.difference_update(b)]
seed(7)
for n, op in enumerate(ops):
    errors = 0
    for _ in range(60):
        enabled = False
        set1 = set(Bad() for _ in range(randrange(40)))
        set2 = set(Bad() for _ in range(randrange(40)))
        enabled = True
        try:
            op(set1, set2)
        except RuntimeError as e:
            errors += 1
            assert "changed size during iteration" in str(e), e
    print(n, 'ok')
