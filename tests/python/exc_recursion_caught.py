# RecursionError is catchable and the limit can be changed
import sys
print(sys.getrecursionlimit())
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
def depth(n=0):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth()
print(500 < d <= 1000)
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
d2 = depth()
print(1500 < d2 <= 2000)
def sum_to(n):
    return 0 if n == 0 else n + sum_to(n - 1)
print(sum_to(1500))
sys.setrecursionlimit(1000)
try:
    sum_to(5000)
except RecursionError:
    print("too deep again")
l = []
l.append(l)
print(repr(l))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
