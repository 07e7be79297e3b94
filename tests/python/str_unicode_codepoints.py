# strings are sequences of code points
e = "😀"
print(len(e), len("a😀b"), len("é"), len("e\u0301"))
s = "x😀y🎉z"
print(s[1], s[3], s[-1], s[1:4], s[::-1])
print([ord(c) for c in s])
print(hex(ord("😀")), chr(0x1F600), chr(128512) == e)
print("😀" < "😁", "\uffff" < "😀")
print(s.find("y"), s.index("🎉"), s.count("😀"))
print(s.upper(), "ǅ".lower(), "ǅ".upper())
print(list("日本語"), "日本語"[1], len("日本語".encode()))
print("\U0001F600".encode("utf-8"), "\U0001F600".encode("utf-16-be"))
print(repr("\ud800"), len("\ud800"))
print(sorted(["b", "ä", "a", "😀", "Z"]))
print("é" == "e\u0301", "é".encode() == "e\u0301".encode())
print(ascii("x😀é"), repr("😀"))
