# int() with strings and bases
print(int("42"), int("-42"), int("+7"), int("  12 "), int("\t-3\n"))
print(int("1_000"), int("0"), int("-0"), int("000"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("101", 2), int("0b101", 0))
print(int("z", 36), int("ZZ", 36), int("10", 36))
print(int("12", 3), int("  1_0  ", 2))
print(int(3.99), int(-3.99), int(True), int(1e20))
print(int(), int("1" * 30))
print(int("٣"), int("１２"))
for bad, base in [("", 10), ("1.5", 10), ("12a", 10), ("2", 2), ("0x10", 10), ("1__0", 10), ("_1", 10), ("010", 0)]:
    try:
        int(bad, base)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("1", 37)
except ValueError as e:
    print("ValueError:", e)
try:
    int(12, 10)
except TypeError as e:
    print("TypeError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
