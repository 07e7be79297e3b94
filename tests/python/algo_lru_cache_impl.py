# an LRU cache built on OrderedDict, used as a memoizer
from collections import OrderedDict
class LRU:
    def __init__(self, capacity, verbose=True):
        self.capacity = capacity
        self.verbose = verbose
        self.evictions = 0
        self.data = OrderedDict()
        self.hits = self.misses = 0
    def get(self, key, default=None):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return default
    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            evicted = self.data.popitem(last=False)
            self.evictions += 1
            if self.verbose:
                print("  evict", evicted)
    def __repr__(self):
        return f"LRU({list(self.data.items())})"
c = LRU(3)
for k in "abcab":
    if c.get(k) is None:
        c.put(k, k.upper())
c.put("d", "D")
c.put("e", "E")
print(c, c.hits, c.misses)
def memoize(capacity):
    def deco(f):
        cache = LRU(capacity, verbose=False)
        def wrapper(n):
            v = cache.get(n)
            if v is None:
                v = f(n)
                cache.put(n, v)
            return v
        wrapper.cache = cache
        return wrapper
    return deco
@memoize(100)
def collatz_len(n):
    return 1 if n == 1 else 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
best = max(range(1, 300), key=collatz_len)
print(best, collatz_len(best), collatz_len.cache.hits > 0, collatz_len.cache.evictions > 0)
