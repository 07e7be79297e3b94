print("circ_b: start")
import mod_helper_circ_a
B_VALUE = "b-value"
print("circ_b sees A_EARLY:", mod_helper_circ_a.A_EARLY)
print("circ_b sees A_LATE yet?", hasattr(mod_helper_circ_a, "A_LATE"))
print("circ_b: end")
