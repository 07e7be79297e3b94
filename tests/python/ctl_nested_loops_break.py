# break/continue only affect the innermost loop
for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        if j == 2 and i == 1:
            break
        print(i, j)
    else:
        print("inner completed for i =", i)
found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    if found:
        break
print("found", found)
# modifying loop variable does not affect iteration
for i in range(3):
    print("before", i)
    i = 100
    print("after", i)
# loop over a list being appended to, bounded
lst = [1]
for v in lst:
    if len(lst) < 5:
        lst.append(v * 2)
print(lst)
