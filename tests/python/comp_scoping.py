# comprehension scoping rules
x = "global x"
lst = [x for x in range(3)]
print(x, lst)
class K:
    data = [1, 2, 3]
    doubled = [v * 2 for v in data]
    try:
        bad = [v + len(data) for v in range(2)]
    except NameError as e:
        err = str(e)
print(K.doubled, K.err)
def f():
    n = 10
    return [n + i for i in range(3)]
print(f())
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
y = 100
print([y for _ in range(2)])
gen = (i for i in range(3))
i = "untouched"
print(list(gen), i)
nested = [[j for j in range(i)] for i in range(4)]
print(nested)
print([i for i in range(3)], "i still", i)
