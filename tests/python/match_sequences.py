# match with sequence patterns
def f(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a}"
        case [a, b]:
            return f"two: {a}, {b}"
        case [first, *rest] if len(rest) > 3:
            return f"long: first={first} rest={rest}"
        case [first, *middle, last]:
            return f"many: {first} {middle} {last}"
        case _:
            return "not a sequence"
for v in [[], [1], (1, 2), [1, 2, 3], list(range(6)), "ab", {1: 2}, 5, range(3)]:
    print(repr(v), "->", f(v))
match (1, (2, 3)):
    case (a, (b, c)):
        print("nested", a, b, c)
match [1, 2, 3]:
    case [*_, 3]:
        print("ends with 3")
match [1, [2, [3]]]:
    case [_, [_, [x]]]:
        print("deep", x)
