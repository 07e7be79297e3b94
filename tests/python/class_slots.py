# __slots__
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
class Q(P):
    pass
q = Q(1, 2)
q.z = 3
print(q.z, hasattr(q, "__dict__"))
class R(P):
    __slots__ = ("w",)
r = R(1, 2)
r.w = 9
print(r.w, P.__slots__, R.__slots__)
try:
    r.other = 1
except AttributeError as e:
    print("AttributeError:", e)
class Unset:
    __slots__ = ["a"]
u = Unset()
try:
    u.a
except AttributeError as e:
    print("AttributeError:", e)
print(type(P.x).__name__)
del p.x
print(hasattr(p, "x"))
