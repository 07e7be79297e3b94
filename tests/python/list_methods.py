# list methods
lst = [3, 1, 4]
lst.append(1); print(lst)
lst.extend([5, 9]); print(lst)
lst.extend("ab"); print(lst)
lst.insert(0, "first"); lst.insert(100, "last"); lst.insert(-1, "before last"); print(lst)
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
lst.remove(1); print(lst)
print(lst.index(1), lst.index(5), lst.count(1), lst.count("zz"))
print(lst.index(5, 2), [1, 2, 1].index(1, 1))
lst = [x for x in lst if isinstance(x, int)]
lst.reverse(); print(lst)
c = lst.copy(); c.append(0); print(lst, c)
lst.clear(); print(lst)
for call in ["[].pop()", "[1].remove(2)", "[1].index(2)", "[1].pop(5)", "[].insert()"]:
    try:
        eval(call)
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(list(), list("abc"), list((1, 2)), list(range(3)), list({1: 2}))
print([1, 2] + [3], [0] * 3, 3 * [None], [1, 2] * 0)
