# deque + - * with deques, other iterables, other types, and classes that answer
# the reflected operator.
from collections import deque
class D(deque): pass
for a, b in [([1], 'a'), ('a', [1]), (deque([1]), 'a'), ('a', deque([1])), ((1,), 'a'), ('a', (1,)), (deque([1]), [1]), ([1], deque([1])), (D([1]), [2]), (deque([1]), 1.5), (b'a', 'a'), (bytearray(b'a'), 'b'), ('a', bytearray(b'a')), ([1], (1,)), ('a', 1.0)]:
    try:
        print(a * b)
    except TypeError as e:
        print('*', e)
    try:
        print(a + b)
    except TypeError as e:
        print('+', e)
q = deque([1, 2]); q += q; print(q)
q += iter([7]); print(q)
q += "ab"; print(q)
try:
    q += 5
except TypeError as e:
    print(e)
m = deque([1, 2], maxlen=3); m += [3, 4]; print(m)
m *= 2; print(m)
try:
    m *= 2.5
except TypeError as e:
    print(e)
class C:
    def __rmul__(s, o): return 'rmul'
    def __radd__(s, o): return 'radd'
print(deque([1]) * C(), deque([1]) + C(), 3 * deque([1]))
q = deque([1]); q.__iadd__([2]); print(q, q.__imul__(2), deque.__iadd__)
