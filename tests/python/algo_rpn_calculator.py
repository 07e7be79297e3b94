# a reverse-polish calculator and an infix-to-postfix converter
import operator
OPS = {"+": (1, operator.add), "-": (1, operator.sub), "*": (2, operator.mul),
       "/": (2, operator.truediv), "^": (3, operator.pow)}
def tokenize(expr):
    tokens, num = [], ""
    for ch in expr:
        if ch.isdigit() or ch == ".":
            num += ch
            continue
        if num:
            tokens.append(num)
            num = ""
        if ch in OPS or ch in "()":
            tokens.append(ch)
        elif not ch.isspace():
            raise ValueError(f"bad character {ch!r}")
    if num:
        tokens.append(num)
    return tokens
def to_postfix(tokens):
    out, stack = [], []
    for t in tokens:
        if t in OPS:
            while stack and stack[-1] in OPS and (OPS[stack[-1]][0] > OPS[t][0] or (OPS[stack[-1]][0] == OPS[t][0] and t != "^")):
                out.append(stack.pop())
            stack.append(t)
        elif t == "(":
            stack.append(t)
        elif t == ")":
            while stack[-1] != "(":
                out.append(stack.pop())
            stack.pop()
        else:
            out.append(t)
    return out + stack[::-1]
def evaluate(postfix):
    st = []
    for t in postfix:
        if t in OPS:
            b, a = st.pop(), st.pop()
            st.append(OPS[t][1](a, b))
        else:
            st.append(float(t) if "." in t else int(t))
    return st[0]
for e in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "10 / 4 - 1", "3.5 * (2 - 0.5)", "7 - 2 - 1", "((8))"]:
    pf = to_postfix(tokenize(e))
    print(f"{e:18} -> {' '.join(pf):22} = {evaluate(pf)}")
for bad in ["2 $ 3", "1 / 0"]:
    try:
        print(evaluate(to_postfix(tokenize(bad))))
    except (ValueError, ZeroDivisionError) as ex:
        print(type(ex).__name__, ex)
