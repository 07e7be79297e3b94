visible = "visible"
_hidden = "hidden"
import math as _math_alias
def func():
    return "func"
