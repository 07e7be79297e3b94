# builtin type constructors with various args
print(int(), float(), complex(), str(), bytes(), bytearray(), list(), tuple(), dict(), set(), frozenset(), bool())
print(str(42), str(-1.5), str([1]), str(b"b"), str(None))
print(list("ab"), list((1,)), list({"k": 1}), list(range(2)), list(x for x in "xy"))
print(tuple("ab"), tuple([1]), dict([(1, 2)]), dict(a=1), set("aba") == {"a", "b"})
print(float(" 1.5 "), float("-inf"), complex("1+2j"), int(" -7 "), int(7.9))
print(bytes(2), bytes([65]), bytes("A", "ascii"), bytearray(b"x"))
print(slice(3), slice(1, 2, 3), range(3), type(range(3)))
try:
    list(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    dict(1)
except TypeError as e:
    print("TypeError:", e)
try:
    tuple(None)
except TypeError as e:
    print("TypeError:", e)
try:
    float(None)
except TypeError as e:
    print("TypeError:", e)
