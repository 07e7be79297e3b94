# enum: members, aliases, auto, lookups, mixins, flags, functional API, errors
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, EnumMeta, EnumType

class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
    def area_label(self):
        return "%s:%d" % (self.name.lower(), self.value)
    @property
    def doubled(self):
        return self.value * 2
    @classmethod
    def default(cls):
        return cls.CIRCLE

print(list(Shape), Shape(2), Shape.ALIAS_FOR_SQUARE, Shape["DIAMOND"].area_label(), Shape.SQUARE.doubled, Shape.default())
print(len(Shape), list(reversed(Shape)), dict(Shape.__members__), Shape.SQUARE == Shape.SQUARE, Shape.SQUARE == 2)
print(hash(Shape.SQUARE) == hash(Shape.SQUARE), {Shape.SQUARE: "sq"}[Shape.ALIAS_FOR_SQUARE], type(Shape), repr(Shape), bool(Shape))
print(isinstance(Shape, EnumMeta), EnumMeta is EnumType, f"{Shape.SQUARE}", "{:>14}".format(Shape.CIRCLE), Shape.SQUARE.__class__.__name__)
for bad in (lambda: Shape(9), lambda: Shape["NOPE"], lambda: setattr(Shape, "SQUARE", 1), lambda: delattr(Shape, "CIRCLE")):
    try:
        print(bad())
    except (ValueError, KeyError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    class Bad(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError", e)
try:
    class More(Shape):
        EXTRA = 9
except TypeError as e:
    print("TypeError", e)

class Ordinal(Enum):
    FIRST = auto()
    SECOND = auto()
    TENTH = 10
    ELEVENTH = auto()
print(list(Ordinal), [o.value for o in Ordinal])

class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name[::-1]
    AB = auto()
    CD = auto()
print([n.value for n in Named])

class Missing(Enum):
    ONE = 1
    @classmethod
    def _missing_(cls, value):
        if value == "one":
            return cls.ONE
print(Missing("one"), Missing(1))

class Pri(IntEnum):
    LOW = 1
    MID = auto()
    HIGH = 5
print(Pri.MID, repr(Pri.MID), Pri.HIGH * 2, Pri(5), Pri.LOW == 1, max(Pri), int(Pri.HIGH), "%d" % Pri.MID, f"{Pri.HIGH:03}", isinstance(Pri.LOW, int))

class Color(StrEnum):
    RED = auto()
    GREEN = "green"
print(Color.RED, Color.RED.upper(), Color("green"), Color.RED + "!", list(Color), f"[{Color.GREEN:>7}]")
try:
    class BadStr(StrEnum):
        X = 1
except TypeError as e:
    print("TypeError", e)

class P(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
print(P.R | P.X, P(6), P.RWX, list(P.RWX), len(P.RWX), P(0), repr(P(0)), P.R & P.W, P.R ^ P.RWX, ~P.RWX, ~P(0))
print(list(P), P.W in P.RWX, bool(P.R & P.X), P(3) is P(3), repr(P(5)))
try:
    P(8)
except ValueError as e:
    print("ValueError", e)

class Bits(IntFlag):
    A = auto()
    B = auto()
    C = auto()
print(Bits.A | Bits.C, repr(Bits.A | Bits.C), Bits.A | 2, Bits.B + 1, Bits(8), repr(Bits(9)), int(Bits.C), Bits.C == 4)

Dir = Enum("Dir", "N, E S W")
Num = IntEnum("Num", [("ONE", 1), ("TWO", 2)])
Map = Enum("Map", {"x": "ex", "y": "why"})
print(list(Dir), Dir.S.value, list(Num), Num.TWO + 1, Map.x, Map("why"), Enum("Single", ["A"], start=5).A.value)

@unique
class Ok(Enum):
    A = 1
    B = 2
print(list(Ok))
try:
    @unique
    class Dupes(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print("ValueError", e)

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(round(Planet.EARTH.gravity, 3), Planet.MERCURY.value, Planet((5.976e+24, 6.37814e6)))

class Coordinate(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, "P.X")
    PY = (1, "P.Y")
print(Coordinate.PY.label, Coordinate(1), Coordinate.PX.value)
