# repr of nested and recursive containers
a = [1, 2]
a.append(a)
print(a, len(a))
d = {"k": 1}
d["self"] = d
print(d)
b = [a, d]
print(b)
t = ([],)
t[0].append(t)
print(t)
nested = [1, [2, [3, [4, [5]]]], (6, (7,)), {"x": {"y": [8]}}]
print(nested, repr(nested) == str(nested))
print([[]], [()], [{}], [set()], (1,), ((),), [(1,)])
print({1: [1, 2], (1, 2): {"a": None}})
print(str([1.5, "s", b"b", None, True]))
x = []
y = [x, x]
print(y)
class R:
    def __repr__(self):
        return "R()"
print([R(), (R(),), {R(): R()}] if False else [R(), (R(),)])
