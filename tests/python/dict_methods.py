# dict methods
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("c", 3), d.setdefault("a", 100), d)
d.update({"d": 4}, e=5)
d.update([("f", 6)])
print(d)
print(d.pop("f"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
print(d.popitem(), d)
c = d.copy(); c["new"] = 1
print(d, c)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
shared = dict.fromkeys(["x", "y"], [])
shared["x"].append(1)
print(shared)
print(dict(a=1, b=2), dict([("k", "v")]), dict({"m": 1}, n=2), dict(zip("ab", [1, 2])))
print(len(d), "a" in d, 1 in d, list(d), d.clear(), d)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
