# !r !s !a conversions
s = "café\n"
print(f"{s!r}")
print(f"{s!s}")
print(f"{s!a}")
print(f"{'😀'!a}")
print(f"{42!r} {3.5!s}")
print(f"{s!r:>20}|")
print(f"{None!r} {True!s}")
class P:
    def __repr__(self): return "P-repr"
    def __str__(self): return "P-str"
p = P()
print(f"{p} {p!r} {p!s} {p!a}")
print(f"{[p]}")
print(f"{b'x'!r}")
