# str.format
print("{} {}".format("a", "b"), "{1} {0}".format("a", "b"), "{0}{0}".format("x"))
print("{name} is {age}".format(name="Bob", age=30))
print("{0[1]} {0[k]}".format({1: "one", "k": "kay"}))
print("{0[0]} {0[2]}".format("xyz"))
print("{.real} {.imag}".format(3 + 4j, 3 + 4j))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:*^10.3f}".format(3.14159))
print("{0!r} {0!s} {0!a}".format("é"))
print("{{}} {{{0}}}".format(5))
print("{:{}}|{:{w}.{p}}".format("x", 4, 2.71828, w=8, p=3))
print("{a[0]}-{b.__class__.__name__}".format(a=[9], b=1.5))
args = ["p", "q"]
print("{} and {}".format(*args), "{x}".format(**{"x": "dict"}))
for fmt in ["{0} {}", "{", "}", "{0", "{:d}", "{missing}", "{5}"]:
    try:
        print(fmt.format("s"))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__ + ":", e)
