# accumulate, chain, compress, dropwhile, takewhile, filterfalse, starmap, pairwise, tee, zip_longest
from itertools import (accumulate, chain, compress, dropwhile, takewhile, filterfalse,
                       starmap, pairwise, tee, zip_longest)
import operator
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2], initial=100)), list(accumulate([])))
print(list(accumulate("abc")))
print(list(chain([1, 2], "ab", (3,))), list(chain.from_iterable(["xy", [1], ()])), list(chain()))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress(range(5), [0, 1])))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1])), list(takewhile(lambda x: x < 3, [1, 2, 3, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a"])))
print(list(starmap(pow, [(2, 5), (3, 2)])), list(starmap(lambda *a: sum(a), [(1, 2, 3), ()])))
print(list(pairwise("abcd")), list(pairwise([1])), list(pairwise([])))
a, b = tee(iter([1, 2, 3]))
print(next(a), list(a), list(b))
t1, t2, t3 = tee("xy", 3)
print(list(t1), list(t2), list(t3))
print(list(zip_longest("abc", [1])), list(zip_longest("ab", "xyz", fillvalue="-")))
print(list(zip_longest()), list(zip_longest([1], [], [2, 3])))
