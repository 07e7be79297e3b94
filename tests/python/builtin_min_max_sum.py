# min, max, sum
print(max(1, 5, 3), min(1, 5, 3), max([4, 9]), min("hello"), max("a", "b", key=str.upper))
print(max([], default="empty"), min((), default=None), max([1], default=0))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len))
print(max([(1, "b"), (1, "a")]), max([3, 1, 3.0]), max([3.0, 1, 3]))
print(max({"a": 3, "b": 1}, key=lambda k: {"a": 3, "b": 1}[k]))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1, 0.2]), sum([[1], [2]], []), sum(range(5), start=-10))
print(sum([True, True]), sum([1.5, 2]), sum([], 0.0), sum((1j, 2)))
for bad in ["max()", "max([])", "min(1)", "sum(['a', 'b'], '')", "sum([1, 'a'])", "max(1, 2, default=0)"]:
    try:
        eval(bad)
    except (TypeError, ValueError) as e:
        print(f"{bad}: {type(e).__name__}: {e}")
