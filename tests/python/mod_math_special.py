# math: special functions, exact integer functions, fsum/prod/hypot/dist, and their errors
import math
print(math.gamma(0.5), math.gamma(-1.5), math.gamma(10), math.gamma(171.5), math.lgamma(1000), math.lgamma(-0.5))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([1e-16, 1, 1e16]))
print(math.fsum([]), math.fsum(iter([1, 2.5, 3])), math.fsum([float("inf"), 1.0]))
print(math.prod([1, 2, 3, 4]), math.prod([1.5, 2]), math.prod(range(1, 25)), math.prod([], start=7), math.prod(["ab"], start=2))
print(math.hypot(), math.hypot(3), math.hypot(3, 4), math.hypot(-3, 4, 12), math.dist([0, 0], [3, 4]), math.dist((1,), (4,)))
print(math.isqrt(99), math.isqrt(10 ** 40), math.isqrt(2 ** 127), math.factorial(20), math.factorial(52) % 10 ** 12)
print(math.comb(10, 3), math.comb(60, 30), math.comb(5, 9), math.perm(10, 3), math.perm(6), math.perm(3, 5))
print(math.gcd(), math.gcd(-12), math.gcd(12, 18, 27), math.lcm(), math.lcm(4, 6, 10), math.lcm(3, 0), math.gcd(2 ** 80, 2 ** 70 * 3))
print(math.frexp(0.1), math.frexp(-3e-320), math.ldexp(3, 4), math.ldexp(1, -1074), math.modf(2.75), math.modf(-0.25))
print(math.copysign(1.5, -2), math.fmod(7.5, 2), math.fmod(-7.5, 2), math.remainder(10, 4), math.remainder(-9, 4))
print(math.floor(2.7), math.ceil(2.1), math.trunc(-2.7), math.floor(-1e-300), math.ceil(10 ** 20), math.floor(True))
print(math.isfinite(1e308), math.isinf(float("-inf")), math.isnan(float("nan")), math.isclose(1.0, 1.0 + 1e-10))
print(math.log(10 ** 500), math.log10(10 ** 500), math.log2(2 ** 3000 + 1), math.log(2 ** 1100, 2))
print(math.nextafter(0.0, 1.0), math.nextafter(1.0, -math.inf), math.ulp(2.0 ** 52), math.ulp(-0.0))
class Half:
    def __float__(self):
        return 0.5
class Seven:
    def __index__(self):
        return 7
class Up:
    def __ceil__(self):
        return "ceil!"
print(math.sqrt(Half()), math.exp(Seven()), math.factorial(Seven()), math.ceil(Up()), math.gcd(Seven(), 21))
for expr in ["math.sqrt(-1)", "math.log(0)", "math.log(-2 ** 2000)", "math.log(1, 1)", "math.exp(800)",
             "math.pow(0, -1)", "math.pow(-2, 0.5)", "math.pow(10, 400)", "math.gamma(-2)", "math.lgamma(0)",
             "math.gamma(200)", "math.factorial(-3)", "math.factorial(3.0)", "math.comb(-1, 1)", "math.perm(4, -1)",
             "math.isqrt(-4)", "math.fsum([1e308, 1e308])", "math.fsum([math.inf, -math.inf])", "math.ldexp(1.0, 5000)",
             "math.ldexp(1.0, 2.5)", "math.dist((1, 2), (3,))", "math.sqrt('4')", "math.trunc('x')", "math.fmod(1, 0)",
             "math.isclose(1, 2, rel_tol=-1)", "math.sqrt()", "math.sqrt(x=4)", "math.atanh(1)", "math.cosh(1000)",
             "math.acos(1.5)", "math.remainder(1, 0)", "math.sqrt(10 ** 400)", "math.ceil(math.inf)", "math.floor(math.nan)"]:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
