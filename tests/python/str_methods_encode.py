# str.encode with encodings and error handlers
s = "héllo €😀"
print(s.encode())
print(s.encode("utf-8"), s.encode("utf-16-le")[:6], len(s.encode("utf-16")))
print(s.encode("ascii", "ignore"), s.encode("ascii", "replace"))
print(s.encode("ascii", "backslashreplace"), s.encode("ascii", "xmlcharrefreplace"))
print("abc".encode("ascii"), "é".encode("latin-1"), "é".encode("latin1"))
print("é".encode("utf-8").decode("latin-1"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"\xffab".decode("utf-8", "replace"), b"\xffab".decode("utf-8", "ignore"))
print(b"\xffab".decode("utf-8", "backslashreplace"))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
print(len("😀".encode("utf-8")), len("😀".encode("utf-16-le")))
