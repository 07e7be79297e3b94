# __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__, __reversed__
class Seq:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        print("  getitem", i)
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
s = Seq(10, 20, 30)
print(len(s), s[1], s[-1], s[0:2])
s[0] = 99
del s[1]
print(s.items)
print(list(s))
print(20 in s, 30 in s)
print(list(reversed(s)))
class Bag:
    def __init__(self):
        self.d = {}
    def __contains__(self, x):
        print("  contains", x)
        return x == "magic"
    def __iter__(self):
        return iter(["a", "b"])
    def __reversed__(self):
        return iter(["reversed!"])
    def __len__(self):
        return 0
b = Bag()
print("magic" in b, "other" in b, "a" not in b)
print(list(b), list(reversed(b)), bool(b))
class NoLen:
    pass
try:
    len(NoLen())
except TypeError as e:
    print("TypeError:", e)
try:
    NoLen()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    iter(NoLen())
except TypeError as e:
    print("TypeError:", e)
