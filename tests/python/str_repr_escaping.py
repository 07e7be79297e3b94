# repr() quoting and escaping
cases = ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there",
         "nl\n", "cr\r", "\x00\x07\x1b", "\x7f", "\x80\x9f\xa0", "é", "ñ", "\u200b",
         "\u2028", "😀", "\U000e0041", "\ufeff", "\udc80", "'", '"', "", "\\n"]
for c in cases:
    print(repr(c), ascii(c))
print(repr(["a'b", 'c"d']))
print(str(["x\n"]), str(("é",)))
print(repr("a" * 3 + "'" + '"'))
print(repr("a\x0bb\x0cc"), repr("\x9b"), repr("\u0378"), repr("\u00ad"))
print(repr("'" * 2 + '"'), repr('"' * 3))
print(str("nl\n"), repr(str("x")))
print([repr(c) for c in "\t\\'"])
