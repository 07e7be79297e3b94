# bool is a subclass of int
print(True + True, True * 10, False - 1, True / 2)
print(isinstance(True, int), isinstance(1, bool), type(True + 1).__name__)
print(repr(True), str(False), int(True), float(False))
print(True == 1, False == 0, True is True == 1)
print(sum([True, True, False, True]))
print(bool.__mro__)
print(bool(0), bool(1), bool(-1), bool(""), bool("0"), bool([]), bool([0]))
print(True & True, True | False, type(True | False).__name__, type(True | 2).__name__)
d = {1: "int one"}
d[True] = "bool true"
print(d)
print(-True, +True, ~True, abs(False))
print(True ** 5, divmod(True, 2), hash(True) == hash(1))
print(["a", "b"][True], "x" * True)
print(f"{True:>5}|{True:d}|{False!r}")
print(bool.__name__, True.__class__ is bool)
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
