# a recursive-descent parser for arithmetic building an AST of tuples
class Parser:
    def __init__(self, text):
        self.toks = self.lex(text)
        self.i = 0
    @staticmethod
    def lex(text):
        toks, i = [], 0
        while i < len(text):
            c = text[i]
            if c.isspace():
                i += 1
            elif c.isdigit():
                j = i
                while j < len(text) and text[j].isdigit():
                    j += 1
                toks.append(("num", int(text[i:j])))
                i = j
            elif c.isalpha():
                j = i
                while j < len(text) and text[j].isalnum():
                    j += 1
                toks.append(("name", text[i:j]))
                i = j
            else:
                toks.append(("op", c))
                i += 1
        return toks + [("eof", None)]
    def peek(self):
        return self.toks[self.i]
    def take(self):
        t = self.toks[self.i]
        self.i += 1
        return t
    def expr(self):
        node = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            node = (self.take()[1], node, self.term())
        return node
    def term(self):
        node = self.factor()
        while self.peek() in (("op", "*"), ("op", "/")):
            node = (self.take()[1], node, self.factor())
        return node
    def factor(self):
        kind, val = self.take()
        if kind in ("num", "name"):
            return val
        if (kind, val) == ("op", "("):
            node = self.expr()
            if self.take() != ("op", ")"):
                raise SyntaxError("expected )")
            return node
        if (kind, val) == ("op", "-"):
            return ("neg", self.factor())
        raise SyntaxError(f"unexpected {val!r}")
def evaluate(node, env):
    match node:
        case int():
            return node
        case str():
            return env[node]
        case ("neg", x):
            return -evaluate(x, env)
        case (op, a, b):
            a, b = evaluate(a, env), evaluate(b, env)
            return {"+": a + b, "-": a - b, "*": a * b, "/": a / b if b else float("nan")}[op]
env = {"x": 10, "y": 3}
for src in ["1 + 2 * 3", "(x - y) * -2", "x / y", "x * (y + 1) - 4 / 2", "((7))", "2 * ", "x / 0"]:
    try:
        ast = Parser(src).expr()
        print(f"{src!r}: {ast} = {evaluate(ast, env)}")
    except SyntaxError as e:
        print(f"{src!r}: SyntaxError {e}")
