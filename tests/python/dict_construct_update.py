# dict construction and update: mappings, pairs, keywords, and CPython's errors
print(dict(), dict(a=1), dict([(1, 2), [3, 4], "xy"]), dict({1: 2}, b=3), dict(zip("ab", (1, 2))))
class M:
    def keys(self): return ["k1", "k2"]
    def __getitem__(self, k): return k.upper()
print(dict(M()), dict({1: 1}.items()))
for bad in ([1], [(1, 2, 3)], 5, ["abc"], [(1, 2), 3]):
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    dict({}, {})
except TypeError as e:
    print("TypeError:", e)
d = {"x": 1}
d.update({"y": 2}, z=3); d.update([("w", 4)]); d.update(M()); d.update()
print(d)
try:
    d.update(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(d.setdefault("x"), d.setdefault("new"), d.setdefault("n2", []), d)
print(d.pop("new"), d.pop("nope", None), d.popitem(), d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError:", e)
print(dict.fromkeys("aba"), dict.fromkeys({3, 1}, []), dict.fromkeys(range(3), 0))
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
print(D.fromkeys([1, 2], 5), type(D.fromkeys([])).__name__, D(a=1), type(D(a=1).copy()).__name__)
x = {1: "a"}
print(x | {2: "b"}, {2: "b"} | x, x | {1: "z"})
x |= [(3, "c")]
x |= {4: "d"}
print(x)
try:
    x | [(5, 5)]
except TypeError as e:
    print("TypeError:", e)
print({1: 2} == {1: 2.0}, {1: [1]} == {1: [1]}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {} != {})
try:
    {} < {}
except TypeError as e:
    print("TypeError:", e)
r = {"self": None}
r["self"] = r
print(r, len(r))
print(list(reversed({1: 1, 2: 2, 3: 3})), list(reversed({"a": 1}.items())))
d = {i: i for i in range(5)}
del d[2]; d[2] = "back"; d[0] = "zero"
print(d, list(d.values()))
d = {1: 1, 2: 2}
it = iter(d)
next(it)
del d[1]
d[3] = 3
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
v = {1: 2}.keys()
print(v.mapping, type(v.mapping).__name__, v.mapping[1])
