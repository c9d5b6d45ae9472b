# Slice assignment: growing, shrinking, extended slices, from iterables.
L = list(range(6))
L[1:3] = ["a", "b", "c", "d"]
print(L)
L[2:] = []
print(L)
L[:0] = [-2, -1]
print(L)
L[len(L):] = "xy"
print(L)
L[1:1] = (100,)
print(L)
M = list(range(8))
M[::2] = "ABCD"
print(M)
M[::-3] = [0, 0, 0]
print(M)
try:
    M[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    M[1:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
N = [1, 2, 3]
N[:] = N + N
print(N)
N[1:4] = (x * 10 for x in range(2))
print(N)
N[5:1] = ["inserted"]
print(N)
b = bytearray(b"hello")
b[1:3] = b"EYY"
print(b)
try:
    "abc"[0:1] = "x"
except TypeError as e:
    print(type(e).__name__, e)
