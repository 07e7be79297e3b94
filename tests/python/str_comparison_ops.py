# string comparison, membership, immutability
print("apple" < "banana", "Apple" < "apple", "a" < "aa", "" < "a")
print("abc" == "abc", "abc" != "abd", "abc" == "ab" + "c")
print(sorted(["pear", "Apple", "apple", "banana", "10", "9", "_", " "]))
print(sorted(["pear", "Apple", "apple"], key=str.lower))
print(max(["b", "ab", "ba"]), min(["b", "ab", "ba"]))
print("é" > "z", "\u00e9" > "\u007a")
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
print("a" == 1, "1" == 1)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * "b"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * 1.5
except TypeError as e:
    print("TypeError:", e)
s = "x"
t = s
s += "y"
print(s, t)
