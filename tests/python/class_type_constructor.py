# creating classes with type(name, bases, dict)
def init(self, v):
    self.v = v
Point = type("Point", (), {"__init__": init, "double": lambda self: self.v * 2, "z": 0})
p = Point(21)
print(Point.__name__, p.double(), p.z, Point.__bases__)
Sub = type("Sub", (Point,), {"triple": lambda self: self.v * 3})
s = Sub(2)
print(s.double(), s.triple(), [c.__name__ for c in Sub.__mro__])
print(type(p) is Point, type(5), type("s"), type(None), type(type))
print(type(len).__name__, type(print).__name__, type(lambda: 0).__name__)
print(type(p).__qualname__, type(Point).__name__)
try:
    type("X", 5, {})
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError:", e)
Empty = type("Empty", (object,), {})
print(Empty.__mro__[-1] is object, isinstance(Empty(), Empty))
