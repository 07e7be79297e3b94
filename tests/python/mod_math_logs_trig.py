# math logs and trigonometry
import math
print(math.log(math.e), math.log(8, 2), math.log(100, 10), math.log10(1000), math.log2(1024), math.log2(3))
print(math.log(1), math.log10(0.001), math.log(10 ** 100), math.log2(2 ** 1000))
print(math.sin(0), math.cos(0), math.tan(0), math.sin(math.pi / 2), math.cos(math.pi))
print(math.asin(1), math.acos(1), math.atan(1), math.atan2(1, 1), math.atan2(-1, -1))
print(math.degrees(math.pi), math.radians(180), math.degrees(1))
print(math.sinh(0), math.cosh(0), math.tanh(1), math.asinh(0), math.acosh(1), math.atanh(0))
print(round(math.sin(math.pi), 10), math.sin(math.pi))
print(math.erf(0), math.erfc(0), math.gamma(5), math.lgamma(1), math.gamma(0.5) ** 2)
print(math.exp2(3) if hasattr(math, "exp2") else 8.0)
print(math.nextafter(1.0, 2.0), math.ulp(1.0))
for bad in ["math.log(-1)", "math.sqrt(-4)", "math.acos(2)", "math.log(0)", "math.factorial(-1)", "math.factorial(2.5)", "math.isqrt(-1)"]:
    try:
        eval(bad)
    except (ValueError, TypeError) as e:
        print(f"{bad}: {type(e).__name__}: {e}")
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
