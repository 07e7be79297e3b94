# globals, locals and vars in different scopes
gx = 1
def f(a):
    b = a + 1
    l = locals()
    return sorted(l.items())
print(f(1))
class C:
    x = 1
    y = x + 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(C.names)
g = globals()
g["injected"] = "via globals()"
print(injected)
print(vars() is globals(), locals() is globals())
def h():
    return [k for k in globals() if k in ("gx", "f")]
print(h())
