# bool() and callable()
print(bool(), bool(0), bool(0.0), bool(0j), bool(""), bool(b""), bool([]), bool(()), bool({}), bool(set()), bool(None))
print(bool(1), bool(-0.1), bool("False"), bool([None]), bool(object()), bool(range(1)))
class F:
    def __call__(self):
        pass
print(callable(print), callable(len), callable(F), callable(F()), callable(lambda: 0))
print(callable(None), callable("s"), callable([].append), callable(int), callable(str.upper))
class G:
    pass
g = G()
g.__call__ = lambda: 1
print(callable(g))
try:
    bool(1, 2)
except TypeError as e:
    print("TypeError:", e)
