# set iteration order follows CPython's hash table layout (ints hash to themselves)
print({3, 1, 2}, {100, 10, 1}, {-1, -2, -3, 0}, {8, 16, 24, 0, 32})
print({10, 20, 30, 40, 50})          # display of constants: folded to a frozenset, then copied
print(set([10, 20, 30, 40, 50]), set((50, 40, 30, 20, 10)))
print({2**60, 2**64, -2**63, 2**61 - 1, 2**61, 7, -7})
print({1.5, 2.0, 2, True, 0, False, 0.25, -0.5})
print({-1, -2}, {-2, -1}, set([-1, -2]), set([-2, -1]))
# growth past 8, 32, 128 and 512 slots
for n in (5, 6, 20, 22, 86, 90, 342, 350):
    s = set()
    for i in range(n):
        s.add(i * 37 % 1000)
    print(n, list(s)[:12], list(s)[-5:])
# removals leave dummies; re-adds reuse them
s = set(range(16))
for i in range(0, 16, 3):
    s.discard(i)
print(s)
for i in (100, 3, 35, 67, 0):
    s.add(i)
print(s)
# pop walks the table from a moving finger
s = {5, 13, 21, 29, 1, 9}
print([s.pop() for _ in range(3)], s)
s.add(2); s.add(18)
print(s.pop(), s.pop(), s)
s = set(range(0, 400, 7))
out = []
while len(s) > 40:
    out.append(s.pop())
print(out[:10], sorted(s)[:5])
# comprehensions add one by one
print({x * 7 % 19 for x in range(25)}, {x % 8 * 8 for x in range(20)})
# clear keeps working
s = set(range(50)); s.clear(); s.update([9, 1, 17]); print(s)
# strings compare by value, order is arbitrary in CPython: print sorted
print(sorted({"pear", "apple", "fig"}))
