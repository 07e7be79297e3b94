# rich comparisons and reflection
class N:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print(f"  {self.v}.__eq__({o!r})")
        return isinstance(o, N) and self.v == o.v
    def __lt__(self, o):
        print(f"  {self.v}.__lt__")
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
    def __repr__(self):
        return f"N({self.v})"
    __hash__ = None
print(N(1) == N(1), N(1) != N(2))
print(N(1) < N(2), N(2) > N(1))
print(N(1) <= N(1), N(3) >= N(2))
print(sorted([N(3), N(1), N(2)]))
print(N(1) == 1)
try:
    N(1) < 5
except AttributeError as e:
    print("AttributeError:", e)
class Only:
    pass
try:
    Only() < Only()
except TypeError as e:
    print("TypeError:", e)
o = Only()
print(o == o, o != o, Only() == Only())
class AlwaysNI:
    def __eq__(self, other):
        return NotImplemented
a = AlwaysNI()
print(a == a, a == AlwaysNI(), a != 1)
print(max([N(5), N(9), N(2)], key=lambda n: n.v))
