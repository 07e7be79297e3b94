# sys.stdout / sys.stderr writing
import sys
sys.stdout.write("no newline")
sys.stdout.write(" then newline\n")
n = sys.stdout.write("héllo 😀\n")
print("wrote", n, "chars")
sys.stderr.write("an error line\n")
sys.stdout.writelines(["a\n", "b\n"])
sys.stdout.flush()
print("after flush")
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError:", e)
old = sys.stdout
import io
sys.stdout = io.StringIO()
print("captured text")
captured = sys.stdout.getvalue()
sys.stdout = old
print("captured:", repr(captured))
print("line to stderr", file=sys.stderr)
print("last line")
