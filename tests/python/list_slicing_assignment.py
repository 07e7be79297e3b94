# slice reading and assignment on lists
a = list(range(10))
print(a[2:5], a[::3], a[::-1], a[-3:], a[8:2:-2], a[5:2])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = [100, 200]
print(b)
b[:] = [1, 2, 3]
print(b)
b[len(b):] = [4, 5]
print(b)
c = list(range(10))
c[::2] = "abcde"
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
d = list(range(6))
d[1:4] = []
print(d)
d[-1:] = [7, 8, 9]
print(d)
e = [1, 2, 3]
e[5:10] = [6]
print(e)
f = [0, 1, 2, 3]
f[3:1] = ["ins"]
print(f)
g = [1, 2, 3]
g[0:2] = g
print(g)
try:
    g[0:1] = 5
except TypeError as e:
    print("TypeError:", e)
