# ExceptionGroup and except*
eg = ExceptionGroup("many", [ValueError("a"), TypeError("b"), ValueError("c")])
print(eg.message, len(eg.exceptions))
print(str(eg))
print(repr(eg))
try:
    raise eg
except* ValueError as g:
    print("value errors:", [str(e) for e in g.exceptions])
except* TypeError as g:
    print("type errors:", [str(e) for e in g.exceptions])
match_, rest = eg.split(ValueError)
print([str(e) for e in match_.exceptions], [str(e) for e in rest.exceptions])
sub = eg.subgroup(lambda e: isinstance(e, TypeError))
print(type(sub).__name__, sub.exceptions)
try:
    try:
        raise ExceptionGroup("outer", [KeyError("k"), OSError("o")])
    except* KeyError:
        print("handled KeyError part")
except ExceptionGroup as left:
    print("remaining:", [type(e).__name__ for e in left.exceptions])
beg = BaseExceptionGroup("b", [ValueError(1)])
print(type(beg).__name__)
