# Basic f-strings
name = "World"
n = 42
print(f"Hello, {name}!")
print(f"{n} {n + 1} {n * 2}")
print(F"upper F {n}")
print(f"{{literal braces}} {n}")
print(f"{'single'} {'dq' if False else 'x'}")
print(f"{[1, 2, 3]} {(1, 2)} {{'a': 1}}")
print(f"{ {'a': 1}['a'] }")
print(f"{name.upper()} {len(name)}")
print(f"{3.14159:.2f} {n:05d}")
print(f"{n!r} {name!r}")
items = ['x', 'y']
print(f"{', '.join(items)}")
print(f"{n if n > 10 else -n}")
print(f"{(lambda v: v * 2)(21)}")
print(fr"raw {n}\n", rf"{name}\t")
print(f"""triple {name}
second line""")
print(f"")
