# nonlocal statement and closures
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(10), c2())
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    r = middle()
    return r, x
print(outer())
def accum():
    total = []
    def add(v):
        total.append(v)
        return list(total)
    return add
a = accum()
a(1)
print(a(2))
def shadowing():
    v = 1
    def f():
        v = 2
        return v
    f()
    return v
print(shadowing())
