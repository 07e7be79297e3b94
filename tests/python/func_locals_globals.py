# locals(), globals(), and name resolution
x = "global"
def f():
    y = "local"
    return sorted(locals().items())
print(f())
def g(a, b=2):
    c = a + b
    return sorted(locals())
print(g(1))
print("x" in globals(), globals()["x"], __name__)
import builtins
len = lambda o: "shadowed"
print(len([1, 2]))
del len
print(len([1, 2]))
print(builtins.len is len)
def uses_builtin():
    return max(1, 2)
max = lambda *a: "patched"
print(uses_builtin())
del max
print(uses_builtin())
print(type(globals()).__name__, type(locals()).__name__)
def nested():
    a = 1
    def inner():
        return a
    return "a" in locals(), inner()
print(nested())
