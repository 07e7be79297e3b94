# truthiness and len of containers
for c in [[], [0], (), (None,), {}, {0: 0}, set(), {0}, "", "0", b"", range(0), range(1), frozenset()]:
    print(repr(c), bool(c), len(c))
print(len([1, [2, 3]]), len({"a": [1, 2, 3]}), len("\n\n"))
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    len(x for x in [])
except TypeError as e:
    print("TypeError:", e)
print(not [], not [[]], [] == False, bool([]) == False)
