# hash() of ints, floats, tuples and id() comparisons
print(hash(0), hash(1), hash(-1), hash(-2), hash(10 ** 20) == hash(10 ** 20))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
print(hash(1.0), hash(0.5), hash(1.5), hash(-0.5), hash(float("inf")), hash(-float("inf")))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))))
print(hash(None) == hash(None), hash(True), hash(False))
print(hash(1e100) == hash(int(1e100)), hash(3.0) == 3)
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), a is b, a is not c)
print(id(None) == id(None), type(id(a)).__name__)
x = object()
print(id(x) == id(x), hash(x) == hash(x))
