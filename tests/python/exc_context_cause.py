# __cause__, __context__, __suppress_context__, __traceback__
def chain():
    try:
        raise KeyError("inner")
    except KeyError:
        raise ValueError("outer")
try:
    chain()
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
    print(type(e.__traceback__).__name__, e.__traceback__.tb_lineno > 0)
try:
    try:
        raise KeyError("a")
    except KeyError as k:
        raise ValueError("b") from k
except ValueError as e:
    print(repr(e.__cause__), e.__context__ is e.__cause__, e.__suppress_context__)
e = ValueError("manual")
e.__cause__ = KeyError("set by hand")
print(e.__suppress_context__, repr(e.__cause__))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            [][0]
        except IndexError:
            raise TypeError("third")
except TypeError as e:
    chain_names = []
    cur = e
    while cur:
        chain_names.append(type(cur).__name__)
        cur = cur.__context__
    print(chain_names)
err = RuntimeError("x")
print(err.__context__, err.__cause__, err.__traceback__)
print(err.with_traceback(None) is err)
