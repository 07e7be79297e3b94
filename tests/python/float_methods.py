# float methods
print((3.0).is_integer(), (3.5).is_integer(), (-0.0).is_integer())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.75).as_integer_ratio())
print((1.0).hex(), (0.1).hex(), (-2.5).hex(), (0.0).hex())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x10"))
print((2.5).real, (2.5).imag, (2.5).conjugate())
print(float("  3.25  "), float("-1e3"), float("1_0.5"), float(".5"), float("5."))
print(float(7), float(-0), float(True), float(2 ** 60))
print(float("1e500"), float("-1e500"))
for bad in ["", "abc", "1.2.3", "1e", "0x10", "1__0"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float([1])
except TypeError as e:
    print("TypeError:", e)
print(float.__name__, (1.5).__class__.__name__)
print(5.0 // 2, 5.0 % 2, -5.0 // 2, 2.0 ** 10, 2.0 ** -1)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 % 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
