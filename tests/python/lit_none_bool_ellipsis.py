# None, True, False, Ellipsis
print(None, True, False, ...)
print(repr(None), repr(True), repr(Ellipsis))
print(type(None).__name__, type(...).__name__, type(True).__name__)
print(... is Ellipsis)
print(None is None, None == None)
print(bool(None), bool(...))
print(str(None), str(...))
x = [1, ...]
print(x)
print(not None, not True)
print(True is not False)
print(None or "default", None and "never")
print([] or {} or 0 or "last")
