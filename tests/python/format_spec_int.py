# format() mini-language for integers
n = 1234567
for spec in ["", "d", "10d", "<10d", ">10", "^10", "*^11", "0>10", "+", "-", " ", "010",
             ",", "_", "12,", "+,", "_b", "_x", "b", "o", "x", "X", "#b", "#o", "#x", "#X",
             "#012x", "c", "n", "e", ".2e", "f", ".1%", "g", "=+12", "0=12", "#_o"]:
    v = 65 if spec == "c" else n
    print(repr(spec).ljust(8), repr(format(v, spec)), repr(format(-v, spec)) if spec != "c" else "")
print(format(0, "#x"), format(0, "+"), format(-0, " "))
for bad in [".2d", "s", ",c", "z"]:
    try:
        format(5, bad)
    except ValueError as e:
        print("ValueError:", e)
