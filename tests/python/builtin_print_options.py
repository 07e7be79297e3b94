# print() sep/end/file/flush
import sys, io
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", sep=", ", end=".\n")
print("no newline", end="")
print(" <- continued")
print(1, 2.5, None, True, [1], sep="|")
print("x", sep=None, end=None)
buf = io.StringIO()
print("into buffer", 42, file=buf)
print("second", file=buf, end="!")
print(repr(buf.getvalue()))
print("stderr line", file=sys.stderr)
print("flushed", flush=True)
print(*range(5), sep="-")
print(*[], sep="x")
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", bad=1)
except TypeError as e:
    print("TypeError:", e)
print("\ttab", "multi\nline")
print("", "", sep="|")
