# iter() and next()
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))
print(iter(it) is it, type(iter([])).__name__, type(iter(())).__name__)
print(type(iter({})).__name__, type(iter(range(0))).__name__, type(iter(set())).__name__)
data = iter(["a", "b", "STOP", "c"])
print(list(iter(lambda: next(data), "STOP")))
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)
d = {"a": 1}
di = iter(d)
d["b"] = 2
try:
    next(di)
except RuntimeError as e:
    print("RuntimeError:", e)
l = [1, 2, 3]
li = iter(l)
next(li)
l.append(4)
print(list(li))
print(list(iter(iter(iter("xy")))))
