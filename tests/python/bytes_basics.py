# bytes basics: indexing, slicing, repr
b = b"Hello, \x00\xff!"
print(b, len(b), b[0], b[-1], b[7], type(b[0]).__name__)
print(b[0:5], b[::-1], b[::3], b[100:])
print(list(b[:3]), bytes([72, 105]), bytes(3), bytes(range(5)))
print(bytes("héllo", "utf-8"), bytes(b"copy"), bytes(bytearray(b"ba")))
print(b"abc" + b"def", b"ab" * 3, b"a" in b"cat", 97 in b"cat", b"" in b"x")
print(b"abc" == b"abc", b"abc" < b"abd", b"abc" == "abc")
print(repr(b"\t\n\r\\'\""), repr(b"'"), repr(b"\x7f\x80"))
for it in b"AZ":
    print(it, end=" ")
print()
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    bytes("str")
except TypeError as e:
    print("TypeError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
print(hash(b"x") == hash(b"x"), bytes.fromhex("de ad BE EF"), b"\xde\xad".hex())
print(b"\x01\x02\xff".hex(":"), b"abcdef".hex("-", 2))
