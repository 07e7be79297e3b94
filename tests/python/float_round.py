# round() with ints and floats (banker's rounding)
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.675, 0.125, 0.375, 1e20, 7.0]:
    print(v, round(v), round(v, 1), round(v, 2))
print(round(2.5), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(round(123.456, -1), round(123.456, -2), round(-123.456, 1))
print(round(1234.5678, 2), round(0.1 + 0.2, 10))
print(round(5, 2), round(-7), round(True))
print(round(1.23456789e-5, 7))
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), int(-2.5))
print(math.floor(2.5), math.ceil(2.5), math.trunc(2.9))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
