# match with mapping patterns
def handle(msg):
    match msg:
        case {"type": "ping"}:
            return "pong"
        case {"type": "add", "a": a, "b": b}:
            return a + b
        case {"type": "kw", **rest}:
            return sorted(rest.items())
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "empty mapping or no type"
        case _:
            return "not a mapping"
print(handle({"type": "ping", "extra": 1}))
print(handle({"type": "add", "a": 2, "b": 3}))
print(handle({"type": "kw", "x": 1, "y": 2}))
print(handle({"type": "zzz"}))
print(handle({"other": 1}))
print(handle({}))
print(handle([("type", "ping")]))
match {"k": {"inner": [1, 2]}}:
    case {"k": {"inner": [_, second]}}:
        print("second is", second)
