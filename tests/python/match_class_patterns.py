# match with class patterns and __match_args__
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center = center
        self.r = r
def where(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Circle(Point(cx, cy), r=radius) if radius > 10:
            return f"big circle at {cx},{cy}"
        case Circle(center=c, r=r):
            return f"circle r={r} cx={c.x}"
        case Point():
            return "some point"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"string {s!r}"
        case _:
            return "unknown"
for o in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1),
          Circle(Point(1, 2), 20), Circle(Point(7, 2), 1), 4, 2.5, "s", [1]]:
    print(where(o))
