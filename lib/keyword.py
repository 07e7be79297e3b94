# pygil's `keyword`: Python 3.11's keywords and soft keywords.

kwlist = sorted("""False None True and as assert async await break class continue def del elif
else except finally for from global if import in is lambda nonlocal not or pass raise return
try while with yield""".split(), key=lambda w: (w[0].islower(), w))
softkwlist = ["_", "case", "match"]


def iskeyword(s):
    return s in frozenset(kwlist)


def issoftkeyword(s):
    return s in frozenset(softkwlist)
