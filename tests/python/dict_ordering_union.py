# insertion order, | and |=, equality
d = {}
for key in ["zeta", "alpha", "mid", "beta"]:
    d[key] = len(key)
print(d)
d["alpha"] = 0
print(d)
del d["zeta"]
d["zeta"] = 99
print(d)
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a)
a |= b
print(a)
a |= [("w", 0)]
print(a)
try:
    {"a": 1} | [("b", 2)]
except TypeError as e:
    print("TypeError:", e)
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, list({"a": 1, "b": 2}) == list({"b": 2, "a": 1}))
print({**b, **{"y": "override"}}, dict(b, y="kw"))
print({1: "a", 1.0: "b"}, {True: 1, 0: 2, False: 3})
print(list({i: None for i in [5, 3, 5, 1, 3]}))
