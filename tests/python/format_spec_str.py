# format() mini-language for strings and misc objects
s = "hello"
for spec in ["", "s", "10", "<10", ">10", "^10", "*^10", ".3", "10.2", "-^9", "0>8"]:
    print(repr(spec).ljust(7), repr(format(s, spec)))
print(repr(format("", "5")), repr(format("toolong", "3")))
print(format(None, ""), format([1, 2], ""), format((1,), ""))
for bad, val in [("d", "s"), (",", "s"), ("=10", "s"), ("+", "s")]:
    try:
        format(val, bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    format([1], "10")
except TypeError as e:
    print("TypeError:", e)
class F:
    def __format__(self, spec):
        return f"F({spec!r})"
print(format(F(), "xyz"), f"{F():abc}", "{:q}".format(F()))
print(format(True, ""), format(True, "d"), format(True, "^6"), format(True, "5"))
