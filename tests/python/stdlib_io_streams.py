# io.StringIO and io.BytesIO: reading, writing, seeking, lines, newline modes, errors
import io

s = io.StringIO("first line\nsecond line\nthird")
print(repr(s.read(5)), s.tell(), repr(s.readline()), repr(s.readlines()))
s.seek(0)
print([line for line in s])
s.seek(0, 2)
s.write("\nappended")
print(repr(s.getvalue()))
s.seek(3)
s.write("XYZ")
print(repr(s.getvalue()[:12]), s.tell())
print(s.truncate(5), repr(s.getvalue()))
s.seek(8)
s.write("!")
print(repr(s.getvalue()))
print(io.StringIO("a\r\nb\rc\n", newline=None).readlines())
print(io.StringIO("a\r\nb\rc\n", newline="").readlines())
u = io.StringIO()
print(u.write("héllo 😀"), u.tell(), len(u.getvalue()))
print("to a buffer", 1, 2.5, sep="|", file=u)
print(repr(u.getvalue()))
for bad in (lambda: io.StringIO(5), lambda: u.write(b"x"), lambda: u.seek(-1), lambda: u.seek(1, 1), lambda: io.StringIO("", "x")):
    try:
        bad()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__ + ":", e)
u.close()
print(u.closed)
try:
    u.getvalue()
except ValueError as e:
    print("ValueError:", e)
with io.StringIO("ctx") as c:
    print(c.read())
print(c.closed)

b = io.BytesIO(b"ab\ncd\nef")
print(b.read(2), b.readline(), b.readlines(), b.tell())
b.seek(-2, 2)
print(b.read(), b.seek(0), b.read1(3))
b.write(b"ZZ")
print(b.getvalue(), b.tell())
b.seek(20)
b.write(b"!")
print(b.getvalue())
try:
    b.write("text")
except TypeError as e:
    print("TypeError:", e)
print(isinstance(s, io.TextIOBase), isinstance(b, io.BufferedIOBase), isinstance(b, io.IOBase), issubclass(io.StringIO, io.IOBase))
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE > 0)

class Upper(io.StringIO):
    def write(self, text):
        return super().write(text.upper())

w = Upper()
print("shout", file=w)
print(repr(w.getvalue()))
