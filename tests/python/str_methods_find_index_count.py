# find, rfind, index, rindex, count
s = "hello world, hello python"
print(s.find("hello"), s.rfind("hello"), s.find("xyz"), s.find(""))
print(s.find("o", 5), s.find("o", 5, 7), s.find("o", -6), s.rfind("o", 0, 10))
print(s.index("world"), s.rindex("o"), s.rindex("l", 0, 5))
print(s.count("l"), s.count("hello"), s.count(""), s.count("l", 0, 4))
print("aaaa".count("aa"), "".count(""), "abc".find("", 10), "abc".find("", 3))
print("abc".rfind(""), "abc".find("c", -1), "abc".find("a", -100))
try:
    s.index("zzz")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("zzz")
except ValueError as e:
    print("ValueError:", e)
print("banana".find("na", 3), "banana".rfind("na", 0, 4))
print("x" in s, "hello w" in s, "" in s, "Hello" in s)
