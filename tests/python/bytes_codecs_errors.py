# encoding and decoding with error handlers; UnicodeError messages and attributes
data = "héllo wörld €😀"
for enc in ["utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "latin-1", "ascii", "cp1252"]:
    for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        try:
            b = data.encode(enc, errors)
            print(enc, errors, b[:24], len(b))
        except UnicodeEncodeError as e:
            print(enc, errors, "UnicodeEncodeError:", e, e.start, e.end, repr(e.reason))

raw = b"ok \xc3\xa9 \xe2\x82 \xff \xed\xa0\x80 \xf0\x9f\x98 end"
for errors in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
    try:
        s = raw.decode("utf-8", errors)
        print(errors, ascii(s))
    except UnicodeDecodeError as e:
        print(errors, "UnicodeDecodeError:", e)
        print("  ", e.encoding, e.start, e.end, e.reason, e.object[e.start:e.end])

for bad in [b"\x80", b"\xc3", b"a\xe2\x82", b"\xf4\x90\x80\x80", b"\xc0\xaf", b"\xe0\x80\x80"]:
    try:
        bad.decode()
    except UnicodeDecodeError as e:
        print(bad, "->", e)
print(b"\xff\xfeh\x00i\x00".decode("utf-16"), "hi".encode("utf-16")[:2] in (b"\xff\xfe", b"\xfe\xff"))
print(b"caf\xe9".decode("latin-1"), b"\x80\x9f".decode("cp1252", "replace"), bytes(range(250, 256)).decode("latin-1"))
print(str(b"abc", "ascii"), str(bytearray(b"xyz"), encoding="utf-8"), "x".encode(encoding="UTF8"))
print("\udcff".encode("utf-8", "surrogateescape"), b"\xffA".decode("ascii", "surrogateescape").encode("ascii", "surrogateescape"))
for call in [lambda: "x".encode("no-such-codec"), lambda: b"x".decode("utf-8", "bogus") + "\xff".encode("ascii", "bogus").decode(),
             lambda: "\xff".encode("ascii", "bogus"), lambda: b"x".decode(5)]:
    try:
        print(call())
    except (LookupError, TypeError) as e:
        print(type(e).__name__ + ":", e)
