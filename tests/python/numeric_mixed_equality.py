# int/float/bool/complex equality and hashing
print(1 == 1.0 == True == 1 + 0j)
print(hash(1) == hash(1.0) == hash(True))
print(hash(0) == hash(0.0) == hash(-0.0) == hash(False))
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d2 = {True: "a", 1: "b", 1.0: "c"}
print(d2)
s = {1, 1.0, True, 2, 2.0}
print(s, len(s))
print({0, 0.0, False, -0.0})
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(10 ** 20 == 1e20, 10 ** 23 == 1e23)
print(0.5 == 1 / 2, 1 < 1.5 < 2, 3 > 2.999999)
print(hash(1.5) == hash(1.5), hash(-1) == hash(-2))
print(hash((1, 2)) == hash((1.0, 2.0)))
print(1 in [1.0], 1.0 in {1}, True in {1: 0})
print([1, 2] == [1.0, 2.0], (1,) == (True,))
print(float("inf") > 10 ** 400, -float("inf") < -(10 ** 400))
