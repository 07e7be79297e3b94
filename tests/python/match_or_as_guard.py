# or-patterns, as-patterns, guards, value patterns
class Color:
    RED = "red-value"
    GREEN = "green-value"
class Consts:
    LIMIT = 10
def check(v):
    match v:
        case Color.RED:
            return "red"
        case Consts.LIMIT:
            return "at limit"
        case (1 | 2) as small:
            return f"small {small}"
        case [("a" | "b") as letter, *_]:
            return f"starts with {letter}"
        case int(x) if x < 0:
            return "negative"
        case int(x) if x % 2 == 0:
            return "even"
        case int():
            return "odd"
        case _:
            return "other"
for v in ["red-value", "green-value", 10, 1, 2, ["b", 1], ["c"], -4, 8, 7, "z"]:
    print(v, check(v))
# guard evaluation order: binding happens before guard
x = "outer"
match 5:
    case x if x > 100:
        print("no")
    case _:
        print("x rebound to", x)
