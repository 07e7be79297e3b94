# assignment expressions
data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print("list has", n, "items")
print([y for x in data if (y := x * 2) > 10])
print("y after comprehension:", y)
values = iter([3, 2, 1, 0, 5])
while (v := next(values)) != 0:
    print("got", v)
def f():
    return [(last := i) for i in range(4)], last
print(f())
print((z := 5) + z)
total = 0
print([total := total + i for i in range(5)], total)
def parse_pair(s):
    a, sep, b = s.partition("-")
    return (a, b) if sep and a.isdigit() and b.isdigit() else None
if (m := parse_pair("12-34")):
    print(m)
if not (m := parse_pair("12x34")):
    print("no match", m)
print(f"{(w := 3)} {w}")
