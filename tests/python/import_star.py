# from m import * with and without __all__
from mod_helper_star import *
print(public_a, public_b, _exported_private)
try:
    print(not_listed)
except NameError as e:
    print("NameError:", e)
from mod_helper_nostar import *
print(visible, func())
for name in ["_hidden", "_math_alias"]:
    print(name, name in globals())
from pkg_helper import *
print(shout("pkg"), PKG_CONST)
print("sub" in globals())
