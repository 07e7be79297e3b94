# collections.namedtuple
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p[1], p == (1, 2), len(p), list(p))
x, y = p
print(x, y, p._fields, Point._fields)
print(p._replace(x=10), p._asdict(), Point._make([5, 6]))
P3 = namedtuple("P3", "x y z", defaults=[0])
print(P3(1, 2), P3(1, 2, 3), P3._field_defaults)
Rec = namedtuple("Rec", "name, age")
print(Rec(name="a", age=3), Rec("b", age=4))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    namedtuple("Bad", ["def", "x"])
except ValueError as e:
    print("ValueError:", e)
R = namedtuple("R", ["a", "a2", "class"], rename=True)
print(R._fields)
class Pt(Point):
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
print(Pt(3, 4).norm(), Pt(3, 4), isinstance(p, tuple), hash(p) == hash((1, 2)))
print(sorted([Point(2, 1), Point(1, 5)]), max(Point(0, 9), Point(1, 0)))
