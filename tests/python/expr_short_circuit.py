# and/or return operands and short-circuit
def t(label, value):
    print("  eval", label)
    return value
print(t("a", 0) and t("b", 1))
print(t("a", 1) and t("b", 2))
print(t("a", 0) or t("b", "") or t("c", "last"))
print(t("a", "first") or t("b", 1))
print(1 and 2 and 3, 1 and 0 and 3, 0 or None or [], [] or "x")
print(None and undefined_never_evaluated)
print(True or undefined_never_evaluated)
name = ""
print(name or "anonymous", len(name or "default"))
x = [] or [1]
x.append(2)
print(x)
print(not [], not [0], (0 or 1) == 1)
print(all(t(i, i) for i in [1, 0, 2]))
print(t("cond", False) if t("test", False) else t("else", "E"))
