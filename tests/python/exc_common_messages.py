# messages of common runtime errors (caught)
import math
none, text, one = None, 's', 1
cases = [
    "1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "1.0 // 0.0", "divmod(1, 0)", "2 ** -1 % 0",
    "[][0]", "[1][5]", "()[0]", "'abc'[10]", "{}['k']", "{1: 2}[3]",
    "None.x", "(1).foo", "[].nope", "int.nope", "'s'.upper.x",
    "1 + 'a'", "'a' + 1", "[] + ()", "None + 1", "1 < 'a'", "-'a'", "~1.5", "len(5)",
    "none()", "text()", "one[0]", "none[0]", "{}[[]]", "set([[1]])",
    "int('abc')", "float('x')", "math.sqrt(-1)", "math.log(0)", "[1].index(2)",
    "list(1)", "iter(5)", "next(iter([]))", "chr(-1)", "range(1, 2, 0)",
    "math.exp(1000)", "2.0 ** 5000", "undefined_var", "(1, 2).append(3)",
    "object().x", "type.x", "del_me", "f'{1:zz}'", "'%d' % 'x'", "[1, 2, 3][1:2] = 5",
]
for src in cases:
    try:
        exec(src)
        print(f"{src!r}: no error")
    except Exception as e:
        print(f"{src!r}: {type(e).__name__}: {e}")
