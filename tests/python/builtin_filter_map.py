# filter and map
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(filter(lambda x: x > 2, [1, 5, 2, 7])), list(filter(str.isdigit, "a1b2")))
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "efg")))
m = map(int, ["1", "x", "3"])
print(next(m))
try:
    next(m)
except ValueError as e:
    print("ValueError:", e)
print(next(m))
print(type(map(str, [])).__name__, type(filter(None, [])).__name__)
print(list(map(str.upper, "abc")), "".join(map(chr, [72, 105])))
calls = []
lazy = map(lambda v: calls.append(v) or v, [1, 2, 3])
print(calls)
print(list(lazy), calls)
try:
    map(5, [1])
    list(map(5, [1]))
except TypeError as e:
    print("TypeError:", e)
try:
    map(str)
except TypeError as e:
    print("TypeError:", e)
