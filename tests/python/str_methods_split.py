# str.split
s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print(s.split(None, 2))
print("a,b,,c,".split(","))
print("a,b,,c,".split(",", 1))
print("a,b,,c,".split(",", maxsplit=2))
print("".split(), "".split(","), "   ".split())
print("abc".split("abc"), "aaa".split("a"), "aaa".split("aa"))
print("1<>2<>3".split("<>"))
print("x".split(",", 0), " a b ".split(None, 0))
print("a\u3000b\x1cc\x85d".split())
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
