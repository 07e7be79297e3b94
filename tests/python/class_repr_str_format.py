# __repr__, __str__, __format__
class Both:
    def __repr__(self):
        return "Both(repr)"
    def __str__(self):
        return "Both(str)"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"
class StrOnly:
    def __str__(self):
        return "StrOnly-str"
b, r = Both(), ReprOnly()
print(b, repr(b), str(b), [b], f"{b}", f"{b!r}", "%s %r" % (b, b))
print(r, str(r), [r], (r,), {r: r} if False else {"k": r})
print(str(StrOnly()), repr(StrOnly()).startswith("<__main__.StrOnly object at"))
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == "usd":
            return f"${self.v:.2f}"
        return format(self.v, spec)
m = Money(3.5)
print(f"{m:usd} {m:>8.1f} {m}", format(m, "usd"), "{:usd}".format(m))
class NoFormat:
    def __str__(self):
        return "nf"
print(format(NoFormat()), f"{NoFormat()}", f"{NoFormat():>5}" if False else "")
try:
    format(NoFormat(), "x")
except TypeError as e:
    print("TypeError:", e)
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
