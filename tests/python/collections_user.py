# collections.UserDict, UserList and UserString: behaviour of the wrappers and of subclasses
import collections
from collections import UserDict, UserList, UserString
import copy

class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __missing__(self, key):
        return "missing:" + key

d = Lower({"A": 1}, B=2)
d["C"] = 3
print(d, d["zz"], "a" in d, "A" in d, len(d), sorted(d), d.get("q", 0), d.get("zz"))
d.update([("D", 4)]); u = UserDict(); print(d, u.setdefault("e", 5), u.setdefault("e", 6), u.pop("e"), u.pop("e", 0), u)
print(d | {"x": 1}, type(d | {"x": 1}).__name__, {"y": 2} | d, type({"y": 2} | d).__name__)
d |= {"Q": 9}; print(d)
c = d.copy(); c["new"] = 1; print(type(c).__name__, "new" in d, c == d)
print(copy.copy(d) == d, copy.deepcopy(UserDict(a=[1])).data, UserDict.fromkeys("ab", 0))
k, v = UserDict(a=1).popitem(); print(k, v)
e = UserDict(a=1, b=2); e.clear(); print(e, bool(e), UserDict(dict=3), isinstance(e, collections.abc.MutableMapping))
try:
    UserDict()["nope"]
except KeyError as ex:
    print("KeyError", ex)

l = UserList([3, 1, 2])
print(l, l[0], l[-1], l[::2], type(l[::2]).__name__, len(l), 2 in l, l.count(1), l.index(2))
l.append(4); l.extend([5, 6]); l.extend(UserList([7])); l.insert(0, 0); print(l, l.pop(), l.pop(0), l)
l.remove(1); l.reverse(); print(l); l.sort(key=lambda x: -x); print(l); l.sort(); print(l)
l[0] = "z"; del l[1]; print(l); l[0] = 2
print(l < [9], l > UserList([1]), l == [2, 3, 4, 5, 6], l != l, l <= l, l >= [0])
print(l + [1], [1] + l, type([1] + l).__name__, (1, 2) + UserList([3]) if False else None, l * 2, 2 * l)
l += (8,); print(l); l *= 2; print(l, len(l))
m = l.copy(); m.clear(); print(m, l[:3], UserList(), UserList("ab"), UserList(UserList([1])))
try:
    l.index(99)
except ValueError as ex:
    print("ValueError", ex)

s = UserString("Hello World")
print(s, repr(s), s.upper(), s.lower(), s.swapcase(), s.title(), s.center(15, "*"), s.zfill(13))
print(type(s.upper()).__name__, s.split(), s.rsplit("o", 1), s.partition(" "), s.find("o"), s.rfind("o"), s.count("l"))
print(s.startswith("He"), s.endswith("ld"), s.isalpha(), UserString("abc").isalpha(), s.replace("l", "L", 2))
print(s[0], s[-5:], type(s[1:]).__name__, s + "!", "<" + s, s * 2, len(s), "World" in s, UserString("W") in s)
print(s == "Hello World", s < "Z", s > UserString("A"), hash(s) == hash("Hello World"), int(UserString("42")) + 1)
print(UserString("%s-%d") % ("x", 3), s.strip("Hd"), s.join("ab"), s.encode(), float(UserString("1.5")), UserString(12))
print(sorted([UserString("b"), UserString("a")]), UserString("a,b").split(","), s.index("W"), s.removeprefix("Hello "))
print(list(UserString("abc")), list(reversed(UserString("abc"))), UserString("x{}y").format(5), s.ljust(12, "."))
print(UserDict, UserList, UserString, UserList.__module__, repr(UserString("a") * 3), UserString.maketrans("a", "b"))
