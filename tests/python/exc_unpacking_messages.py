# unpacking error messages
cases = [
    "a, b = [1, 2, 3]", "a, b = [1]", "a, b = []", "a, b, c = 'ab'", "a, = ()",
    "a, b = 5", "a, *b, c = [1]", "(a, b), c = [1, 2], 3", "a, b = {'x': 1}",
    "a, b = range(10)", "[a, b] = iter([1, 2, 3])",
]
for src in cases:
    try:
        exec(src)
        print(f"{src!r}: ok")
    except (ValueError, TypeError) as e:
        print(f"{src!r}: {type(e).__name__}: {e}")
def f():
    return 1, 2, 3
try:
    x, y = f()
except ValueError as e:
    print(e)
for a, b in [(1, 2), (3, 4)]:
    print(a, b)
try:
    for a, b in [(1, 2), (3,)]:
        print(a, b)
except ValueError as e:
    print("ValueError:", e)
