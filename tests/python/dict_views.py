# keys/values/items views
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(len(k), "a" in k, 2 in v, ("b", 2) in it, ("b", 3) in it)
d["d"] = 4
print(list(k), list(v), list(it))
print(sorted(k & {"a", "z", "d"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(sorted(it & {("a", 1), ("b", 9)}))
print(k == {"a", "b", "c", "d"}, k <= {"a", "b", "c", "d", "e"}, k.isdisjoint(["x"]))
print(list(reversed(k)), list(reversed(v)), list(reversed(it))[0])
try:
    for key in d:
        d["new"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(v == v, d.values() == d.values())
print(k.mapping if hasattr(k, "mapping") else None)
