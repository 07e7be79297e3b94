# descriptor protocol: __get__, __set__, __delete__, __set_name__
class Typed:
    def __set_name__(self, owner, name):
        print(f"  __set_name__({owner.__name__}, {name})")
        self.name = "_" + name
    def __init__(self, typ):
        self.typ = typ
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.typ):
            raise TypeError(f"{self.name[1:]} must be {self.typ.__name__}")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("  deleting", self.name)
        delattr(obj, self.name)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("ann", 30)
print(p.name, p.age, type(Person.name).__name__)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
del p.age
print(p.age)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class H:
    attr = NonData()
h = H()
print(h.attr)
h.__dict__["attr"] = "instance wins"
print(h.attr, H.attr)
class Const:
    def __get__(self, obj, objtype):
        return (obj is None, objtype.__name__)
class U:
    c = Const()
print(U.c, U().c)
