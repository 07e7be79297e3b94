# __new__ and subclassing builtin types
class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
    def shout(self):
        return self + "!"
u = Upper("hello")
print(u, type(u).__name__, u.shout(), u == "HELLO", isinstance(u, str), len(u))
print(type(u + "x").__name__, type(u.lower()).__name__, repr(u))
class Even(int):
    def __new__(cls, v):
        if v % 2:
            raise ValueError(f"{v} is odd")
        return super().__new__(cls, v)
    def __repr__(self):
        return f"Even({int(self)})"
e = Even(4)
print(e, repr(e), e + 2, type(e + 2).__name__, e * 1.5)
try:
    Even(3)
except ValueError as ex:
    print("ValueError:", ex)
class Stack(list):
    def push(self, v):
        self.append(v)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), type(s[:2]).__name__, isinstance(s, list))
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
p = Pair(1, 2)
print(p, p.first, p + (3,), hash(p) == hash((1, 2)))
class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            print("creating instance")
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self):
        print("__init__ runs every time")
a, b = Singleton(), Singleton()
print(a is b)
class NotInit:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(NotInit())
