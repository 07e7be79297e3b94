# nested handlers and re-raising
def risky(n):
    if n == 0:
        raise ZeroDivisionError("zero")
    return 10 // n
def wrapper(n):
    try:
        return risky(n)
    except ZeroDivisionError:
        print("wrapper saw it, re-raising")
        raise
try:
    wrapper(0)
except ZeroDivisionError as e:
    print("top caught:", e)
print(wrapper(3))
try:
    try:
        raise ValueError("first")
    except ValueError as e:
        print("handling", e)
        raise TypeError("second")
except TypeError as e:
    print("caught", e, "context:", repr(e.__context__))
try:
    try:
        int("x")
    except ValueError:
        raise
    finally:
        print("finally before propagation")
except ValueError as e:
    print("outer:", e)
def raise_in_except():
    try:
        {}["missing"]
    except KeyError as ke:
        err = ke
    return err
print(repr(raise_in_except()))
