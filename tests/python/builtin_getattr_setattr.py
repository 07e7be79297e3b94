# getattr, setattr, hasattr, delattr
class O:
    a = 1
o = O()
print(getattr(o, "a"), getattr(o, "b", "dflt"), hasattr(o, "a"), hasattr(o, "b"))
setattr(o, "b", 2)
print(o.b, getattr(o, "b"))
delattr(o, "b")
print(hasattr(o, "b"))
try:
    getattr(o, "zzz")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(o, "zzz")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError:", e)
setattr(o, "with space", "odd")
print(getattr(o, "with space"), sorted(vars(o)))
print(getattr("abc", "upper")(), getattr([], "__len__")())
class Boom:
    @property
    def p(self):
        raise ValueError("not AttributeError")
try:
    hasattr(Boom(), "p")
except ValueError as e:
    print("hasattr propagates:", e)
try:
    setattr(1, "x", 2)
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(object(), "x", 2)
except AttributeError as e:
    print("AttributeError:", e)
