# conditional expressions and lambdas
for n in range(-2, 3):
    print(n, "pos" if n > 0 else "zero" if n == 0 else "neg")
sq = lambda x: x * x
print(sq(7), sq.__name__)
add = lambda a, b=10, *args, k=1, **kw: (a, b, args, k, kw)
print(add(1), add(1, 2, 3, 4, k=5, z=6))
print((lambda: "no args")())
print(sorted(["ccc", "a", "bb"], key=lambda s: len(s)))
fs = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in fs])
late = [lambda: i for i in range(3)]
print([f() for f in late])
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, sq)(9) + "!")
print((lambda *a: sum(a))(1, 2, 3))
print((lambda x: (yield x)) is not None)
cond = 1 if [] else 2 if {} else 3
print(cond)
