# if / elif / else
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for v in (-5, 0, 3, 10, 100):
    print(v, classify(v))
x = 0
if x:
    print("truthy")
else:
    print("falsy")
for v in ([], [0], "", " ", 0.0, 0j, None, {}, set(), range(0), range(1)):
    if v:
        print(repr(v), "is true")
    else:
        print(repr(v), "is false")
if 1:
    if 0:
        print("no")
    else:
        print("nested else")
