# Closures and higher-order functions: nested functions capturing variables,
# nonlocal updates, lambdas, function composition, map/filter.


def make_counter(step):
    count = 0

    def tick():
        nonlocal count
        count += step
        return count

    return tick


def make_adder(n):
    return lambda x: x + n


def compose(f, g):
    def h(x):
        return f(g(x))

    return h


def make_accumulator():
    total = [0]

    def add(v):
        total[0] += v
        return total[0]

    def get():
        return total[0]

    return add, get


def memoize(fn):
    cache = {}

    def wrapper(n):
        if n in cache:
            return cache[n]
        v = fn(n)
        cache[n] = v
        return v

    return wrapper


def make_collatz_len():
    @memoize
    def length(n):
        if n == 1:
            return 1
        if n % 2 == 0:
            return 1 + length(n // 2)
        return 1 + length(3 * n + 1)

    return length


def main(n):
    counters = [make_counter(i) for i in range(1, 6)]
    c_total = 0
    for i in range(n):
        c_total += counters[i % 5]()

    pipeline = make_adder(0)
    for k in range(1, 8):
        pipeline = compose(make_adder(k), pipeline)
    p_total = 0
    for i in range(n // 4):
        p_total += pipeline(i)

    add, get = make_accumulator()
    for v in map(lambda x: x * 3, filter(lambda x: x % 7 != 0, range(n))):
        add(v)

    collatz = make_collatz_len()
    best = 0
    best_n = 0
    for i in range(1, 30000):
        L = collatz(i)
        if L > best:
            best = L
            best_n = i

    print(c_total, p_total, get(), best_n, best)


main(1000000)
