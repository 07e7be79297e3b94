# keyword-only and positional-only parameters
def f(a, b, /, c, *, d, e=5):
    return (a, b, c, d, e)
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4, e=6))
for call in ["f(1, b=2, c=3, d=4)", "f(1, 2, 3, 4)", "f(1, 2, 3)", "f(1, 2, 3, d=4, z=1)", "f()"]:
    try:
        eval(call)
    except TypeError as e:
        print("TypeError:", e)
def g(x, /, **kw):
    return x, kw
print(g(1, x=2))
def only_kw(*, key):
    return key
print(only_kw(key="k"))
try:
    only_kw("k")
except TypeError as e:
    print("TypeError:", e)
def pos(a, /):
    return a
try:
    pos(a=1)
except TypeError as e:
    print("TypeError:", e)
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount)
