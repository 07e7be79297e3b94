# iterating and building strings
s = "Hello"
for i, ch in enumerate(s):
    print(i, ch, end="; ")
print()
rev = ""
for ch in s:
    rev = ch + rev
print(rev)
parts = []
for word in "a bb ccc".split():
    parts.append(word.upper())
print("-".join(parts))
it = iter("xy")
print(next(it), next(it), next(it, "end"))
print(list(map(str.upper, ["a", "b"])), list(zip("ab", "cd")))
print("abc"[::-1] == "".join(reversed("abc")))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(s.__iter__().__next__(), "".join(c * 2 for c in s))
print(*"spread")
print(str.__doc__ is not None, "abc".__hash__ is not None)
