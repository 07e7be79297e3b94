# while loops with else, break, continue
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i =", i)
else:
    print("while finished normally")
n = 0
while True:
    n += 1
    if n > 3:
        break
print("n after break", n)
k = 10
while k > 0:
    if k == 7:
        print("breaking at", k)
        break
    k -= 1
else:
    print("not printed")
j = 0
while j < 0:
    j += 1
else:
    print("else runs even with zero iterations")
