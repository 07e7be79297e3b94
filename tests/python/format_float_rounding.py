# float formatting rounds exactly like CPython (correct decimal rounding, ties to even)
vals = [0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 0.045, 1e-7, 123.456, 9.995, 99.5, 1e16, 2**53 + 1.0,
        1.7976931348623157e308, 5e-324, 0.1, 1 / 3, 2 / 3, 1e22, 123456789.125, -0.0, -1.25]
for v in vals:
    print(repr(v), [format(v, s) for s in (".0f", ".1f", ".2f", ".3e", ".0e", ".4g", ".1g", "g", "", ".3", "%", ".17g")])
print(format(0.1, ".30f"), format(1e300, ".0f")[:30], len(format(1e300, "f")))
print(format(5e-324, ".1074f")[-10:], format(2**-30, ".40f"))
print([round(x / 8, 0) for x in range(-4, 5)], [f"{x / 8:.0f}" for x in range(-4, 5)])
print(f"{1234567.891:,.2f} {1234567.891:_.1f} {0.000123:.2%} {-1e-9:z.3f} {1e100:.3e}")
print(f"{2.5:08.1f} {-2.5:+08.1f} {2.5:^+9.1f} {float('inf'):08} {float('nan'):+.2f} {-0.0:z}")
