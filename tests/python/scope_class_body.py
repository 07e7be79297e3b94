# class body scope rules
x = "module"
class A:
    x = "class"
    y = x + "!"
    def method(self):
        return x
    def method2(self):
        return self.x
    items = [x for _ in range(2)]
    lam = lambda self: x
print(A.y, A().method(), A().method2(), A.items, A().lam())
def factory():
    v = "enclosing"
    class B:
        v = "class-level"
        def get(self):
            return v
        w = v
    return B
B = factory()
print(B().get(), B.w, B.v)
class Counter:
    count = 0
    def inc(self):
        self.count += 1
        return self.count
c1, c2 = Counter(), Counter()
c1.inc(); c1.inc(); c2.inc()
print(c1.count, c2.count, Counter.count)
class Outer:
    class Inner:
        val = 1
    ref = Inner.val + 1
print(Outer.ref, Outer.Inner.__qualname__)
class Shadow:
    len = 5
    size = len
print(Shadow.size, len("abc"))
