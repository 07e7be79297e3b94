# memoryview basics
b = bytearray(b"abcdef")
m = memoryview(b)
print(len(m), m[0], m[-1], bytes(m[1:3]), m.tobytes(), m.tolist()[:3])
m[0] = ord("Z")
print(b)
m2 = m[2:4]
m2[:] = b"XY"
print(b, m.readonly, memoryview(b"ro").readonly)
print(m.nbytes, m.itemsize, m.format)
print(bytes(memoryview(b"xyz")[::-1]))
print(m == b"ZbXYef", memoryview(b"ab") == memoryview(b"ab"))
with memoryview(b"ctx") as mv:
    print(mv.tobytes())
try:
    memoryview(b"ro")[0] = 1
except TypeError as e:
    print("TypeError:", e)
