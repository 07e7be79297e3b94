# multiple context managers and exception suppression
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.suppress
with CM("a") as a, CM("b") as b:
    print("body", a.name, b.name)
with (CM("p1") as p1,
      CM("p2") as p2):
    print("parenthesized", p1.name, p2.name)
with CM("outer", suppress=True), CM("inner"):
    raise KeyError("swallowed")
print("after suppression")
with CM("s", suppress=True):
    1 / 0
    print("not reached")
print("continuing")
class Bad:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with CM("first"), Bad():
        print("body not reached")
except RuntimeError as e:
    print("caught", e)
