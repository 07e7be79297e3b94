# basic import forms
import mod_helper_basic
print(mod_helper_basic.CONSTANT, mod_helper_basic.greet("x"))
import mod_helper_basic as mhb
print(mhb is mod_helper_basic, mhb.Thing(1))
from mod_helper_basic import greet, Thing as T, CONSTANT
print(greet("y"), T(2), CONSTANT)
from mod_helper_basic import _private
print(_private)
import os.path
print(mod_helper_basic.__name__, mod_helper_basic.__doc__, os.path.basename(mod_helper_basic.__file__))
print(type(mod_helper_basic).__name__, __name__)
import math, json as js
print(math.pi, js.dumps([1]))
from math import (
    floor,
    ceil,
)
print(floor(1.5), ceil(1.5))
mod_helper_basic.CONSTANT = 100
from mod_helper_basic import CONSTANT as C2
print(C2, CONSTANT)
