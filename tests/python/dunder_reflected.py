# reflected operators and NotImplemented fallback
class Money:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Money({self.v})"
    def __add__(self, o):
        print("  __add__", o)
        if isinstance(o, Money):
            return Money(self.v + o.v)
        if isinstance(o, int):
            return Money(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print("  __radd__", o)
        if isinstance(o, int):
            return Money(o + self.v)
        return NotImplemented
    def __rsub__(self, o):
        return Money(o - self.v)
print(Money(1) + Money(2))
print(Money(1) + 5)
print(5 + Money(1))
print(sum([Money(1), Money(2)]))
print(10 - Money(3))
try:
    Money(1) + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "x" + Money(1)
except TypeError as e:
    print("TypeError:", e)
class Sub(Money):
    def __radd__(self, o):
        print("  Sub.__radd__ tried first")
        return Money(-1)
print(Money(1) + Sub(2))
class Other:
    def __radd__(self, o):
        return "Other.__radd__"
    def __rmul__(self, o):
        return f"rmul with {o!r}"
print(1 + Other(), [1] + Other(), "s" * 1 if False else 3 * Other(), [0] * 1 if False else "ab" * Other() if False else "skip")
