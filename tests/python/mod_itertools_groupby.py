# groupby
from itertools import groupby
data = "AAAABBBCCDAABBB"
print([(k, len(list(g))) for k, g in groupby(data)])
print([k for k, _ in groupby(data)])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for letter, group in groupby(words, key=lambda w: w[0]):
    print(letter, list(group))
for letter, group in groupby(sorted(words), key=lambda w: w[0]):
    print(letter, list(group))
nums = [1, 3, 5, 2, 4, 7, 9, 6]
print([(odd, list(g)) for odd, g in groupby(nums, key=lambda n: n % 2 == 1)])
groups = groupby([1, 1, 2, 2])
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print(list(groupby([])))
records = [("x", 1), ("x", 2), ("y", 3)]
print({k: [v for _, v in g] for k, g in groupby(records, key=lambda r: r[0])})
