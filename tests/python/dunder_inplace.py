# in-place operator dunders
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        print("__iadd__", other)
        self.items.append(other)
        return self
    def __isub__(self, other):
        self.items.remove(other)
        return self
    def __imul__(self, n):
        self.items *= n
        return self
    def __repr__(self):
        return f"Acc({self.items})"
a = Acc()
alias = a
a += 1
a += 2
a -= 1
a *= 2
print(a, alias is a)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("__add__ fallback")
        return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 5
print(x.v, y.v, x is y)
class ReturnsOther:
    def __iadd__(self, o):
        return "replaced"
r = ReturnsOther()
r += 1
print(r)
class NoIAdd:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "used __add__"
n = NoIAdd()
n += 1
print(n)
lst = [1]
t = (lst,)
t[0].__iadd__([2])
print(t)
