# error messages for bad calls (caught)
def f(a, b):
    pass
def g(a, b=1, *, c):
    pass
def h():
    pass
calls = ["f()", "f(1)", "f(1, 2, 3)", "f(1, a=1)", "f(1, 2, c=3)", "g()", "g(1)", "g(1, 2, 3)",
         "h(1)", "h(x=1)", "len()", "len(1, 2)", "abs(x=1)", "[].append()", "int('1', 2, 3)",
         "(lambda x: x)()", "divmod(1)", "isinstance(1)", "max()", "min([])"]
for c in calls:
    try:
        eval(c)
        print(c, "ok")
    except (TypeError, ValueError) as e:
        print(f"{c:22} {type(e).__name__}: {e}")
class K:
    def m(self, x):
        pass
for c in ["K().m()", "K().m(1, 2)", "K.m(1)", "K(1)"]:
    try:
        eval(c)
    except TypeError as e:
        print(f"{c:22} TypeError: {e}")
