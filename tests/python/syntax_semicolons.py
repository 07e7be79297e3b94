# Semicolons and simple statements on one line
a = 1; b = 2; c = a + b; print(c)
x = 5; x += 1; print(x);
if x > 5: print("big"); print("really")
for i in range(3): print(i, end=" "); print("|", end="")
print()
while x > 3: x -= 1; print("dec", x)
def f(): return 42
print(f())
class C: pass
print(C.__name__)
try: 1 / 0
except ZeroDivisionError: print("caught")
