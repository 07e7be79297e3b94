# match with literal patterns
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case b"raw":
            return "bytes"
        case True:
            return "true"
        case None:
            return "none"
        case -1:
            return "minus one"
        case 1.5:
            return "one and half"
        case 2j:
            return "imag"
        case _:
            return "other"
for v in [0, 1, 3, "hello", b"raw", True, None, -1, 1.5, 2j, 99, "bye", False, 1.0]:
    print(repr(v), describe(v))
