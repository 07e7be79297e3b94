# to_bytes / from_bytes
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"))
print((255).to_bytes(1, "big"), (0).to_bytes(3, "big"))
print((-1).to_bytes(2, "big", signed=True), (-256).to_bytes(2, "little", signed=True))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"", "big"))
print((2 ** 100).to_bytes(13, "big"))
print(int.from_bytes((2 ** 100).to_bytes(13, "big"), "big") == 2 ** 100)
print((5).to_bytes(), int.from_bytes(b"\x07"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print("ValueError:", e)
