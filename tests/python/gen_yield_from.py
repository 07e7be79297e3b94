# yield from and return values
def inner():
    x = yield 1
    print("inner got", x)
    y = yield 2
    print("inner got", y)
    return "inner result"
def outer():
    result = yield from inner()
    print("outer got result:", result)
    yield 3
g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
print(list(g))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(2), {"k": 0})))
def tree(node):
    if isinstance(node, list):
        for child in node:
            yield from tree(child)
    else:
        yield node
print(list(tree([1, [2, [3, 4]], [[5]]])))
def delegate_throw():
    try:
        yield from inner()
    except KeyError:
        yield "caught in outer"
d = delegate_throw()
next(d)
print(d.throw(KeyError))
def ret_only():
    return (yield from ())
r = ret_only()
try:
    next(r)
except StopIteration as e:
    print("value", e.value)
