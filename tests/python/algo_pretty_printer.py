# a recursive pretty printer for nested data
def pretty(obj, indent=0):
    pad = "  " * indent
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        lines = ["{"]
        for k, v in obj.items():
            lines.append(f"{pad}  {k!r}: {pretty(v, indent + 1)},")
        lines.append(pad + "}")
        return "\n".join(lines)
    if isinstance(obj, (list, tuple)):
        open_, close = ("[", "]") if isinstance(obj, list) else ("(", ")")
        if not obj:
            return open_ + close
        if all(isinstance(x, (int, float, str)) for x in obj) and len(obj) <= 4:
            return open_ + ", ".join(map(repr, obj)) + close
        inner = [f"{pad}  {pretty(x, indent + 1)}," for x in obj]
        return "\n".join([open_] + inner + [pad + close])
    return repr(obj)
data = {
    "name": "pygil",
    "version": (0, 1, 0),
    "features": ["gil", "threads", {"nested": True, "depth": 2.5}],
    "empty": {},
    "none": None,
    "numbers": list(range(6)),
}
print(pretty(data))
print(pretty([[], (), {}]))
def depth(o):
    if isinstance(o, dict):
        return 1 + max(map(depth, o.values()), default=0)
    if isinstance(o, (list, tuple)):
        return 1 + max(map(depth, o), default=0)
    return 0
print(depth(data), depth([]), depth(5))
