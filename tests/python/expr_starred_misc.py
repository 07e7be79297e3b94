# starred expressions in various positions
def f():
    a = [2, 3]
    return 1, *a, 4
print(f())
def g():
    rest = "bc"
    yield "a", *rest
print(list(g()))
first, *middle, last = f()
print(first, middle, last)
print([*"ab", *range(2)], (*[1],), {*[1, 1, 2]}, {**{"a": 1}, **{"b": 2}})
nested = [*[*[1, 2], 3], 4]
print(nested)
for a, *b in [(1, 2, 3), (4,)]:
    print(a, b)
print(*(x * 2 for x in range(3)))
print(max(*[3, 9, 2]), min(*"zay"))
args = (1, 2)
kwargs = {"sep": ":"}
print(*args, *args, **kwargs)
d = dict(**{"a": 1}, b=2)
print(d)
[a, *b], c = "xyz", 5
print(a, b, c)
