# isinstance / issubclass
print(isinstance(1, int), isinstance(1, (str, int)), isinstance(1, (str, (float, int))))
print(isinstance(True, int), isinstance(1, bool), isinstance(None, type(None)))
print(isinstance([], object), isinstance(int, type), isinstance(type, object))
print(issubclass(bool, int), issubclass(int, object), issubclass(int, (str, float)), issubclass(type, object))
print(isinstance(1, int | str), isinstance("s", int | None), isinstance(None, int | None))
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class Weird(metaclass=Meta):
    pass
print(isinstance("magic", Weird), isinstance("x", Weird), issubclass(int, Weird), issubclass(str, Weird))
print(isinstance(1, ()), issubclass(int, ()))
from collections import OrderedDict
print(isinstance(OrderedDict(), dict), issubclass(OrderedDict, dict))
