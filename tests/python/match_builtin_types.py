# class patterns for builtin types bind the subject itself
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case str(s):
            return f"str {s}"
        case list([a, b]):
            return f"2-list {a} {b}"
        case tuple((a, *_)):
            return f"tuple starting {a}"
        case dict({"k": val}):
            return f"dict k={val}"
        case _:
            return "?"
for v in [True, 3, "x", [1, 2], (9, 8, 7), {"k": "v"}, {1, 2}, 1.5]:
    print(kind(v))
# irrefutable capture with wildcard inside
match (1, 2, 3):
    case (_, _, third):
        print("third", third)
# strings are not sequences for match
match "abc":
    case [a, b, c]:
        print("sequence?")
    case str():
        print("string is not matched as sequence")
