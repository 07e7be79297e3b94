# center, ljust, rjust, zfill, expandtabs
print(repr("abc".center(9)), repr("abc".center(8)), repr("abc".center(8, "*")))
print(repr("ab".center(5)), repr("ab".center(6, "-")), repr("abc".center(2)))
print(repr("abc".ljust(6)), repr("abc".ljust(6, ".")), repr("abc".rjust(6, "0")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "".zfill(3))
print("-".zfill(3), "12345".zfill(3), "--1".zfill(5))
print(repr("a\tb\tc".expandtabs()), repr("a\tb\tc".expandtabs(4)))
print(repr("12345\t6".expandtabs(4)), repr("\t".expandtabs(0)), repr("a\n\tb".expandtabs(2)))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
for w in range(1, 7):
    print(f"[{'x'.center(w, '.')}]", end="")
print()
