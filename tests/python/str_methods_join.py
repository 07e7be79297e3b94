# str.join
print(",".join(["a", "b", "c"]))
print("".join("xyz"), "-".join("xyz"))
print(" | ".join(str(i) for i in range(4)))
print(", ".join([]), ", ".join(["solo"]))
print("\n".join(["l1", "l2"]))
print("ab".join(["1", "2", "3"]))
print(",".join({"k1": 1, "k2": 2}))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    ",".join(["a", None])
except TypeError as e:
    print("TypeError:", e)
try:
    ",".join(5)
except TypeError as e:
    print("TypeError:", e)
print(b"-".join([b"a", b"b"]), b"".join([bytearray(b"x"), b"y"]))
