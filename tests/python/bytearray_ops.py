# bytearray is a mutable bytes
ba = bytearray(b"hello")
print(ba, len(ba), ba[0])
ba[0] = 74
print(ba)
ba.append(33)
ba.extend(b" ok")
print(ba)
ba[1:3] = b"EE"
print(ba)
del ba[0]
print(ba, ba.pop(), ba.pop(0), ba)
ba.insert(0, 72)
ba.remove(ord("E"))
print(ba)
ba.reverse()
print(ba)
ba2 = bytearray(3)
print(ba2, bytearray([1, 2, 3]), bytearray("é", "utf-8"))
ba3 = bytearray(b"abc")
ba3 += b"def"
ba3 *= 2
print(ba3, ba3.upper(), ba3.find(b"d"), ba3.count(b"a"))
print(bytes(ba3), ba3 == b"abcdefabcdef", type(ba3 + b"x").__name__, type(b"x" + ba3).__name__)
c = ba3.copy()
c.clear()
print(c, ba3[::-2], ba3.decode())
try:
    ba3[0] = 300
except ValueError as e:
    print("ValueError:", e)
try:
    hash(ba3)
except TypeError as e:
    print("TypeError:", e)
print(repr(bytearray()), bytearray.fromhex("ff00"), ba3.hex())
