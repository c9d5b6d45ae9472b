# list.sort: stability, key, reverse, in-place, errors, mutation during sort.
data = [("b", 3), ("a", 1), ("c", 3), ("d", 1), ("e", 2)]
d1 = list(data)
d1.sort(key=lambda p: p[1])
print(d1)
d1.sort(key=lambda p: p[1], reverse=True)
print(d1)
n = [5, -3, 2, -1, 0, 4]
n.sort()
print(n, n.sort() is None)
n.sort(key=abs)
print(n)
n.sort(reverse=True)
print(n)
words = "The quick Brown fox Jumps over the lazy dog".split()
words.sort(key=str.lower)
print(words)
words.sort(key=lambda w: (len(w), w))
print(words)
f = [3.5, 1, -2.25, 2 ** 70, True]
f.sort()
print(f)
try:
    [3, "a", 1].sort()
except TypeError as e:
    print(type(e).__name__, e)
big = [(i * 7919) % 1000 for i in range(1000)]
big.sort()
print(big[:5], big[-5:], big == sorted(big))
try:
    [1, 2].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
