# abs, all, any
print(abs(-3), abs(3.5), abs(-0.0), abs(3 - 4j), abs(True), abs(-2 ** 70))
class A:
    def __abs__(self):
        return "custom abs"
print(abs(A()))
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
print(all([]), all([1, 2]), all([1, 0]), all("abc"), all([[]]))
print(any([]), any([0, None, ""]), any([0, 1]), any(x > 2 for x in range(5)))
def noisy(v):
    print("  check", v)
    return v
print(all(noisy(v) for v in [1, 0, 2]))
print(any(noisy(v) for v in [0, 3, 4]))
try:
    all(5)
except TypeError as e:
    print("TypeError:", e)
