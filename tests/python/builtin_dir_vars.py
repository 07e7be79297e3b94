# dir() and vars()
class Base:
    base_attr = 1
    def base_method(self):
        pass
class C(Base):
    cls_attr = 2
    def __init__(self):
        self.inst = 3
c = C()
names = [n for n in dir(c) if not n.startswith("__")]
print(names)
print(vars(c), sorted(k for k in vars(C) if not k.startswith("__")))
print([n for n in dir(C) if not n.startswith("_")])
def f():
    a = 1
    b = 2
    return dir()
print(f())
import math
print([n for n in dir(math) if n.startswith("is")])
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(Custom()))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
print("__len__" in dir([]), "append" in dir(list), "keys" in dir({}))
