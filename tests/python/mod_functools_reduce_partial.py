# reduce and partial
from functools import reduce, partial
import operator
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6)), reduce(lambda a, b: a + b, ["a", "b"], "start:"))
print(reduce(max, [3, 9, 2]), reduce(operator.add, [], 0), reduce(lambda acc, x: acc * 10 + x, [1, 2, 3]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
def power(base, exp, *, mod=None):
    return pow(base, exp, mod)
square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=10)
two_to = partial(power, 2)
print(square(7), cube_mod(7), two_to(10), square(3, exp=3))
print(square.func is power, square.args, square.keywords, two_to.args)
p2 = partial(two_to, 5)
print(p2(), p2.func is power, p2.args)
int_base2 = partial(int, base=2)
print(int_base2("1010"), list(map(partial(operator.mul, 3), [1, 2, 3])))
print(repr(partial(max, 1)).startswith("functools.partial(<built-in function max>, 1"))
