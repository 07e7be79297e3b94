# itemgetter, attrgetter, methodcaller
from operator import itemgetter, attrgetter, methodcaller
rows = [("bob", 30, "nyc"), ("alice", 25, "la"), ("carol", 30, "sf")]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)))
print(itemgetter(0)(rows), itemgetter(-1, 0)("abcd"), itemgetter("k")({"k": "v"}), itemgetter(slice(1, 3))("abcde"))
class P:
    def __init__(self, name, addr):
        self.name = name
        self.addr = addr
class A:
    def __init__(self, city):
        self.city = city
people = [P("z", A("rome")), P("y", A("oslo"))]
print([attrgetter("name")(p) for p in people], [attrgetter("addr.city")(p) for p in people])
print(attrgetter("name", "addr.city")(people[0]))
print(sorted(people, key=attrgetter("addr.city"))[0].name)
up = methodcaller("upper")
rep = methodcaller("replace", "a", "o")
spl = methodcaller("split", sep=",")
print(up("abc"), rep("banana"), spl("a,b,c"))
print(list(map(itemgetter(0), ["xy", "zw"])))
try:
    itemgetter(5)([1])
except IndexError as e:
    print("IndexError:", e)
try:
    attrgetter("nope")(people[0])
except AttributeError as e:
    print("AttributeError:", e)
print(repr(itemgetter(1)), repr(attrgetter("a.b")), repr(methodcaller("f", 1, k=2)))
