# Nested comprehensions of every kind and closures inside them.
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix)
print([[row[c] for row in matrix] for c in range(3)])
print([v for row in matrix for v in row if v % 2 == 0])
print({i: {j: i * j for j in range(3)} for i in range(2)})
print([sorted({x % k for x in range(10)}) for k in (2, 3)])
print([list(g) for g in ((i * j for j in range(3)) for i in range(3))])
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [(lambda i=i: i) for i in range(3)]
print([g() for g in gs])
print([[y for y in range(x)] for x in range(4)])
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
