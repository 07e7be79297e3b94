# attributes and messages of builtin exceptions
try:
    {}["missing"]
except KeyError as e:
    print(repr(e), str(e), e.args)
try:
    {}[("tuple", 1)]
except KeyError as e:
    print(repr(e), str(e))
print(str(KeyError("a", "b")), str(KeyError()), str(KeyError("")))
e = OSError(2, "No such file or directory")
print(e.errno, e.strerror, str(e), type(e).__name__)
e2 = OSError(2, "No such file", "x.txt")
print(e2.filename, str(e2), type(e2).__name__)
try:
    open("/definitely/not/here.txt")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, str(e))
print(repr(OSError("just message")), OSError("m").errno)
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(e.name, str(e), repr(e))
try:
    from sys import no_such_name
except ImportError as e:
    print(e.name, str(e))
try:
    x = undefined_name
except NameError as e:
    print(e.name, str(e))
try:
    "abc".nope
except AttributeError as e:
    print(e.name, repr(e.obj), str(e))
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
ex = SystemExit(3)
print(ex.code, SystemExit().code, SystemExit("m").code, SystemExit(1, 2).code)
si = StopIteration(1, 2)
print(si.value, si.args)
