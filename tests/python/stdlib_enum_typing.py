# enum (Enum, IntEnum, Flag, auto, unique) and typing (aliases, Generic, NamedTuple)
from enum import Enum, IntEnum, Flag, StrEnum, auto, unique
from typing import List, Dict, Optional, Union, Callable, Tuple, TypeVar, Generic, NamedTuple, Any
import typing

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color.RED.name, Color.RED.value, Color.RED in Color)
print([m for m in Color.__members__], isinstance(Color.RED, Color), type(Color.RED).__name__)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)

class Level(IntEnum):
    LOW = 1
    HIGH = 2

print(Level.LOW < Level.HIGH, Level.HIGH + 1, sorted([Level.HIGH, Level.LOW]), f"{Level.LOW}", str(Level.HIGH))

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()

rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), repr(~Perm.R), bool(Perm(0)))

class Mode(StrEnum):
    FAST = auto()
    SLOW = "slow!"

print(Mode.FAST, repr(Mode.SLOW), Mode.FAST == "fast")

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)

class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass
    def describe(self):
        return f"{self.name} weighs {self.mass}"

print(Planet.EARTH.describe(), Planet.EARTH.value)
Animal = Enum("Animal", "ANT BEE")
print(list(Animal))

T = TypeVar("T")
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Callable[[int], str], Tuple[int, ...])
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]), Any, T)

class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item

print(Box[int](3).item, Box.__parameters__)

class Point(NamedTuple):
    x: int
    y: int = 0

p = Point(1)
print(p, p._replace(y=5), p._asdict(), Point._fields)

def f(a: int, b: "str" = "x") -> List[int]:
    return [a]

print(typing.get_type_hints(f), isinstance([], typing.Sequence), isinstance({}, typing.Mapping))
