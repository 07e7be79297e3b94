# imports inside functions and classes bind local names
def f():
    import mod_helper_counter
    from math import sqrt as root
    return mod_helper_counter.bump(), root(49)
print(f())
print("mod_helper_counter" in globals(), "root" in globals())
class K:
    import math
    pi_val = math.pi
print(K.pi_val, K.math.__name__)
def g():
    from mod_helper_star import public_a
    return public_a
print(g())
try:
    exec("def h():\n    from math import *\n")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
import importlib
mod = importlib.import_module("pkg_helper.util")
print(mod.shout("dynamic"))
