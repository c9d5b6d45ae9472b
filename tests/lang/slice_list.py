# Slicing lists with all forms of bounds.
L = list(range(10))
print(L[2:5], L[:3], L[7:], L[:], L[-3:], L[:-7], L[-5:-2])
print(L[::2], L[1::3], L[:5:2], L[100:], L[-100:2], L[5:2], L[3:3])
print(L[2:100], L[-1:-100:-1][:3])
c = L[:]
print(c == L, c is L)
print(L[slice(1, 4)], L[slice(None, None, 3)], L[slice(6)])
print([][:], [][::-1], [1][5:], "x"[1:])
print(L[True:3], L[None:None])
try:
    L[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    L["a":]
except TypeError as e:
    print(type(e).__name__, e)
big = 10 ** 30
print(L[-big:big:3], L[big:], L[:-big])
