# with statement basics
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return False
with CM("a") as v:
    print("body got", v)
with CM("b"):
    print("no as-target")
try:
    with CM("c") as v:
        raise ValueError("boom")
except ValueError as e:
    print("propagated:", e)
def f():
    with CM("d"):
        return "returned from with"
print(f())
for i in range(2):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        break
class Tgt:
    pass
t = Tgt()
with CM("e") as t.attr:
    pass
print(t.attr)
