# Nested-list matrix arithmetic with floats (deterministic).
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]

def transpose(m):
    return [list(r) for r in zip(*m)]

def identity(n):
    return [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]

def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))

A = [[1.0, 2.0, 3.0], [0.5, -1.0, 4.0], [2.0, 0.0, 1.0]]
B = [[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]]
print(matmul(A, B))
print(transpose(B), matmul(A, identity(3)) == A, det(A), det(identity(4)))
v = [1.0, 2.0, 3.0]
norm = sum(x * x for x in v) ** 0.5
print(norm, [x / norm for x in v])
