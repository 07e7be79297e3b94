# modules execute once and are cached in sys.modules
import sys
print("mod_helper_basic" in sys.modules)
import mod_helper_basic
print("mod_helper_basic" in sys.modules, sys.modules["mod_helper_basic"] is mod_helper_basic)
import mod_helper_basic
import mod_helper_basic as again
print(again is mod_helper_basic)
mod_helper_basic.add_item("x")
from mod_helper_basic import items
print(items)
import importlib
reloaded = importlib.reload(mod_helper_basic)
print(reloaded is mod_helper_basic, mod_helper_basic.items, items)
del sys.modules["mod_helper_basic"]
import mod_helper_basic as fresh
print(fresh is reloaded)
import mod_helper_counter as c1
c1.bump(); c1.bump()
import mod_helper_counter as c2
print(c2.count)
sys.modules["fake_module"] = "I am not a module"
import fake_module
print(fake_module)
print(sys.modules["__main__"].__name__, "builtins" in sys.modules)
