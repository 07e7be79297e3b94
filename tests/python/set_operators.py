# set operators
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
c = set(a)
c |= {10}; print(c)
c &= {1, 2, 10, 11}; print(c)
c -= {1}; print(c)
c ^= {2, 3}; print(c)
print(a == {5, 4, 3, 2, 1}, a != b, {1} == frozenset({1}))
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
print({i * i for i in range(-3, 4)})
print({-1, -2, 0, 1}, {100, 10, 1})
print(sorted({2.5, 1, 3}), len({(1, 2), (1, 2)}))
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    {1} < [1]
except TypeError as e:
    print("TypeError:", e)
print(set("aab") == {"a", "b"}, max({3, 9, 1}), sum({1, 2, 3}))
