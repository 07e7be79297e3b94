# round, divmod, pow builtins
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-17.5, 5))
print(pow(2, 8), pow(2, -2), pow(2, 8, 5), pow(-2, 3), pow(2.5, 2))
class Money:
    def __round__(self, n=None):
        return f"rounded to {n}"
print(round(Money()), round(Money(), 3))
try:
    round("x")
except TypeError as e:
    print("TypeError:", e)
try:
    divmod("a", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    round(1.5, 1.5)
except TypeError as e:
    print("TypeError:", e)
