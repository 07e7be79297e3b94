# %-formatting
print("%s %s" % ("a", "b"), "%s" % "single", "%s" % (("tuple",),))
print("%d %i %u" % (42, -7, 3), "%d" % 3.99, "%d" % True)
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %o %#x %#X %#o" % (255, 255, 8, 255, 255, 8))
print("%f %.2f %10.3f %-10.1f| %e %E %g %G" % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 0.00012, 0.00001234, 1e20))
print("%r %a %s" % ("é", "é", "é"))
print("%c%c" % (65, "b"), "%%", "100%%" % ())
print("%(name)s is %(age)d" % {"name": "Ann", "age": 7})
print("%(x)r %(x)s" % {"x": "q"})
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
print("%s" % [1, 2], "%s" % {"a": 1}, "%s %s" % (None, True))
print("%.3s|%5.1s|" % ("abcdef", "xyz"))
print("%#.3g %g %g" % (1.0, 100000.0, 1000000.0))
print("%e" % 0, "%.0f %.0f %.0f" % (0.5, 1.5, 2.5))
print(b"%s %d %x" % (b"bytes", 5, 255), b"%c" % 65)
for fmt, args in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1), ("%(k)s", {})]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
