# StopIteration inside generators becomes RuntimeError (PEP 479)
def leaky():
    yield 1
    raise StopIteration("leak")
g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def uses_next(it):
    while True:
        yield next(it)
try:
    print(list(uses_next(iter([1, 2]))))
except RuntimeError as e:
    print("RuntimeError:", e)
def safe(it):
    for v in it:
        yield v
print(list(safe(iter([1, 2]))))
it = iter([])
print(next(it, "default"))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration args", e.args, e.value)
class Count:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Count(3)), [x for x in Count(2)])
e = StopIteration(5)
print(e.value, StopIteration().value)
