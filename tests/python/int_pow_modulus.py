# pow with and without modulus
print(pow(2, 10), 2 ** 10, 2 ** -1, (-2) ** 3, -2 ** 2)
print(pow(3, 4, 5), pow(2, 100, 1000), pow(7, 0, 13))
print(pow(-3, 3, 7), pow(3, 3, -7))
print(pow(3, -1, 7), pow(2, -1, 11))
print(pow(12345678901234567890, 98765, 10 ** 9 + 7))
print(0 ** 0, 1 ** 1000, (-1) ** 1001)
print(pow(2.0, 3), pow(4, 0.5), 2 ** 0.5)
print(10 ** -2, type(10 ** -2).__name__)
print((-8) ** (1 / 3))
try:
    pow(3, -1, 6)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(2 ** 3 ** 2)
