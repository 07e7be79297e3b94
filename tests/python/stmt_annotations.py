# variable and function annotations
x: int = 5
y: "not evaluated as string" = "s"
z: list[int]
print(x, y, __annotations__)
try:
    print(z)
except NameError as e:
    print("NameError:", e)
class C:
    a: int
    b: str = "b"
    c: dict[str, int] = {}
print(C.__annotations__, C.b, hasattr(C, "a"))
def f(p: int, q: str = "q", *args: float, k: bool = True, **kw: object) -> None:
    pass
print(f.__annotations__)
def g():
    local: int = 1
    unassigned: str
    return local, "unassigned" in locals()
print(g())
obj = C()
obj.attr: int = 9
print(obj.attr)
d = {}
d["k"]: str = "v"
print(d)
