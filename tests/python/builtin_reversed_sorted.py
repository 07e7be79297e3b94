# reversed and sorted
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))
r = reversed([1, 2])
print(type(r).__name__, next(r), list(r))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(x for x in [])
except TypeError as e:
    print("TypeError:", e)
print(sorted("bca"), sorted([3, 1, 2], reverse=True), sorted({3: 0, 1: 0}), sorted((2, 1)))
print(sorted(["b", "A", "c"], key=str.lower, reverse=True))
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
print(sorted([], reverse=True), sorted(iter([2, 1])))
