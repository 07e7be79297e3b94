# format_map, maketrans, translate
class Default(dict):
    def __missing__(self, key):
        return f"<{key}>"
print("{name} has {n}".format_map({"name": "A", "n": 3}))
print("{name} has {n}".format_map(Default(name="B")))
table = str.maketrans("abc", "xyz")
print(sorted(table.items()))
print("aabbcc-abc".translate(table))
t2 = str.maketrans("ab", "AB", "c")
print("abcabc".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, ord("c"): "ccc"})
print(sorted(t3.items()))
print("abcd".translate(t3))
print("hello".translate({ord("l"): "L"}), "hello".translate({108: 76}))
class Upper:
    def __getitem__(self, k):
        if chr(k) in "aeiou":
            return chr(k).upper()
        raise LookupError
print("education".translate(Upper()))
try:
    str.maketrans("ab", "x")
except ValueError as e:
    print("ValueError:", e)
