# eval and exec
print(eval("1 + 2 * 3"), eval("[x * 2 for x in range(3)]"), eval("  7  "))
x = 10
print(eval("x + 1"), eval("x + y", {"x": 1, "y": 2}), eval("x", {}, {"x": "local"}))
ns = {}
exec("a = 5\nb = a * 2\ndef f():\n    return a + b", ns)
print(ns["a"], ns["b"], ns["f"](), sorted(k for k in ns if k != "__builtins__"))
exec("print('printed from exec')")
print(exec("1 + 1"))
loc = {}
exec("z = 3", {}, loc)
print(loc)
code = compile("3 * 3", "<expr>", "eval")
print(eval(code), type(code).__name__)
code2 = compile("q = 4\nprint('q is', q)", "<stmts>", "exec")
exec(code2)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.offset, e.text)
try:
    eval("import os")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    eval("undefined_thing")
except NameError as e:
    print("NameError:", e)
print(eval("__name__"), eval("len")("abc"))
print(eval("x", {"x": 1, "__builtins__": {}}))
try:
    eval("len('a')", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)
