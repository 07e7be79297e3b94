# tuples
t = (1, 2, 3, 2)
print(t, len(t), t[0], t[-1], t[1:3], t[::-1])
print(t.count(2), t.index(3), t.index(2, 2))
print((1,), (), tuple(), tuple("ab"), tuple([1, 2]), 1, 2)
single = 5,
print(single, type(single).__name__)
print(t + (4,), t * 2, 2 in t, 9 not in t)
a, b, c, d = t
print(a, b, c, d)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(99)
except ValueError as e:
    print("ValueError:", e)
try:
    t + [1]
except TypeError as e:
    print("TypeError:", e)
inner = ([1], 2)
inner[0].append(3)
print(inner)
try:
    inner[0] += [4]
except TypeError as e:
    print("TypeError:", e)
print(inner)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "ok"}[(1, 2)])
try:
    hash(([],))
except TypeError as e:
    print("TypeError:", e)
print(tuple(x * x for x in range(4)), max((1, 5, 3)), sorted((3, 1, 2)))
