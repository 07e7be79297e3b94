# set methods with small ints (deterministic order)
s = {3, 1, 2}
print(s, len(s), 2 in s, 5 not in s)
s.add(4); s.add(1); print(s)
s.discard(10); s.discard(4); print(s)
s.remove(3); print(s)
try:
    s.remove(3)
except KeyError as e:
    print("KeyError:", e)
print(s.pop(), s)
s.update([5, 6], (7,)); print(s)
c = s.copy(); c.clear(); print(c, s)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([9], (8,)), a.intersection(range(3)), a.isdisjoint({9}), a.issubset(range(10)))
print({1, 2}.issuperset([1]), {1} < {1, 2}, {1, 2} <= {1, 2}, {1, 2} > {1})
x = {1, 2, 3}
x.intersection_update({2, 3, 4}); print(x)
x.difference_update([3]); print(x)
x.symmetric_difference_update({2, 9}); print(x)
print(set(), set([1, 1, 2]), set(range(5)), set({7: 1}))
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
print(sorted({"b", "c", "a"}), sorted(set("hello")))
