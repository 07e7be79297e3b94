# generator pipelines and infinite generators with islice
from itertools import islice, count
def naturals():
    n = 1
    while True:
        yield n
        n += 1
def evens(src):
    return (x for x in src if x % 2 == 0)
def squares(src):
    for x in src:
        yield x * x
print(list(islice(squares(evens(naturals())), 5)))
def primes():
    found = []
    for n in count(2):
        if all(n % p for p in found):
            found.append(n)
            yield n
print(list(islice(primes(), 15)))
def take_while_small(g):
    for v in g:
        if v > 50:
            return
        yield v
print(list(take_while_small(squares(naturals()))))
def running_avg():
    total = n = 0
    avg = None
    while True:
        v = yield avg
        total += v
        n += 1
        avg = total / n
ra = running_avg()
next(ra)
print([ra.send(v) for v in [10, 20, 30, 40]])
g = naturals()
print(next(g), next(g), sum(islice(g, 3)))
