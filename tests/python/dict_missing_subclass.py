# dict subclass with __missing__ and other overrides
class Zero(dict):
    def __missing__(self, key):
        return 0
z = Zero(a=1)
print(z["a"], z["nope"], z.get("nope"), "nope" in z, z)
class Auto(dict):
    def __missing__(self, key):
        self[key] = v = Auto()
        return v
a = Auto()
a["x"]["y"]["z"] = 1
print(a)
class Lower(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
l = Lower()
l["ABC"] = 1
print(l, dict(l), isinstance(l, dict), type(l).__name__)
l.update(QQ=2)
print(l)
print(repr(Zero()), Zero() == {}, Zero(x=1) == {"x": 1})
