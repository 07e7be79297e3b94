# Sorting: list.sort / sorted with and without keys, on ints, strings and
# tuples, plus a hand-written merge sort for comparison-heavy pure-Python work.


def lcg_values(n, seed, bound):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
        out.append((x >> 33) % bound)
    return out


def merge_sort(items):
    n = len(items)
    if n <= 1:
        return items
    mid = n // 2
    left = merge_sort(items[:mid])
    right = merge_sort(items[mid:])
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged


def insertion_sort(items):
    for i in range(1, len(items)):
        v = items[i]
        j = i - 1
        while j >= 0 and items[j] > v:
            items[j + 1] = items[j]
            j -= 1
        items[j + 1] = v
    return items


def digest(seq):
    h = 0
    for i, v in enumerate(seq):
        h = (h * 31 + hash_item(v) + i) % 1000000007
    return h


def hash_item(v):
    if isinstance(v, int):
        return v
    if isinstance(v, str):
        return sum(ord(c) for c in v)
    return sum(hash_item(x) for x in v)


def main(n):
    ints = lcg_values(n, 42, 1000000)
    a = sorted(ints)
    b = sorted(ints, reverse=True)
    c = sorted(ints, key=lambda v: (v % 1000, v))
    d = merge_sort(ints)
    assert a == d
    small = lcg_values(600, 7, 5000)
    e = insertion_sort(small[:])
    assert e == sorted(small)

    words = [str(v * 7919 % 100003) for v in ints[: n // 2]]
    words.sort()
    pairs = [(v % 97, str(v)) for v in ints[: n // 2]]
    pairs.sort(key=lambda p: (p[0], len(p[1])))

    print(a[0], a[-1], b[0], c[0], c[-1])
    print(digest(a), digest(c), digest(e))
    print(words[0], words[-1], digest(words[:1000]), digest(pairs[:1000]))


main(120000)
