# default arguments, including the mutable default gotcha
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []))
print(append_to.__defaults__)
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))
counter = 10
def captured(x=counter):
    return x
counter = 20
print(captured())
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("A"), greet("B", "Hi"), greet("C", punct="?"), greet(greeting="Yo", name="D"))
def f(a, b=2, *, c=3, d):
    return a, b, c, d
print(f(1, d=4), f.__defaults__, f.__kwdefaults__)
f.__defaults__ = (99,)
print(f(1, d=0))
