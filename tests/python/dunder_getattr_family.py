# __getattr__, __getattribute__, __setattr__, __delattr__
class Dyn:
    def __init__(self):
        self.real = "real value"
    def __getattr__(self, name):
        print("  __getattr__", name)
        if name.startswith("x_"):
            return name[2:]
        raise AttributeError(f"no {name}")
d = Dyn()
print(d.real, d.x_hello)
try:
    d.missing
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(d, "nope", "default"), hasattr(d, "x_ok"))
class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(f"get {name}")
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        self.log.append(f"set {name}")
        object.__setattr__(self, name, value.upper() if isinstance(value, str) else value)
    def __delattr__(self, name):
        self.log.append(f"del {name}")
        object.__delattr__(self, name)
l = Logged()
l.a = "hi"
print(l.a)
del l.a
print(l.log)
class Frozen:
    __slots__ = ()
    def __setattr__(self, n, v):
        raise AttributeError(f"cannot set {n}")
try:
    Frozen().x = 1
except AttributeError as e:
    print("AttributeError:", e)
