# frozenset
f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f)
print(f | {9}, f & {1, 5}, f - {1}, f ^ {1, 9}, type(f | {9}).__name__, type({9} | f).__name__)
print(frozenset(), frozenset("") == frozenset(), repr(frozenset()))
print({f: "hashable"}[frozenset({1, 2, 3})])
print({frozenset({1}), frozenset({1})})
print(f.union([4]), f.issubset({1, 2, 3, 4}), f.copy() is f)
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print(sorted(frozenset("cab")), f == {1, 2, 3})
