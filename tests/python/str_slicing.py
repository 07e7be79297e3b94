# string indexing and slicing
s = "abcdefghij"
print(s[0], s[-1], s[5], s[-10])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[-1:-4:-1])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100])
print(s[2:8:3], s[9:0:-3], s[None:None:None])
print(s[slice(1, 4)], s[slice(None, None, -3)])
print(s[1:-1:4], s[-2::-4])
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s["1"]
except TypeError as e:
    print("TypeError:", e)
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
print(s[True], s[2.0 == 2])
