# enumerate and zip
print(list(enumerate("abc")), list(enumerate("abc", 10)), list(enumerate([], 5)))
print(list(enumerate(["x"], start=-1)))
e = enumerate("xy")
print(next(e), next(e), next(e, None))
print(list(zip()), list(zip([1, 2, 3])), list(zip("ab", [1, 2, 3], (True, False))))
print(dict(zip(["k1", "k2"], [1, 2])), list(zip(*[(1, "a"), (2, "b")])))
print(list(zip([1, 2], [3, 4], strict=True)))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [3, 4], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [2], [3, 4], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    zip(1)
except TypeError as e:
    print("TypeError:", e)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)])
