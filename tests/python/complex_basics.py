# complex numbers
a = 3 + 4j
b = 1 - 2j
print(a + b, a - b, a * b, a / b)
print(a ** 2, abs(a), -a, +a)
print(a == 3 + 4j, a != b, a.conjugate())
print(a.real, a.imag, type(a.real).__name__)
print(complex(2), complex(2.5, -1), complex("1+1j"), complex(" 2j "))
print(repr(complex(0, 1)), repr(complex(1, 0)), repr(complex(-0.0, 0)))
print(1j * 1j, 1j ** 2, (1 + 1j) ** 0)
print(complex(float("inf"), float("nan")))
print(2 * (1 + 1j), (1 + 1j) * 2.5, 1 / (1j))
print(hash(complex(1, 0)) == hash(1), hash(1j) == hash(1j))
print(str(1.5 + 0j), str(1e20j), str(1e-7 + 1j))
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
try:
    1 / (0j)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    complex("1+2k")
except ValueError as e:
    print("ValueError:", e)
try:
    int(1j)
except TypeError as e:
    print("TypeError:", e)
