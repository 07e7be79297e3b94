# for loops with else
def find(seq, target):
    for idx, item in enumerate(seq):
        if item == target:
            print("found", target, "at", idx)
            break
    else:
        print(target, "not found")
find([1, 2, 3], 2)
find([1, 2, 3], 9)
find([], 1)
for ch in "abc":
    print(ch, end=",")
print()
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for (a, b), c in [((1, 2), 3)]:
    print(a, b, c)
for x in range(3):
    pass
print("x leaks:", x)
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
else:
    print("never")
for k in {"b": 1, "a": 2}:
    print("key", k)
