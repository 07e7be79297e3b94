# hex/oct/bin and format of ints
for n in (0, 1, 10, 255, -255, 2 ** 40, -(2 ** 70)):
    print(n, hex(n), oct(n), bin(n))
print(format(255, "x"), format(255, "#X"), format(-255, "#b"))
print(f"{10:08b}", f"{10:#010b}", f"{-10:#010b}")
print(int(hex(2 ** 80), 16) == 2 ** 80)
print((255).__format__("o"), (255).__index__())
print(hex(True), bin(False))
class Idx:
    def __index__(self):
        return 42
print(hex(Idx()), oct(Idx()), bin(Idx()))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
