# is* predicates
samples = ["abc", "ABC", "Abc", "123", "١٢٣", "½", "²", "12.5", "", " ", "\t\n",
           "abc123", "a b", "_id", "2x", "class", "Ⅻ", "Hello World", "hello_world", "é", "\x00"]
names = ["isalpha", "isalnum", "isdigit", "isdecimal", "isnumeric", "isspace",
         "isidentifier", "isprintable", "isascii", "istitle", "isupper", "islower"]
print("sample".ljust(14), " ".join(n[2:6] for n in names))
for s in samples:
    flags = " ".join(("T" if getattr(s, n)() else ".").ljust(4) for n in names)
    print(repr(s).ljust(14), flags)
print("".isalpha(), "".isdigit(), "".isspace(), "".isidentifier())
print("abc".isascii(), "ab\x7f".isascii(), "ab\x80".isascii())
print("\u2003".isspace(), "\x1f".isspace(), "\x1c".isspace())
print("٣".isdecimal(), "³".isdigit(), "³".isdecimal(), "五".isnumeric())
