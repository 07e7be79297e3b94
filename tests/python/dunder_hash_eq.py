# __hash__ and __eq__ interplay
class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, EqOnly) and o.v == self.v
print(EqOnly.__hash__)
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)
try:
    hash(EqOnly(1))
except TypeError as e:
    print("TypeError:", e)
class Both(EqOnly):
    def __hash__(self):
        return hash(self.v)
s = {Both(1), Both(1), Both(2)}
print(len(s), Both(1) in s)
class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), p == p, {p: 1}[p])
class Explicit:
    __hash__ = None
try:
    hash(Explicit())
except TypeError as e:
    print("TypeError:", e)
class InheritHash(Both):
    def __eq__(self, o):
        return True
try:
    hash(InheritHash(1))
except TypeError as e:
    print("TypeError:", e)
class KeepHash(Both):
    def __eq__(self, o):
        return True
    __hash__ = Both.__hash__
print(hash(KeepHash(7)) == hash(7))
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
