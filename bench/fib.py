# Recursive Fibonacci: stresses function calls, integer add/compare.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


N = 33
print(fib(N))
