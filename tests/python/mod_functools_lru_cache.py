# lru_cache and cache
from functools import lru_cache, cache
calls = []
@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), len(calls))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@lru_cache(maxsize=2)
def sq(x):
    print("  computing", x)
    return x * x
sq(1); sq(2); sq(1); sq(3); sq(2); sq(1)
print(sq.cache_info())
@cache
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)
print(fact(50), fact.cache_info().currsize)
@lru_cache
def kw(a, b=1):
    print("  kw called", a, b)
    return a + b
kw(1); kw(1); kw(a=1); kw(1, 1); kw(1, b=1)
print(kw.cache_info().hits, kw.cache_info().misses)
@lru_cache(typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed.cache_info().currsize)
try:
    sq([1])
except TypeError as e:
    print("TypeError:", e)
print(fib.__wrapped__ is not None, fib.__name__)
