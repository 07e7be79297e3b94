# *args and **kwargs
def f(*args, **kwargs):
    return args, kwargs
print(f(), f(1, 2), f(a=1), f(1, b=2))
def g(a, *rest, k=0, **extra):
    return a, rest, k, sorted(extra.items())
print(g(1), g(1, 2, 3, k=4, z=5, y=6))
args = [1, 2, 3]
kw = {"sep": "-", "end": "!\n"}
print(*args, **kw)
def h(a, b, c):
    return a + b + c
print(h(*[1, 2], 3), h(*"abc"), h(**{"a": 1, "b": 2, "c": 3}), h(1, *[2], **{"c": 3}))
print(h(*(x for x in [4, 5, 6])))
print(f(*[1], *[2], **{"a": 1}, **{"b": 2}))
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    h(1, 2, 3, a=1)
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    h(*5)
except TypeError as e:
    print("TypeError:", e)
