# zero-arg and two-arg super
class Base:
    def f(self):
        return "Base.f"
    @classmethod
    def cm(cls):
        return f"Base.cm({cls.__name__})"
    def __init__(self):
        self.log = ["Base.__init__"]
class Mid(Base):
    def f(self):
        return "Mid.f>" + super().f()
    @classmethod
    def cm(cls):
        return "Mid.cm>" + super().cm()
    def __init__(self):
        super().__init__()
        self.log.append("Mid.__init__")
class Leaf(Mid):
    def f(self):
        return "Leaf.f>" + super(Mid, self).f()
    def __init__(self):
        super(Leaf, self).__init__()
        self.log.append("Leaf.__init__")
x = Leaf()
print(x.f(), Leaf.cm(), x.log)
print(super(Leaf, x).f(), super(Mid, Leaf).cm())
def standalone(self):
    return "standalone"
class NoSuper(Base):
    def g(self):
        out = []
        for _ in range(2):
            out.append(super().f())
        return out
print(NoSuper().g())
sup = super(Leaf, x)
print(type(sup).__name__)
try:
    super(int, x)
except TypeError as e:
    print("TypeError:", e)
