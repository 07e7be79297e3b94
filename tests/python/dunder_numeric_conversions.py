# __int__, __float__, __index__, __complex__, __bool__, __trunc__, __round__
class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return int(self.v)
    def __complex__(self):
        return complex(self.v, 1)
    def __round__(self, nd=None):
        return round(self.v, nd)
    def __trunc__(self):
        return "trunc"
n = Num(3.7)
print(int(n), float(n), complex(n), round(n), round(n, 1))
print(bin(n), hex(n), oct(n), [10, 20, 30, 40][n], "abcdef"[n:])
import math
print(math.trunc(n), range(n), list(range(10))[Num(1):Num(4)])
print(operator_index := __import__("operator").index(n))
class OnlyIndex:
    def __index__(self):
        return 5
print(int(OnlyIndex()), float(OnlyIndex()) if False else "float() needs __float__ or __index__", [0] * OnlyIndex())
print(float(OnlyIndex()))
class BadInt:
    def __int__(self):
        return "nope"
try:
    int(BadInt())
except TypeError as e:
    print("TypeError:", e)
try:
    idx = 1.0
    [1, 2][idx]
except TypeError as e:
    print("TypeError:", e)
try:
    print("x" * Num(2.5))
    print("x" * 2.5)
except TypeError as e:
    print("TypeError:", e)
