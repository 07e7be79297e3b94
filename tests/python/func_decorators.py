# decorators: plain, with arguments, stacked, functools.wraps
import functools
def shout(fn):
    def wrapper(*a, **k):
        return fn(*a, **k).upper()
    return wrapper
@shout
def hello(name):
    """Say hello."""
    return f"hello {name}"
print(hello("bob"), hello.__name__, hello.__doc__)
def keep(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@keep
def documented(x):
    """Documented."""
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)
def repeat(n):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def one():
    return 1
print(one(), one.__qualname__)
def tag(t):
    def deco(fn):
        def w():
            return f"<{t}>{fn()}</{t}>"
        return w
    return deco
@tag("b")
@tag("i")
def text():
    return "x"
print(text())
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def a(): pass
@register
def b(): pass
print(registry)
@lambda fn: fn.__name__ * 2
def weird(): pass
print(weird)
