# generator object attributes and lifecycle
import inspect
def gen():
    yield 1
    yield 2
g = gen()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
print(g.__name__, g.__qualname__, g.gi_running)
list(g)
print(inspect.getgeneratorstate(g))
g2 = gen()
g2.close()
print(inspect.getgeneratorstate(g2))
def self_ref():
    yield gen_obj.gi_running
gen_obj = self_ref()
print(next(gen_obj))
def reentrant():
    yield next(r)
r = reentrant()
try:
    next(r)
except ValueError as e:
    print("ValueError:", e)
print(inspect.isgeneratorfunction(gen), inspect.isgenerator(gen()), inspect.isgenerator(gen))
