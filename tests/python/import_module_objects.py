# modules are objects with a __dict__
import mod_helper_counter as m
import types
print(isinstance(m, types.ModuleType), type(m).__name__)
print(sorted(k for k in vars(m) if not k.startswith("__")))
m.new_attr = "added"
print(m.new_attr, "new_attr" in m.__dict__)
setattr(m, "count", 41)
print(m.bump())
del m.new_attr
print(hasattr(m, "new_attr"))
try:
    m.nonexistent
except AttributeError as e:
    print("AttributeError:", e)
dyn = types.ModuleType("dynamic_mod", "a doc")
dyn.x = 1
print(dyn.__name__, dyn.__doc__, dyn.x)
exec("y = x + 1", dyn.__dict__)
print(dyn.y)
import builtins
print(builtins.len is len, type(__builtins__).__name__ in ("module", "dict"))
