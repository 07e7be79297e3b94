# a circular import pair
import mod_helper_circ_a
print("main: A_LATE =", mod_helper_circ_a.A_LATE)
print(mod_helper_circ_a.from_a())
import mod_helper_circ_b
print(mod_helper_circ_b.mod_helper_circ_a is mod_helper_circ_a)
import sys
print("mod_helper_circ_a" in sys.modules, "mod_helper_circ_b" in sys.modules)
print(mod_helper_circ_b.B_VALUE, mod_helper_circ_a.A_EARLY)
import mod_helper_circ_a as again
print(again is mod_helper_circ_a)
