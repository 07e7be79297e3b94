# str.format: field lookups, nesting, conversions, user __format__/__str__ order, and errors
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __format__(self, spec):
        return f"P({self.x},{self.y}){'[' + spec + ']' if spec else ''}"
    def __repr__(self):
        return "P!"

class Loud:
    log = []
    def __init__(self, name):
        self.name = name
    def __str__(self):
        Loud.log.append(self.name)
        return self.name.upper()

print("{0.x}/{0.y} {0} {0:wide} {0!r}".format(P(1, 2)))
print("{a[k][0]} {b[1]} {c.real}".format(a={"k": [7]}, b="xyz", c=5))
print("{:{fill}{align}{w}}|".format("mid", fill="*", align="^", w=9))
print("{0:>{1}.{2}f}|".format(3.14159, 10, 3))
print("{} {} {}".format(Loud("a"), Loud("b"), Loud("c")), Loud.log)
print("{!s:>6}|{!r:<6}|{!a}".format("x", "y", "ü"))
print("{0}{1}{0}".format("ab", "-"), "{{{}}}".format(42), "{}}}".format(1))
print("{0[-1]}".format({"-1": "neg key"}), "{0[ x ]}".format({" x ": "spaced"}))
d = {"name": "Ann"}
print("{name}".format(**d), "{name}".format_map(d))

class Missing(dict):
    def __missing__(self, key):
        return key.upper()
print("{who} and {what}".format_map(Missing(who="me")))

for fmt, args, kw in [
    ("{", (), {}), ("}", (), {}), ("{0", (1,), {}), ("{0!}", (1,), {}), ("{0!x}", (1,), {}),
    ("{0!rr}", (1,), {}), ("{}{1}", (1, 2), {}), ("{1}{}", (1, 2), {}), ("{2}", (1,), {}),
    ("{x}", (), {}), ("{0.}", (1,), {}), ("{0[}", (1,), {}), ("{0[0]x}", ([1],), {}),
    ("{0:{1:{2}}}", (1, 2, 3), {}), ("{0.nope}", (1,), {}), ("{:d}", ("s",), {}),
    ("{:s}", (1,), {}), ("{:,s}", ("a",), {}), ("{:=5}", ("a",), {}), ("{:+}", ("a",), {}),
]:
    try:
        print(repr(fmt.format(*args, **kw)))
    except (ValueError, KeyError, IndexError, AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    "{0}".format_map({})
except ValueError as e:
    print("ValueError:", e)
