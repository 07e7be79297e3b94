# return / break / continue interacting with finally
def f1():
    try:
        return "try"
    finally:
        print("finally in f1")
def f2():
    try:
        return "try"
    finally:
        return "finally wins"
def f3():
    try:
        raise ValueError("lost")
    finally:
        return "exception swallowed by return"
def f4():
    x = 1
    try:
        return x
    finally:
        x = 2
def f5():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
        finally:
            print("finally for", i)
    return i
print(f1())
print(f2())
print(f3())
print(f4())
print(f5())
def f6():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(f6())
