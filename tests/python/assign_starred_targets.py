# starred assignment targets and unpacking
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = "hello"
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
(a, b), *rest = [(1, 2), 3, 4]
print(a, b, rest)
[x, [y, *z]] = [1, [2, 3, 4]]
print(x, y, z)
first, second = "ab"
print(first, second)
a = b = c = [0]
a.append(1)
print(b, c is a)
x, y = 1, 2
x, y = y, x
print(x, y)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 9
print(i, lst)
*t, = 1, 2
print(t)
head, *tail = {1: "a"}
print(head, tail)
print(*[1, 2], *(3,), *"45")
print([*range(3), *{7: 0}], {*"aa"}, {**{"k": 1}, "j": 2})
