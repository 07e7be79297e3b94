# exceptions crossing generators, finally and loops
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
for v in gen():
    print("value", v)
    break
print("after break")
def gen_raise():
    yield 1
    raise ValueError("from gen")
try:
    for v in gen_raise():
        print("got", v)
except ValueError as e:
    print("caught", e)
def f():
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
        except KeyError as e:
            print("handled", e)
            continue
        finally:
            print("finally", i)
f()
def nested_finally():
    try:
        try:
            raise ValueError("a")
        finally:
            print("inner finally")
    except ValueError:
        print("outer except")
    finally:
        print("outer finally")
nested_finally()
def exc_info_demo():
    import sys
    try:
        raise LookupError("li")
    except LookupError:
        t, v, tb = sys.exc_info()
        print(t.__name__, v, tb is not None)
    print(sys.exc_info())
exc_info_demo()
