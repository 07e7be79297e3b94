# ascii, repr, bin, oct, hex, chr/ord round trips
for v in ["abc", "café", "日本", "😀\n", 5, [1, "é"], {"ü": b"\xfc"}, None, 1.5]:
    print(ascii(v), repr(v))
print(bin(5), bin(-5), oct(64), hex(-1), bin(0))
class R:
    def __repr__(self):
        return "Rép"
print(ascii(R()), repr(R()), str(R()))
print(ascii("\x00\t\u0100\U00010000"))
print(ascii(b"\xff"), ascii(bytearray(b"a")), ascii(("é", "x")))
print(ascii(1.5e300), ascii(-0.0), ascii(complex(1, -1)))
print(bin(2 ** 65), oct(-8), hex(255 * 256))
print(repr(repr("q")), ascii(ascii("é")))
