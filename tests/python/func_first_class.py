# functions are first-class objects
def square(x):
    return x * x
def apply(f, *args):
    return f(*args)
ops = {"sq": square, "neg": lambda x: -x, "str": str}
for name, f in ops.items():
    print(name, apply(f, 7))
print(list(map(square, range(5))), list(filter(lambda x: x % 2, range(8))))
def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
print(compose(str, square, abs)(-4))
pipeline = [str.strip, str.lower, lambda s: s.replace(" ", "_")]
s = "  Hello World  "
for step in pipeline:
    s = step(s)
print(s)
print(square == square, square is not compose, (lambda: 1) == (lambda: 1))
def make_fn():
    def fn():
        return "made"
    return fn
print(make_fn()(), make_fn() is make_fn())
methods = [str.upper, "abc".upper]
print([m("x") if m is str.upper else m() for m in methods])
