# bitwise operations
for a, b in [(12, 10), (-12, 10), (255, -1), (0, 0), (-1, -1)]:
    print(a, b, a & b, a | b, a ^ b, ~a)
print(1 << 0, 1 << 10, 1 << 100)
print(1024 >> 3, -1024 >> 3, -1 >> 100, 5 >> 100)
print(0b1100 & 0b1010, bin(0b1100 | 0b1010), bin(0b1100 ^ 0b1010))
print((-5) & 0xFF, (-5) | 0, -5 ^ 0)
print((2 ** 70 - 1) & 0xFFFF, -(2 ** 70) & 0xFFFF)
print(int.bit_count(255), (-7).bit_count(), (0).bit_count())
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(~True, ~False)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1.0 & 1
except TypeError as e:
    print("TypeError:", e)
