# count, cycle, repeat
from itertools import count, cycle, repeat, islice
print(list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(1.5, 0.5), 3)))
print(list(islice(count(5, -2), 4)))
c = cycle("ab")
print([next(c) for _ in range(5)])
print(list(islice(cycle([1, 2, 3]), 7)), list(cycle([])))
print(list(repeat("x", 3)), list(repeat(None, 0)), list(islice(repeat(7), 2)))
print(list(map(pow, range(5), repeat(2))))
print(repr(count(3)), repr(repeat("z", 2)))
it = count()
next(it); next(it)
print(repr(it))
print(list(islice("abcdefg", 2, None, 2)), list(islice(range(100), 10, 20, 3)))
print(list(islice([1, 2, 3], 0)), list(islice([1, 2, 3], None)))
try:
    islice([1], -1)
except ValueError as e:
    print("ValueError:", e)
