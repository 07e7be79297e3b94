print("circ_a: start")
A_EARLY = "a-early"
import mod_helper_circ_b
A_LATE = "a-late"
def from_a():
    return "from_a sees " + mod_helper_circ_b.B_VALUE
print("circ_a: end")
