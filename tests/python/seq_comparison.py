# comparison of sequences is lexicographic
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9])
print((1, 2) == (1, 2), (1, 2) != (1, 3), (1, "a") < (1, "b"), () < (0,))
print([1, 2] == (1, 2), [1] == [1.0], [[1]] == [[1]])
print(max([[1, 2], [1, 3], [0, 9]]), min((3, 1), (2, 9)))
print([1, 2] <= [1, 2], (3,) >= (2, 9))
try:
    [1, 2] < (1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print("TypeError:", e)
print([1, "a"] == [1, 2], [1, "a"] < [2, 2])
print("abc" < "abd", b"ab" < b"b", range(3) == range(0, 3), range(0) == range(5, 5))
print(range(0, 6, 2) == range(0, 5, 2), [0, 2, 4] == list(range(0, 6, 2)))
