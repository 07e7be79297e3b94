# attribute lookup: instance, class, bases; methods binding
class A:
    x = "A.x"
    def m(self):
        return "A.m"
class B(A):
    pass
b = B()
print(b.x, b.m())
B.x = "B.x"
print(b.x, A.x)
b.x = "instance x"
print(b.x)
b.m = lambda: "instance m"
print(b.m(), B.m(b))
del b.m
print(b.m())
def added(self):
    return "added later"
A.added = added
print(b.added())
print(getattr(b, "x"), getattr(B, "x"), getattr(A, "x"))
setattr(b, "dyn", 1)
print(b.dyn, vars(b))
print(A.m is A.m, b.added == b.added, b.added is b.added)
print(type(A.__dict__).__name__, "x" in A.__dict__, "x" in vars(B))
try:
    A.__dict__["x"] = 1
except TypeError as e:
    print("TypeError:", e)
