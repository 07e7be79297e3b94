# function attributes
def outer(a, b=2, *args, c, d=4, **kw):
    """Outer doc."""
    def inner():
        pass
    return inner
print(outer.__name__, outer.__qualname__, outer.__doc__, outer.__module__)
print(outer.__defaults__, outer.__kwdefaults__)
inner = outer(1, c=3)
print(inner.__name__, inner.__qualname__, inner.__doc__)
class C:
    def method(self):
        def local():
            pass
        return local
    class Nested:
        def m(self):
            pass
print(C.method.__qualname__, C().method().__qualname__, C.Nested.m.__qualname__)
print((lambda: 0).__name__, (lambda: 0).__qualname__)
outer.custom = "attr"
print(outer.custom, "custom" in outer.__dict__)
def annotated(x: int, y: "str" = "s") -> bool:
    return True
print(annotated.__annotations__)
print(outer.__code__.co_name, outer.__code__.co_varnames[:4])
print(callable(outer), type(outer).__name__)
outer.__name__ = "renamed"
print(outer.__name__, outer.__qualname__)
