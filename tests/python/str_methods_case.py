# case conversion methods
words = ["hello world", "HELLO", "hELLo wORLD", "they're bill's friends", "ß straße",
         "ǆemal", "123abc", "a1b2", "ﬁnd", "ΣΑΣ", "İstanbul"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
print("ABC".isupper(), "abc".islower(), "Abc Def".istitle(), "abc1".islower(), "123".isupper())
print("straße".upper(), len("straße".upper()))
print("ß".casefold() == "ss", "Straße".casefold() == "STRASSE".casefold())
print("hello world".title(), "HELLO WORLD".title(), "o'neil mc-donald".title())
print("ǅ".istitle(), "ǅ".isupper(), "ǅ".islower())
print("ﬃ".upper(), len("ﬃ".upper()), "İ".lower(), len("İ".lower()))
print("Σ".lower(), "ΑΣ".lower(), "ΑΣ Σ".lower())
