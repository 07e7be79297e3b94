# Last-bit accuracy of float ** and math's transcendental functions (CPython gets correctly
# rounded results from the C library; these are arguments where a sloppy libm is one ulp off).
import math
print([10 ** -k for k in range(1, 12)])
print([10.0 ** k for k in range(-8, 23, 3)], [2 ** (k / 4) for k in range(-8, 9)])
print([1.1 ** k for k in range(0, 40, 3)], [1.05 ** 0.5, 1.5 ** 2.5, 7.3 ** -1.7, 0.9 ** 100])
print([x ** (1 / 3) for x in (2, 3, 10, 27, 100, 1000)])
print([math.exp(x / 10) for x in range(-30, 31, 7)], math.exp(1), math.exp(-745.1), math.exp(709.7))
print([math.log(x) for x in (2, 3, 5, 7, 10, 0.1, 1e-300, 1e300, 1.0000001, 0.9999999)])
print([math.log2(x) for x in (3, 5, 10, 0.1, 1e300)], [math.log(x, 3) for x in (9, 27, 81, 243)])
print([math.sin(x) for x in (0.5, 1, 2, 3, 10, 100, 1e5, 1e10, 1e22, 1e300)])
print([math.cos(x) for x in (0.5, 1, 2, 3, 10, 100, 1e5, 1e10, 1e22, 1e300)])
print([math.tan(x) for x in (0.5, 1, 1.5, 2, 3, 100, 1e10)])
print([math.atan(x) for x in (0.1, 0.5, 1, 2, 10, 1e10)], [math.atan2(y, x) for y, x in ((1, 2), (-3, 4), (5, -6), (-7, -8))])
print([math.asin(x) for x in (0.1, 0.3, 0.5, 0.7, 0.9, 0.99)], [math.acos(x) for x in (-0.9, -0.5, 0.1, 0.5, 0.9)])
print([math.hypot(x, x + 1) for x in range(1, 8)], math.hypot(1e-320, 1e-320), math.hypot(1e300, 1e300))
print([math.gamma(x / 3) for x in range(1, 20, 4)], [math.lgamma(x) for x in (0.1, 2.5, 100.5, -2.5)])
print([abs(complex(x, x + 2)) for x in range(5)], (1 + 2j) ** 0.7, (-1) ** 0.5, 2 ** (1 + 1j))
print(sum(math.sin(k) for k in range(1000)), sum(k ** 0.5 for k in range(1000)))
