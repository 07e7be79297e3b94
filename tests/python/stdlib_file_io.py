# open() and os / os.path on real files: text and binary modes, seeking, appending, errors
import os
import os.path

base = os.path.join(os.environ.get("TMPDIR", "/tmp"), "pygil_file_io_%d" % os.getpid())
os.makedirs(base, exist_ok=True)
path = os.path.join(base, "data.txt")

with open(path, "w", encoding="utf-8") as f:
    print(f.write("héllo\n"), f.write("world\r\nlast"), f.mode, f.name == path, f.closed)
print(f.closed, os.path.getsize(path), os.path.exists(path), os.path.isfile(path), os.path.isdir(base))

with open(path) as f:
    print(repr(f.read()))
with open(path, newline="") as f:
    print(f.readlines())
with open(path) as f:
    print(repr(f.readline()), f.tell(), repr(f.read(3)))
    f.seek(0)
    print([line.rstrip("\n") for line in f])

with open(path, "a") as f:
    f.write("\nmore")
with open(path, "rb") as f:
    data = f.read()
    print(data, len(data), f.tell())
    f.seek(1)
    print(f.read(2), f.readline(), f.seek(-4, 2), f.read())

bpath = os.path.join(base, "bytes.bin")
with open(bpath, "wb") as f:
    f.write(bytes(range(5)))
with open(bpath, "r+b") as f:
    f.seek(2)
    f.write(b"\xff")
    f.seek(0)
    print(f.read())

for call in (lambda: open(os.path.join(base, "missing.txt")),
             lambda: open(path, "rw"),
             lambda: open(path, "rb", encoding="utf-8"),
             lambda: open(base),
             lambda: open(path, "x")):
    try:
        call()
    except (OSError, ValueError) as e:
        print(type(e).__name__, str(e).replace(base, "<base>"), getattr(e, "errno", None))

with open(path) as f:
    try:
        f.write("x")
    except OSError as e:
        print(type(e).__name__, e)
f2 = open(path)
f2.close()
try:
    f2.read()
except ValueError as e:
    print("ValueError:", e)

os.mkdir(os.path.join(base, "sub"))
open(os.path.join(base, "sub", "inner.txt"), "w").close()
print(sorted(os.listdir(base)))
for root, dirs, files in os.walk(base):
    print(os.path.relpath(root, base), sorted(dirs), sorted(files))
os.rename(bpath, bpath + ".old")
print(os.path.exists(bpath), os.path.exists(bpath + ".old"))
print(os.path.splitext("a/b/archive.tar.gz"), os.path.basename("/x/y.txt"), os.path.dirname("/x/y.txt"))
print(os.path.join("a", "b", "c"), os.path.normpath("a/./b/../c"), os.path.isabs("/a"), os.path.split("/a/b"))
try:
    os.rmdir(base)
except OSError as e:
    print(type(e).__name__, e.errno)
os.remove(os.path.join(base, "sub", "inner.txt"))
os.rmdir(os.path.join(base, "sub"))
for name in os.listdir(base):
    os.remove(os.path.join(base, name))
os.rmdir(base)
print(os.path.exists(base))
