# collections: deque with maxlen, Counter arithmetic/order, OrderedDict, defaultdict subclasses,
# ChainMap views, UserDict/UserList/UserString, namedtuple extras
from collections import *
d = deque(range(5), maxlen=5)
d.rotate(7); print(d)
d.rotate(-12); print(d)
d.extendleft("ab"); print(d)
d *= 2; print(d)
print(deque([1, 2, 3]) * 3, 2 * deque([1]), deque("ab", 3) * 2)
d = deque([1, 2, 3, 2])
print(d.index(2), d.index(2, 2), d.count(2), d[-1], d[0])
d[1] = "x"; del d[0]
d.insert(-1, "y"); d.insert(100, "z"); d.insert(-100, "w"); print(d)
d.remove("y"); d.reverse(); print(d, len(d), bool(deque()), bool(d))
d.append(d); print(d)
class MyDQ(deque):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.tag = "t"
m = MyDQ([1, 2], maxlen=4)
print(m, m.tag, m.copy(), type(m + MyDQ([3])).__name__, deque([1, 2]) < deque([1, 2, 0]))
dq = deque([1, 2, 3]); it = iter(dq); next(it); dq.append(9)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
for bad in [lambda: deque([1]).index(5), lambda: deque([1], 1).insert(0, 5), lambda: deque(maxlen=-1),
            lambda: deque([1]) + [1], lambda: deque().popleft(), lambda: deque([1])[5]]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
class DD2(defaultdict):
    def __missing__(self, k):
        return k * 2
d2 = DD2(int)
print(d2[3], dict(d2))
dd3 = defaultdict(list, a=[1])
cp = dd3.copy(); cp["b"].append(2)
print(dd3, cp, type(cp).__name__, defaultdict(int) | {1: 2})
c = Counter("mississippi")
c.update(["s", "s"]); c.update({"m": 5}); c.update(m=1)
c.subtract("ssss"); c.subtract(p=10)
print(c, c.total(), list(Counter("abracadabra").elements()))
print(Counter(a=3, b=1) - Counter(a=1, b=2), Counter(a=1) | Counter(a=3, b=2), Counter(a=2, b=2) & Counter(a=1, c=3))
del c["zzz"]; del c["m"]; print(c)
print(Counter(a=1, b=2) >= Counter(a=1), Counter(a=1) > Counter(a=1), Counter() == Counter(x=0))
print(Counter({"a": 2, "b": 2, "c": 3}).most_common(), Counter(a=1, b=-2, c=0), +Counter(a=1, b=-2), -Counter(a=1, b=-2))
class C2(Counter):
    pass
print(C2("ab"), C2("ab") + C2("b"), C2("ab").copy())
od = OrderedDict.fromkeys("abcde")
od.move_to_end("a"); od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(False), list(od))
od3 = OrderedDict(); od3[(1, 2)] = "t"; od3[3] = 4; od3.move_to_end((1, 2))
print(od3, od3.popitem(last=False), OrderedDict(a=1) | OrderedDict(b=2))
class OD(OrderedDict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
o = OD(a=1); o["b"] = 2; print(o)
cm = ChainMap({"a": 1}, {"b": 2})
print(list(cm.items()), list(cm.values()), "a" in cm.keys(), ("b", 2) in cm.items(), cm.setdefault("z", 0), cm)
cm.update({"q": 1}, w=2); print(cm, bool(ChainMap()), ChainMap.fromkeys("ab", 0), cm.keys())
u = UserDict(a=1)
u["b"] = 2
print(u, len(u), u.get("a"), list(u.items()), u == {"a": 1, "b": 2}, u.pop("a"), u, type(u.copy()).__name__)
l = UserList([3, 1, 2]); l.sort(); l.append(9)
print(l, l[1:], type(l[1:]).__name__, l + [0], l * 2, 3 in l, l == [1, 2, 3, 9])
s = UserString("hello")
print(s, s.upper(), s[1:3], s + "!", s.split("l"), len(s), "ell" in s, s == "hello")
P = namedtuple("P", "x y")
p = P(1, y=2)
print(p._asdict(), P(*range(2)), p[::-1], p + (3,), p.count(1), p.index(2))
Q = namedtuple("Q", "a b c", defaults=[1, 2], module="mymod")
print(Q(0), Q.__module__, Q._field_defaults, Q.__new__.__defaults__, namedtuple("W", "a,b c")._fields)
class R(namedtuple("R", "u v")):
    __slots__ = ()
    @property
    def s(self):
        return self.u + self.v
print(R(1, 2).s, R(1, 2), R._make([3, 4]), hash(P(1, 2)) == hash((1, 2)), {P(1, 2): "v"}[(1, 2)])
for bad in [lambda: P(1, 2, 3), lambda: P(x=1), lambda: P(1, 2)._replace(z=3), lambda: namedtuple("A", "x _y"),
            lambda: namedtuple("A", "x x"), lambda: namedtuple("def", "x"), lambda: P._make([1])]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
