# list operations with index and negative index edge cases
a = [10, 20, 30, 40, 50]
print(a[-1], a[-5], a[len(a) - 1])
try:
    a[5]
except IndexError as e:
    print("IndexError:", e)
try:
    a[-6] = 0
except IndexError as e:
    print("IndexError:", e)
try:
    a["0"]
except TypeError as e:
    print("TypeError:", e)
try:
    a[1.0]
except TypeError as e:
    print("TypeError:", e)
a[-2] = 44
print(a)
print(a * 2, a + a[:1], 30 in a, a.__len__())
b = a
b *= 2
print(a is b, len(a))
x = [3, 1, 2]
print(sorted(x), reversed(x).__class__.__name__, list(reversed(x)), x)
print([1, 2, 3][True], [[1, 2], [3]][1][0])
stack = []
stack.append(1); stack.append(2); print(stack.pop(), stack)
print(list(enumerate(["a", "b"], start=1)))
print(sum([[1], [2, 3]], []), [0] * 0)
