# format() mini-language for floats
x = 1234.56789
for spec in ["", "f", ".2f", "10.2f", "<10.1f", "^12.3f", "+.1f", " .1f", "010.2f", ",.2f", "_.3f",
             "e", ".3e", "E", "g", ".3g", ".10g", "G", "%", ".1%", "n", ".0f", "#.0f", "#g", "=+12.2f"]:
    print(repr(spec).ljust(9), repr(format(x, spec)), repr(format(-x, spec)))
for v in [0.0, -0.0, 1e-7, 1e16, 123456789.0, 0.5, 2.5, float("inf"), float("nan"), 1.0]:
    print(repr(v), format(v, ""), format(v, "g"), format(v, ".2f"), format(v, "e"), format(v, ".1%"))
print(format(1e100, ",.0f")[:20])
print(format(0.1, ".20f"), format(2 / 3, ".17g"))
print(format(1.5, "z.0f") if False else "skip z", format(-0.0001, ".2f"))
