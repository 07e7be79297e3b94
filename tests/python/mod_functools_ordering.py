# cmp_to_key, total_ordering, wraps, singledispatch
from functools import cmp_to_key, total_ordering, wraps, singledispatch
def cmp(a, b):
    return (a > b) - (a < b)
def by_len_then_rev(a, b):
    return cmp(len(a), len(b)) or cmp(b, a)
print(sorted(["bb", "a", "ccc", "aa", "c"], key=cmp_to_key(by_len_then_rev)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
@total_ordering
class Ver:
    def __init__(self, s):
        self.t = tuple(map(int, s.split(".")))
    def __eq__(self, o):
        return self.t == o.t
    def __lt__(self, o):
        return self.t < o.t
    def __repr__(self):
        return "V" + ".".join(map(str, self.t))
a, b = Ver("1.2"), Ver("1.10")
print(a < b, a <= b, a > b, a >= b, a == Ver("1.2"), a != b)
print(sorted([Ver("2.0"), Ver("1.10"), Ver("1.9")]), max(Ver("0.1"), Ver("0.0.9")))
def deco(f):
    @wraps(f)
    def w(*a, **k):
        """wrapper doc"""
        return f(*a, **k)
    return w
@deco
def target(x):
    """target doc"""
    return x
print(target.__name__, target.__doc__, target.__qualname__, target(5))
@singledispatch
def show(x):
    return f"object {x!r}"
@show.register
def _(x: int):
    return f"int {x}"
@show.register(list)
def _(x):
    return f"list of {len(x)}"
print(show(1), show([1, 2]), show("s"), show(True))
