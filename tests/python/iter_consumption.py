# iterators are consumed once
it = iter(range(10))
print(sum(it), sum(it))
it = iter([3, 1, 2])
print(max(it), list(it))
it = iter("abcdef")
print(list(zip(it, it)))
it = iter(range(10))
print(5 in it, list(it))
it = iter([1, 2, 3, 4])
for v in it:
    if v == 2:
        break
print(list(it))
m = map(str, range(3))
print(list(m), list(m))
z = zip("ab", "cd")
print(dict(z), dict(z))
r = reversed([1, 2])
print(tuple(r), tuple(r))
e = enumerate("xy")
print(list(e), list(e))
g = (i for i in range(3))
print(sorted(g, reverse=True), sorted(g))
f = filter(None, [0, 1, 2])
print(any(f), list(f))
a, b = iter([1, 2]), [1, 2]
print(list(a) == b, list(a) == b)
