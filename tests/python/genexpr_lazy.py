# generator expressions are lazy
def src():
    for i in range(5):
        print("producing", i)
        yield i
g = (x * 10 for x in src())
print("created")
print(next(g))
print(next(g))
print("rest", list(g))
# first iterable evaluated immediately
def make():
    print("make called")
    return [1, 2]
g2 = (v for v in make())
print("after genexpr creation")
print(list(g2))
try:
    g3 = (v for v in 5)
except TypeError as e:
    print("TypeError at creation:", e)
it = iter(range(6))
pairs = list(zip(it, it))
print(pairs)
print(sum(x * x for x in range(10) if x % 2))
