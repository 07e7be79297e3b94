# str.rsplit and str.splitlines
print("a,b,c,d".rsplit(",", 1))
print("a,b,c,d".rsplit(",", 2), "a,b,c".rsplit(","))
print("  a  b  c  ".rsplit(None, 1), "  a  b  c  ".rsplit())
print("aaa".rsplit("aa"), "".rsplit())
text = "line1\nline2\r\nline3\rline4\n\nlast"
print(text.splitlines())
print(text.splitlines(True))
print(text.splitlines(keepends=True)[:2])
print("".splitlines(), "\n".splitlines(), "a\n".splitlines(), "a\n\n".splitlines())
print("x\x0by\x0cz\x1cw\u2028v\x85u".splitlines())
print("a\nb".split("\n"), "a\nb\n".split("\n"))
