# what can be a dict key
d = {}
d[1] = "int"; d["s"] = "str"; d[(1, 2)] = "tuple"; d[None] = "none"
d[frozenset({1})] = "frozenset"; d[2.5] = "float"; d[b"b"] = "bytes"
print(d)
for bad in ([1], {"a": 1}, {1}, ([1],)):
    try:
        d[bad] = 1
    except TypeError as e:
        print("TypeError:", e)
try:
    print({[]: 1})
except TypeError as e:
    print("TypeError:", e)
try:
    d[[1]]
except TypeError as e:
    print("TypeError:", e)
print([1] in d if False else "skip", (1, 2) in d)
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
d2 = {Key(1): "one"}
print(d2[Key(1)], Key(2) in d2)
try:
    d2[Key(3)]
except KeyError as e:
    print("KeyError raised", type(e.args[0]).__name__)
