# __bool__, __len__ fallback, __call__
class T:
    def __bool__(self):
        print("  __bool__")
        return False
class L:
    def __len__(self):
        print("  __len__")
        return 0
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(T()), bool(L()), bool(Both()), bool(object()))
if not T():
    print("T is falsy")
print(T() or "fallback", type(L() and "never").__name__)
class Bad:
    def __bool__(self):
        return 1
try:
    bool(Bad())
except TypeError as e:
    print("TypeError:", e)
class NegLen:
    def __len__(self):
        return -1
try:
    bool(NegLen())
except ValueError as e:
    print("ValueError:", e)
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, scale=1):
        return (x + self.n) * scale
add5 = Adder(5)
print(add5(1), add5(1, scale=10), callable(add5), callable(Adder), callable(5))
print(list(map(Adder(100), [1, 2])))
five = 5
try:
    five()
except TypeError as e:
    print("TypeError:", e)
