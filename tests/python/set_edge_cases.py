# set/frozenset edge cases: errors, subclasses, set-as-key lookups, recursion in repr
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
class A:
    def __repr__(self):
        return repr(holder[0])
holder = [None]
s = set(); s.add(A()); holder[0] = s; print(repr(s))
f = frozenset([A()]); holder[0] = f; print(repr(f))
class MySet(set):
    pass
class MyF(frozenset):
    pass
m = MySet([3, 1]); mf = MyF([2])
print(m, mf, MySet(), MyF(), type(m | {9}).__name__, type(mf | {9}).__name__, type(m.copy()).__name__)
print(repr(frozenset()), repr(set()), str({1}), MyF([1]) == frozenset([1]))
for args in [(1, 2), ()]:
    try:
        print(set(*args))
    except TypeError as e:
        print("TypeError:", e)
for make in (lambda: set(a=1), lambda: frozenset(a=1), lambda: MySet(1, 2), lambda: frozenset(1, 2)):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
s = {frozenset({1}), 2}
s.remove({1}); print(s)
s.discard({2}); print({1} in s, {2} in {frozenset({2})})
for bad in (lambda: s.add({3}), lambda: s.remove(99), lambda: s.remove((1, 2)), lambda: set().pop(), lambda: [] in {1}):
    try:
        bad()
    except (TypeError, KeyError) as e:
        print(type(e).__name__ + ":", repr(e))
it = iter({5, 6, 7}); print(it.__length_hint__(), next(it), it.__length_hint__(), list(it))
print(set.union({1}, {2}), frozenset.union(frozenset([1]), [3]))
for bad in (lambda: set.union(1), lambda: {1}.symmetric_difference(), lambda: set().add()):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(set[int], frozenset[str], dict[str, set[int]], type(set[int]).__name__)
print({1, 2} == frozenset({1, 2}), frozenset({1}) == {1}, {1} != {1}, {1} < {1, 2}, {1, 2} > {1})
print({1}.__eq__([1]), {1}.__or__([1]), set().__sizeof__(), set(range(10)).__sizeof__())
print(frozenset(range(3)).__reduce__(), MySet([1]).__reduce__())
s = set(range(10)); s.clear(); s.add(5); print(s, len(s))
s = {1, 2, 3}; s.update([4], (5,), {6: 0}); print(s)
s.intersection_update([1, 2, 3, 99], {1, 2}); print(s)
a = {1, 2}; b = a; a |= {3}; print(b, a is b)
c = frozenset({1}); d = c; c |= {2}; print(c, d, c is d)
print(max({3, 1, 2}), min({3, 1, 2}), sum({1, 2, 3}), sorted({3, 1, 2}, reverse=True))
print(list(map(str, {10, 2})), tuple({4, 5}), list(enumerate({7, 8})))
print(not set(), {0} and "yes", frozenset("ab") | set("b") == {"a", "b"})
