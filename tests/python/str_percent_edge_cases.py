# printf-style formatting corner cases: flags, '*', mapping keys, argument rules, bytes
print("%-+6d|%+-6d|% 06d|%06.2f|%-8.3e|" % (5, 5, -5, -3.14159, 12345.678))
print("%#o %#x %#X %#.3x %.4o %08.3x" % (8, 255, 255, 10, 8, 255))
print("%5s|%-5s|%.1s|%5.2s|%c%c|" % ("ab", "ab", "xyz", "xyz", "\u20ac", 0x1F600))
print("%*d|%-*d|%*.*f|%.*s|" % (4, 1, 4, 2, 8, 3, 2.5, 2, "abcdef"))
print("%(a)s-%(b)05.1f-%(a)r" % {"a": "x", "b": 2.25})
print("%s %s" % ([1], {"k": (1, 2)}), "%s" % ((1, 2),), "%r" % ("q",))
print("%d %i %u" % (3.99, -2.5, True), "%x" % 2**70, "%d" % -2**70)
print("%.0f %.0f %.0f %.0f %.1f %.2f" % (0.5, 1.5, 2.5, -0.5, 0.25, 2.675))
print("%g %g %g %G %#g %.3g" % (1e-5, 123456, 1234567, 1e-10, 2.0, 0.0001234))
print("%e %E %.0e %#.0e" % (0.0, 1e300, 5e-324, 1.0))
print("%s%%%s" % (1, 2), "100%%" % (), "abc" % {}, "abc" % [1, 2])
print(b"%s|%b|%r|%a|%c|%c|%x|%5.1f" % (b"x", bytearray(b"y"), b"z", "\xe9", 65, b"!", 255, 2.25))
print(b"%(k)s %(k)d" % {b"k": 7} if False else b"%(k)s" % {b"k": b"v"})
class Num:
    def __int__(self): return 42
    def __index__(self): return 7
    def __float__(self): return 1.5
print("%d %x %f %c" % (Num(), Num(), Num(), Num()))
for fmt, args in [("%d", "x"), ("%x", 1.5), ("%f", "1"), ("%c", "ab"), ("%c", -1), ("%s %s", ("a",)),
                  ("%s", ("a", "b")), ("%y", 1), ("%", ()), ("%(a", {"a": 1}), ("%(a)s", 5), ("%*d", ("w", 1)),
                  ("%(a)s %s", {"a": 1}), ("%5%", ()), ("%lld", 1), ("abc", 5)]:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
for fmt, args in [(b"%s", "str"), (b"%c", 256), (b"%c", "a"), (b"x", 1), (b"%d", b"1")]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
