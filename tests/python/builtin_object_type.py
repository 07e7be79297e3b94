# object() and type() introspection
o = object()
print(type(o).__name__, type(o) is object)
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(object.__bases__, type.__bases__, object.__class__, type.__class__)
print(isinstance(object, type), isinstance(type, object), issubclass(type, object))
print(o == o, o != object(), o.__eq__(o), o.__eq__(1), o.__ne__(1))
print(object().__str__() == object().__repr__() or True)
print(type(1) == int, type(1) is int, type("") is str, type([]) == list)
print([t.__name__ for t in (int, float, str, bytes, list, tuple, dict, set, frozenset, bool, type, object, complex, range, slice)])
print(type(None).__name__, type(NotImplemented).__name__, type(...).__name__)
print(object.__name__, type.__name__, type.__qualname__, int.__module__)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
