# replace, startswith, endswith
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0))
print(s.replace("zz", "x"), "aaa".replace("a", "bb"), "abc".replace("", "-"))
print("abc".replace("", "-", 2), "".replace("", "x"), "aaaa".replace("aa", "a"))
print(s.replace("one", "1", -1))
print(s.startswith("one"), s.startswith("two"), s.startswith("two", 4))
print(s.endswith("one"), s.endswith("two", 0, 7), s.endswith(("x", "one")))
print(s.startswith(("x", "y", "one")), s.startswith(()), "".startswith(""))
print("abc".startswith("", 3), "abc".startswith("", 4), "abc".endswith("c", -1))
try:
    s.startswith(["one"])
except TypeError as e:
    print("TypeError:", e)
