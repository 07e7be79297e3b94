# PEP 562: a module's own __getattr__ answers attribute lookups that find nothing
import sys, types

def __getattr__(name):
    if name.startswith("lazy_"):
        return name[5:].upper()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

me = sys.modules[__name__]
print(me.lazy_value, getattr(me, "lazy_x"), hasattr(me, "other"), getattr(me, "other", "dflt"))
from __main__ import lazy_imported
print(lazy_imported)
try:
    me.other
except AttributeError as e:
    print("AttributeError:", e)
try:
    from __main__ import nothing_here
except ImportError as e:
    print("ImportError:", e.name)

m = types.ModuleType("made")
m.__getattr__ = lambda name: len(name)
print(m.abc, m.abcdef, getattr(m, "__getattr__")("zz"))
m.abc = "set"
print(m.abc)
import collections
print(collections.UserList([1]), "UserDict" in collections.__all__)
try:
    collections.NoSuchThing
except AttributeError as e:
    print("AttributeError:", e)
