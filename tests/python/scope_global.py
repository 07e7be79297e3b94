# global statement
counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc(); inc()
print("counter", counter)
def make_global():
    global created_later
    created_later = "made inside function"
make_global()
print(created_later)
x = "module x"
def shadow():
    x = "local x"
    return x
print(shadow(), "|", x)
def read_only():
    return x
print(read_only())
def multi():
    global a, b
    a, b = 1, 2
multi()
print(a, b)
print("counter" in globals(), globals()["counter"])
