# Generator pipelines: chained generators, yield from, generator expressions,
# and generator-driven reductions.


def naturals(limit):
    n = 0
    while n < limit:
        yield n
        n += 1


def scaled(source, factor):
    for x in source:
        yield x * factor


def only_odd(source):
    for x in source:
        if x & 1:
            yield x


def windows(source, size):
    buf = []
    for x in source:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def build_tree(depth, start):
    if depth == 0:
        return start
    return [build_tree(depth - 1, start * 3 + i) for i in range(3)]


def chunks(source, size):
    chunk = []
    for x in source:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def relay(source):
    # a delegating generator that forwards everything and returns a count
    count = yield from counted(source)
    yield -count


def counted(source):
    n = 0
    for x in source:
        n += 1
        yield x
    return n


def accumulate_sends(n):
    # generator driven with .send()
    total = 0
    while True:
        value = yield total
        if value is None:
            return
        total += value
        if total > n:
            total -= n


def main(limit):
    # 1. a linear pipeline
    p1 = sum(only_odd(scaled(naturals(limit), 3)))

    # 2. sliding windows over a pipeline
    p2 = 0
    for a, b, c in windows(only_odd(naturals(limit // 2)), 3):
        p2 = (p2 + a * b - c) % 1000003

    # 3. recursive yield from over a nested list tree
    tree = build_tree(10, 1)
    p3 = 0
    for leaf in flatten(tree):
        p3 = (p3 * 7 + leaf) % 1000000007

    # 4. generator expressions and chunking
    squares = (x * x for x in range(limit) if x % 3 != 0)
    p4 = 0
    for chunk in chunks(squares, 16):
        p4 = (p4 + max(chunk) - min(chunk)) % 1000000007

    # 5. yield from with a return value
    last = 0
    for v in relay(x % 10 for x in range(limit // 4)):
        last = v

    # 6. send()
    acc = accumulate_sends(99991)
    next(acc)
    p6 = 0
    for i in range(limit // 4):
        p6 = acc.send(i)
    acc.close()

    print(p1, p2, p3, p4, last, p6)


main(1000000)
