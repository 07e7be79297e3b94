# itertools: laziness and consumption, tee, groupby invalidation, subclassing, reprs, errors
from itertools import *
src = iter(range(10))
print(list(islice(src, 3)), next(src))
src = iter(range(10))
print(list(islice(src, 2, 8, 3)), next(src))
print(list(islice(count(), 0, 20, 7)), list(islice("abc", None)), list(islice(range(10), True, 5)))
a, b = tee(x * x for x in range(5))
print(next(a), next(a), next(b), list(a), list(b))
a, b = tee([1, 2, 3])
c, d = tee(a)
print(list(c), list(d), list(b), tee([1], 0))
g = groupby("aabbbc")
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
print([(k, len(list(v))) for k, v in groupby("aAbBa", key=str.lower)])
ch = chain([1], 5, [2])
print(next(ch))
for _ in range(2):
    try:
        next(ch)
    except TypeError as e:
        print("TypeError:", e)
    except StopIteration:
        print("StopIteration")
print(list(accumulate([1, 2.5, 3])), list(accumulate(["a", "b"], lambda x, y: y + x)), list(accumulate([], initial=5)))
c = count(0.1, 0.1)
print([next(c) for _ in range(4)], c, count(5, -1), count(2.5), count(1, 1.0))
r = repeat("x", 3)
next(r)
print(r, r.__length_hint__(), repeat(None))
print(list(product("ab", repeat=2)), list(permutations([1, 2, 3], 0)), list(combinations_with_replacement([], 0)))
class MyCount(count):
    def extra(self):
        return "extra"
mc = MyCount(3)
print(next(mc), next(mc), mc.extra(), mc)
class Loud(repeat):
    def __next__(self):
        return "overridden"
lr = Loud(1, 3)
print(next(lr), [x for _, x in zip(range(2), lr)])
print(type(mc).__mro__[1].__name__, isinstance(mc, count))
cy = cycle(iter([1, 2]))
print([next(cy) for _ in range(5)], list(compress("abcdef", cycle([1, 0]))))
def gen():
    yield 1
    yield 2
    raise ValueError("boom")
try:
    list(zip_longest(gen(), [1, 2, 3, 4]))
except ValueError as e:
    print("ValueError:", e)
for bad in [lambda: islice([1], 1, -1), lambda: islice([1], 1, 2, 0), lambda: count("a"),
            lambda: repeat(1, 2.0), lambda: product([1], repeat=-1), lambda: permutations([1], -1),
            lambda: combinations([1], -1), lambda: tee([1], -1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
