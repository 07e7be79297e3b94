# range objects
r = range(10)
print(r, range(1, 10, 2), range(10, 0, -3), range(5, 5))
print(list(r), list(range(1, 10, 2)), list(range(10, 0, -3)), list(range(0)))
print(len(range(0, 100, 7)), len(range(10, 0)), len(range(-5, 5, 3)))
print(r[3], r[-1], r[2:5], r[::-1], r[::2][1:3], list(r[::-3]))
print(5 in r, 10 in r, 3.0 in r, "x" in r)
print(range(0, 20, 5).index(15), range(10).count(3))
print(range(3) == range(0, 3, 1), range(1, 1) == range(2, 2), hash(range(3)) == hash(range(0, 3)))
print(r.start, r.stop, r.step, range(2, 8, 3).stop)
print(list(reversed(range(1, 6, 2))), sum(range(101)), max(range(7)), min(range(3, 9)))
big = range(10 ** 20)
print(len(big) if False else big[-1], 10 ** 19 in big, big[10 ** 19])
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
try:
    range(5).index(7)
except ValueError as e:
    print("ValueError:", e)
