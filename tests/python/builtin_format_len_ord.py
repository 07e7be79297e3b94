# format() builtin and misc
print(format(3.14159, ".2f"), format(42, "08b"), format("s", "^5"), format(1234567, ","), format(0.5, "%"))
print(format(12), format(1.0), format("x"), format([1, 2]))
print(len("abc"), len([1, 2]), len({1: 2}), len(range(10, 20, 3)), len(b"ab"), len(frozenset([1])))
class Sized:
    def __len__(self):
        return 7
print(len(Sized()))
class BigLen:
    def __len__(self):
        return 2 ** 70
try:
    len(BigLen())
except OverflowError as e:
    print("OverflowError:", e)
class StrLen:
    def __len__(self):
        return "3"
try:
    len(StrLen())
except TypeError as e:
    print("TypeError:", e)
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print("ValueError:", e)
