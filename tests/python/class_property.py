# property getter/setter/deleter
class Temperature:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        """Temperature in C."""
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(hasattr(t, "_c"))
print(Temperature.celsius.__doc__, type(Temperature.celsius).__name__)
class P:
    def _get(self):
        return "got"
    x = property(_get, doc="old-style")
print(P().x, P.x.__doc__, P.x.fget.__name__, P.x.fset)
try:
    del P().x
except AttributeError as e:
    print("AttributeError:", e)
