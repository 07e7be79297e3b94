# Nested fields in format specs
width = 10
prec = 3
value = 3.14159265
print(f"[{value:{width}.{prec}f}]")
print(f"[{value:>{width}}]")
print(f"[{'hi':{'*'}^{width}}]")
for w in range(3, 7):
    print(f"[{w:{w}}]")
fmt = ".1e"
print(f"{value:{fmt}}")
align = "<"
print(f"[{42:{align}{width}}]")
print(f"{f'{1 + 1}'}")
print(f"{'nested ' + f'{width}'}")
data = {"k": [10, 20]}
print(f"{data['k'][1]:#x}")
