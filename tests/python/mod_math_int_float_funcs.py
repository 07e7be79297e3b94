# math functions on ints vs floats and big values
import math
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(0.999), math.floor(1e300) == int(1e300))
print(math.sqrt(10 ** 100), math.isqrt(10 ** 100), math.sqrt(2 ** 1000) == 2.0 ** 500)
print(math.gcd(2 ** 100, 2 ** 60 * 3), math.lcm(2 ** 40, 3 ** 20))
print(math.gcd(-12, 18), math.gcd(0, 0), math.lcm(-4, 6), math.lcm(0, 5))
print(math.comb(60, 30), math.perm(20, 10))
print(math.fsum([1e100, 1.0, -1e100]), sum([1e100, 1.0, -1e100]))
print(math.fsum([0.1, 0.2, 0.3]), math.fsum([]))
print(math.prod(range(1, 21)) == math.factorial(20), math.prod([0.5, 4]))
print(math.fabs(-2 ** 60), math.copysign(0.0, -1), math.copysign(math.inf, -1))
print(math.floor(True), math.ceil(False))
class F:
    def __floor__(self):
        return "custom floor"
    def __ceil__(self):
        return "custom ceil"
print(math.floor(F()), math.ceil(F()))
try:
    math.floor("1")
except TypeError as e:
    print("TypeError:", e)
try:
    math.comb(5, -1)
except ValueError as e:
    print("ValueError:", e)
