# The = specifier
x = 10
name = "py"
print(f"{x=}")
print(f"{x = }")
print(f"{x=!s}")
print(f"{name=}")
print(f"{name=!s}")
print(f"{x*2=}")
print(f"{x=:5d}|")
print(f"{x = :>6}|")
print(f"{3.0=:.2f}")
print(f"{len(name)=}")
items = [1, 2]
print(f"{items=} {items[0]=}")
