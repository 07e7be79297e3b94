# Backslash continuation and implicit joining
total = 1 + \
    2 + \
    3
print(total)
x = (1 +
     2 +
     3)
print(x)
lst = [
    1,
    2,
    3,
]
print(lst)
d = {
    'a': 1,
    'b': 2
}
print(d)
if 1 and \
   2:
    print("joined if")
def f(a,
      b):
    return a + b
print(f(1,
        2))
s = 'one' \
    'two'
print(s)
