# functools: partial flattening, lru_cache keys and eviction, singledispatch, cached_property,
# partialmethod, total_ordering from each root, cmp_to_key
from functools import *
def f(a, b=2, *, c=3):
    return (a, b, c)
p = partial(f, 1, c=5)
print(p(), p(7), p(c=9), p.args, p.keywords)
pp = partial(p, 10, c=11)
print(pp.func is f, pp.args, pp.keywords, pp())
p.attr = 5
print(partial(p, 1).func is p)
class MP(partial):
    pass
m = MP(f, 1)
print(type(m).__name__, m(), isinstance(m, partial), repr(partial(f, 1, c=2)).endswith(">, 1, c=2)"))
class A:
    def __init__(self):
        self.n = 0
    @lru_cache(maxsize=None)
    def sq(self, x):
        self.n += 1
        return x * x
a = A()
print(a.sq(3), a.sq(3), a.n, A.sq.cache_info())
@lru_cache(maxsize=3)
def g(x):
    return x * 2
for x in [1, 2, 3, 1, 4, 2, 5, 1]:
    g(x)
print(g.cache_info())
@lru_cache(typed=True)
def h(x):
    return x
h(1); h(1.0); h(True)
print(h.cache_info())
@lru_cache
def k(*args, **kw):
    return len(args) + len(kw)
k(1, 2); k(1, 2); k(1, b=2); k(b=2, a=1); k(a=1, b=2); k(a=1, b=2)
print(k.cache_info(), k.cache_parameters(), k.__name__, k.__wrapped__.__name__)
try:
    k([1])
except TypeError as e:
    print("TypeError:", e)
@lru_cache(maxsize=0)
def z(x):
    return x
z(1); z(1)
print(z.cache_info())
@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), fib.cache_info())
def deco(fn):
    @wraps(fn)
    def inner(*a, **kw):
        return fn(*a, **kw)
    return inner
@deco
def target(x: int) -> int:
    "doc here"
    return x + 1
print(target.__name__, target.__doc__, target.__wrapped__.__name__, target.__annotations__, target(1))
for root in ["__lt__", "__le__", "__gt__", "__ge__"]:
    ops = {"__lt__": lambda s, o: s.v < o.v, "__le__": lambda s, o: s.v <= o.v,
           "__gt__": lambda s, o: s.v > o.v, "__ge__": lambda s, o: s.v >= o.v}
    ns = {"__init__": lambda self, v: setattr(self, "v", v), "__eq__": lambda self, o: self.v == o.v, root: ops[root]}
    C = total_ordering(type("C" + root, (), ns))
    x, y = C(1), C(2)
    print(root, x < y, x <= y, x > y, x >= y, x < x, x <= x, x > x, x >= x)
try:
    total_ordering(type("Empty", (), {}))
except ValueError as e:
    print("ValueError:", e)
print(sorted([5, 2, 9, 1], key=cmp_to_key(lambda a, b: a - b)))
K = cmp_to_key(lambda a, b: (a > b) - (a < b))
print(K(1) < K(2), K(2) <= K(2), K(3) == K(3), K(1) != K(1), K(1).obj)
@singledispatch
def show(x):
    return "default"
@show.register(int)
def _(x):
    return "int"
@show.register
def _(x: str):
    return "str"
@show.register(list)
@show.register(tuple)
def _(x):
    return "seq"
print(show(1), show(True), show("a"), show([1]), show((1,)), show(1.5), show.dispatch(bool) is show.dispatch(int))
class B:
    pass
class D(B):
    pass
@singledispatch
def which(x):
    return "obj"
@which.register
def _(x: B):
    return "B"
print(which(D()), which(B()), which(1))
class CP:
    def __init__(self):
        self.calls = 0
    @cached_property
    def val(self):
        self.calls += 1
        return 42
c = CP()
print(c.val, c.val, c.calls, "val" in c.__dict__)
del c.val
print(c.val, c.calls, type(CP.val).__name__)
class PM:
    def set(self, v, k=1):
        return (v, k)
    s5 = partialmethod(set, 5)
    sk = partialmethod(set, k=9)
print(PM().s5(), PM().sk(3))
class SD:
    @singledispatchmethod
    def m(self, x):
        return "obj"
    @m.register
    def _(self, x: int):
        return "int"
print(SD().m(1), SD().m("s"))
print(reduce(lambda acc, x: acc * x, range(1, 10), 1), reduce(lambda a, b: a + b, "abc"))
