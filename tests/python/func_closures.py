# closures capture variables, not values
def make_multipliers():
    return [lambda x: x * i for i in range(4)]
print([m(2) for m in make_multipliers()])
def make_adders():
    adders = []
    for i in range(3):
        def add(x, i=i):
            return x + i
        adders.append(add)
    return adders
print([a(10) for a in make_adders()])
def outer():
    v = 1
    def get():
        return v
    v = 2
    return get
print(outer()())
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc(); inc()
print(get())
print(inc.__closure__ is not None, len(inc.__closure__), inc.__closure__[0].cell_contents)
print(counter.__closure__)
def deep():
    a = "a"
    def l1():
        b = "b"
        def l2():
            return a + b
        return l2
    return l1()()
print(deep())
