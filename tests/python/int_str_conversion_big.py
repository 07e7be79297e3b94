# str/int conversion for large values and the digit limit
n = 7 ** 500
s = str(n)
print(len(s), s[:20], s[-20:])
print(int(s) == n)
print(repr(-n)[:10])
print(str(10 ** 99)[:5], len(str(10 ** 99)))
print(int("1" + "0" * 100) == 10 ** 100)
import sys
print(sys.get_int_max_str_digits())
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError:", str(e)[:60])
print(len(hex(10 ** 5000)))
print(format(2 ** 200, ","))
print(f"{2 ** 100:_}")
print(f"{-(2 ** 80):>40}")
print(f"{2 ** 70:e}")
