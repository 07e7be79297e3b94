# inf and nan
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(nan))
print(float("Infinity"), float("-INF"), float("NaN"), float("-nan"))
print(inf + 1, inf - inf, inf * 0, -inf * -1)
print(inf > 1e308, -inf < -1e308, inf == inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
print([nan] == [nan], nan in [nan])
x = float("nan")
print([x] == [x], x in [x], x in {x})
print(1 / inf, -1 / inf)
print(max(1, inf), min(-inf, 0))
import math
print(math.isinf(inf), math.isnan(nan), math.isfinite(1.0), math.isfinite(nan))
print(int(1e18), float(10 ** 308 * 10) if False else "skip")
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError:", e)
print(sorted([3.0, 1.0, 2.0]), round(inf) if False else "round(inf) skipped")
print(-0.0 == 0.0, str(-0.0), math.copysign(1, -0.0))
