# del statement on names, items, slices, attributes
x = 10
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
class O:
    pass
o = O()
o.attr = 5
del o.attr
print(hasattr(o, "attr"))
a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())
m = [[1, 2], [3, 4]]
del m[1][0]
print(m)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError", e)
