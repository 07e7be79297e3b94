# generator functions
def countdown(n):
    print("start")
    while n > 0:
        yield n
        n -= 1
    print("end")
g = countdown(3)
print(type(g).__name__)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
print(list(countdown(2)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 12)))
def with_return():
    yield 1
    return "done"
g = with_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("return value:", e.value, e.args)
def empty():
    return
    yield
print(list(empty()), next(empty(), "default"))
gen = (i for i in range(3))
print(iter(gen) is gen, list(gen), list(gen))
def gen_in_loop():
    for i in range(3):
        x = yield i
        print("received", x)
print([v for v in gen_in_loop()])
