# chained comparisons evaluate each operand once
def v(x):
    print("eval", x)
    return x
print(1 < 2 < 3, 3 > 2 > 1, 1 < 3 < 2)
print(1 == 1 == 1, 1 == 1 != 2, 1 < 2 > 0)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
a = 5
print(0 <= a < 10, 0 <= a < 5)
print(1 in [1] in [[1]])
print("a" < "b" <= "b" != "c")
x = [1]
print(x is x is not None)
print((1 < 2) < 3, 1 < (2 < 3))
print(2 < 3 == True, (2 < 3) == True)
