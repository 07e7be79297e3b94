# repr of many computed floats (shortest round-trip repr)
import random
random.seed(7)
vals = [random.random() * 10 ** random.randint(-8, 8) for _ in range(20)]
for v in vals:
    print(repr(v), str(v), float(repr(v)) == v)
for i in range(1, 13):
    print(1 / i, i / 7, 2 ** -i, i * 0.1)
print([x / 100 for x in range(0, 100, 7)])
print(sum(1 / n for n in range(1, 50)))
print(3.0 * 1.1, 0.1 * 0.1 * 0.1, 1e-7 * 3, 4.35 * 100, 1.15 * 100)
