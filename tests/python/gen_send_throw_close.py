# send, throw, close
def echo():
    received = None
    while True:
        try:
            received = yield f"got {received}"
        except ValueError as e:
            received = f"error {e}"
        except GeneratorExit:
            print("closing")
            raise
g = echo()
print(next(g))
print(g.send("a"))
print(g.send(42))
print(g.throw(ValueError("bad")))
print(g.send("after"))
g.close()
g.close()
try:
    next(g)
except StopIteration:
    print("closed generator raises StopIteration")
def fresh():
    yield 1
f = fresh()
try:
    f.send("x")
except TypeError as e:
    print("TypeError:", e)
def no_catch():
    yield 1
    yield 2
n = no_catch()
next(n)
try:
    n.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(list(n))
def ignores_exit():
    try:
        yield 1
    finally:
        print("finally on close")
i = ignores_exit()
next(i)
i.close()
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError:", e)
