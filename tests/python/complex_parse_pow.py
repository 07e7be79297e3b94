# complex: string forms, constructor combinations, powers, division, hashing and repr details
for s in ["1+2j", "(1+2j)", " ( -1.5-2.5j ) ", "j", "-j", "+1j", "3", "2e3j", "1e-3+1e3J", "inf+nanj",
          "-infj", "1_000+2_0j", "١+٢j", "1+j", "1.+.5j"]:
    print(repr(s), "->", complex(s))
for s in ["", "1+", "1+2", "(1+2j", "1 + 2j", "1+-2j", "j1", "1jj", "1e+j", "(1)(2j)"]:
    try:
        complex(s)
    except ValueError as e:
        print(repr(s), "->", e)
print(complex(1, 2), complex(1.5), complex(2j), complex(1j, 1j), complex(1 + 1j, 2), complex(real=3, imag=4), complex(imag=1))
print((1 + 2j) ** 2, (1 + 2j) ** -1, (1 + 2j) ** 0.5, (1 + 2j) ** (2 - 1j), 1j ** 2, 1j ** 1j, (-1 + 0j) ** 0.5)
print((2 + 0j) ** 100, (1 + 1j) ** 101, 0j ** 0, 0j ** 2, 2 ** 1j, 2.5 ** (1 - 1j))
print((1 + 2j) / (3 - 4j), (1e300 + 1e300j) / (1e300 + 1e300j), 1 / (1e-300j), (3 + 4j) / 2, 5 / (1 + 1j))
print(hash(1 + 2j), hash(2j), hash(complex(1.5, -0.5)), hash(complex(3, 0)) == hash(3), {1 + 0j: "a", 1: "b"})
print(repr(complex(0.0, -0.0)), repr(complex(-0.0, 0.0)), repr(-(0j)), repr(complex(1e20, 1e-20)), repr(complex(float("nan"), 1)))
print(abs(1e308 + 1e308j), (1 + 2j).conjugate(), (1 + 2j) == (1 + 2j), (1 + 0j) == 1, (2 + 0j) != 2.0, 1j != 1)
for expr in ["1j / 0", "0j ** -1", "0j ** 1j", "(1e200 + 0j) ** 3.5", "pow(1j, 2, 3)", "1j % 2", "1j // 2",
             "1j < 2j", "int(1j)", "float(1j)", "abs(complex(1.7e308, 1.7e308))", "complex('1', 2)"]:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
