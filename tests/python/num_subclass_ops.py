# int, float, complex and bool subclasses: construction, arithmetic results, dunder calls
class I(int):
    pass
class F(float):
    def describe(self):
        return "F:" + repr(self)
class C(complex):
    pass
class Money(int):
    def __add__(self, other):
        return Money(int(self) + int(other))
    def __repr__(self):
        return f"${int(self)}"
i, f, c = I(7), F(2.5), C(1, -2)
print(i, f, c, type(i).__name__, type(f).__name__, type(c).__name__)
print(i + 1, type(i + 1).__name__, i * f, type(i * f).__name__, -i, type(-i).__name__, abs(I(-3)), +i)
print(f + 1, type(f + 1).__name__, f ** 2, f // 1, f % 1, divmod(f, 1), round(f), round(f, 0), f.describe())
print(c + 1, c * c, type(c * c).__name__, c.real, c.imag, c.conjugate(), abs(C(3, 4)))
print(Money(5) + 3, Money(5) + Money(6), 3 + Money(5), sum([Money(1), Money(2)], Money(0)))
print(I("ff", 16), I(3.9), F("1.25"), F(3), C("2+3j"), C(1.5), I(), F(), C(), I(True), F(True))
print(i == 7, f == 2.5, c == complex(1, -2), hash(i) == hash(7), hash(f) == hash(2.5), i < f, f > i)
print(int.__add__(i, 1), float.__mul__(f, 2), complex.__sub__(c, 1), int.__eq__(i, 7.0), float.__eq__(f, 2))
print((5).__add__(2.0), (5).__radd__(2), (2.5).__radd__(1), (2.5).__rsub__(1), (2.5).__rtruediv__(5), (1j).__rmul__(2))
print(i.real, i.imag, i.numerator, i.denominator, f.real, f.imag, i.conjugate(), type(i.real).__name__)
print(int.__new__(I, 5), float.__new__(F, "7.5"), complex.__new__(C, 1, 1), bool.__new__(bool, [1]))
print(True + 1, True & False, True | 2, (True).__and__(False), (True).__xor__(1), bool.__or__(False, False))
print(I.from_bytes(b"\x01\x00", "big"), type(I.from_bytes(b"\x01", "big")).__name__, F.fromhex("0x1.8p1"), type(F.fromhex("0x1p0")).__name__)
for expr in ["I('x')", "F('x')", "C('1+')", "int.__new__(bool, 1)", "float.__new__(int)", "int('5', base=1)",
             "int(5, 10)", "int([1])", "float([1])", "complex([1])", "complex('1', 1)", "complex(1, '1')",
             "bool(x=1)", "int.__add__('a', 1)", "float.__neg__(1)", "(1).__truediv__(0)", "C(1) / 0"]:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
