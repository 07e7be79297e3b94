# matrix operations with lists
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def transpose(m):
    return [list(r) for r in zip(*m)]
def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** c * m[0][c] * det([row[:c] + row[c + 1:] for row in m[1:]]) for c in range(len(m)))
def mat_pow(m, k):
    result = identity(len(m))
    while k:
        if k & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        k >>= 1
    return result
A = [[1, 2], [3, 4]]
B = [[0, 1], [1, 0]]
print(matmul(A, B), matmul(B, A), transpose([[1, 2, 3], [4, 5, 6]]))
print(det(A), det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det(identity(4)))
print(mat_pow([[1, 1], [1, 0]], 90)[0][1])
M = [[1.5, -2.0], [0.25, 4.0]]
print(matmul(M, M))
for row in matmul(identity(3), [[1, 2, 3], [4, 5, 6], [7, 8, 9]]):
    print(" ".join(f"{v:3d}" for v in row))
print([[round(v, 3) for v in row] for row in matmul([[0.1, 0.2], [0.3, 0.4]], [[1, 0], [0, 1]])])
