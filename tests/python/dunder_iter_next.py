# iterator protocol
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Range2Iter(self.n)
class Range2Iter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i * 2
r = Range2(4)
print(list(r), list(r), sum(r), max(r), [x for x in r if x > 2])
a, b, *c = r
print(a, b, c)
it = iter(r)
print(next(it), next(it), list(it), next(it, "exhausted"))
class GenIter:
    def __iter__(self):
        yield "from"
        yield "generator"
print(list(GenIter()), "-".join(GenIter()))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
calls = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(calls), 0)))
print(dict(zip(Range2(3), "abc")), tuple(enumerate(Range2(2))))
