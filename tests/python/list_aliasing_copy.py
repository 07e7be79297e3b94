# aliasing, shallow and deep copies
import copy
a = [[1, 2], [3, 4]]
b = a
c = a[:]
d = list(a)
e = copy.deepcopy(a)
a[0].append(99)
a.append([5])
print(a)
print(b)
print(c)
print(d)
print(e)
print(a is b, a is c, a[0] is c[0], a[0] is e[0])
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][0] = 1
print(grid2)
x = [1, 2]
y = x
x = x + [3]
print(x, y)
x = y
x += [3]
print(x, y)
print(copy.copy({"k": [1]}), copy.deepcopy((1, [2])))
