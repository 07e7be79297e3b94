# ord and chr
print(ord("a"), ord("A"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("€"), ord("😀"))
print(chr(97), chr(8364), chr(0x1F600), repr(chr(0)), repr(chr(127)), chr(0x10FFFF) == "\U0010ffff")
print([chr(i) for i in range(65, 71)])
print("".join(chr(ord(c) + 1) for c in "HAL"))
print(ord(b"a"), ord(bytearray(b"z")))
for bad in ["", "ab"]:
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError:", e)
for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    chr("a")
except TypeError as e:
    print("TypeError:", e)
try:
    ord(5)
except TypeError as e:
    print("TypeError:", e)
