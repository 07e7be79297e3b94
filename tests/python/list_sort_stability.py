# sort, sorted, key, reverse, stability
nums = [5, 2, 9, 1, 5, 6]
print(sorted(nums), sorted(nums, reverse=True), nums)
nums.sort(); print(nums)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
records = [("bob", 2), ("alice", 1), ("carol", 2), ("dave", 1), ("eve", 3)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_name = sorted(records)
print(sorted(by_name, key=lambda r: -r[1]))
print(sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted([3, 1.5, True, 0]), sorted("hello"), sorted({3: 1, 1: 2}))
print(sorted([[2, 1], [1, 5], [1, 2, 3]]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
lst = [3, 1, 2]
print(lst.sort(), lst)
try:
    lst.sort(lambda x: x)
except TypeError as e:
    print("TypeError:", e)
print(sorted([], key=len), sorted([-3, 2, -1], key=abs))
