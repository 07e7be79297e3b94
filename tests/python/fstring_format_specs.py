# Format specs in f-strings
n = 1234567
f = -12.5
print(f"{n:,} {n:_} {n:_x}")
print(f"{n:>12,}|{n:<12}|{n:^12}|")
print(f"{f:+.3f} {f: .1f} {abs(f):+}")
print(f"{n:e} {n:.2E} {n:g}")
print(f"{0.000123:g} {1e20:g} {123.456:.4g}")
print(f"{255:b} {255:o} {255:x} {255:X}")
print(f"{255:#b} {255:#o} {255:#x} {255:#X}")
print(f"{65:c}")
print(f"{0.25:%} {0.25:.0%}")
print(f"{'abc':*<6}|{'abc':*>6}|{'abc':*^7}|")
print(f"{-42:=8}|{-42:08}|")
print(f"{'trunc':.3}")
print(f"{True:d} {True}")
