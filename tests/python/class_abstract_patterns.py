# abstract base classes and NotImplementedError patterns
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
print(Square(3).describe())
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
class Incomplete(Shape):
    pass
try:
    Incomplete()
except TypeError as e:
    print("TypeError:", e)
print(sorted(Shape.__abstractmethods__), isinstance(Square(1), Shape))
class Base:
    def run(self):
        raise NotImplementedError("subclasses must implement run")
try:
    Base().run()
except NotImplementedError as e:
    print("NotImplementedError:", e)
from collections.abc import Iterable, Sized, Hashable, Mapping, Sequence
print(isinstance([], Iterable), isinstance(5, Iterable), isinstance({}, Mapping), isinstance("", Sequence))
class Custom:
    def __len__(self):
        return 0
print(isinstance(Custom(), Sized), isinstance([], Hashable), isinstance((), Hashable))
