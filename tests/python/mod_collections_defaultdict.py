# collections.defaultdict
from collections import defaultdict
dd = defaultdict(list)
for word in ["apple", "bob", "avocado", "banana", "cat"]:
    dd[word[0]].append(word)
print(dd)
print(dict(dd), dd["zzz"], "zzz" in dd, len(dd))
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(sorted(counts.items()))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["a"]["y"] += 2
print({k: dict(v) for k, v in nested.items()})
plain = defaultdict()
try:
    plain["missing"]
except KeyError as e:
    print("KeyError:", e)
print(plain.default_factory, dd.default_factory)
s = defaultdict(set)
s["k"].add(1)
print(s, dd.get("nope"), "nope" in dd)
print(isinstance(dd, dict), defaultdict(int, {"a": 1}))
