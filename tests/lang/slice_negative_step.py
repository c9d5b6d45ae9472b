# Negative steps on lists, strings, tuples and ranges.
L = list(range(10))
print(L[::-1], L[::-2], L[8:2:-1], L[8:2:-3], L[2:8:-1], L[-1:-4:-1], L[:3:-1], L[5::-1])
s = "abcdefgh"
print(s[::-1], s[::-3], s[-2:1:-2], s[6:0:-2], s[1:6:-1])
t = tuple(range(5))
print(t[::-1], t[3::-2], t[-1::-4])
r = range(0, 20, 3)
print(r[::-1], list(r[::-1]), r[5:1:-2], list(r[5:1:-2]))
print("hello"[::-1] == "olleh", [1, 2, 3][::-1] == [3, 2, 1])
print(L[-100:100:-1], L[100:-100:-1])
print("héllo wörld"[::-1])
