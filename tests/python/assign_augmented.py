# augmented assignment on names, subscripts, attributes
x = 5
x += 3; print(x)
x -= 1; print(x)
x *= 2; print(x)
x //= 3; print(x)
x **= 2; print(x)
x %= 7; print(x)
x <<= 3; print(x)
x >>= 1; print(x)
x |= 1; print(x)
x &= 6; print(x)
x ^= 15; print(x)
x /= 4; print(x)
lst = [1, 2, 3]
lst[1] += 10
lst[-1] *= 3
print(lst)
d = {"a": 1}
d["a"] += 1
d.setdefault("b", 0)
d["b"] -= 5
print(d)
class O:
    v = 1
o = O()
o.v += 1
print(o.v, O.v)
m = [[1, 2], [3, 4]]
m[1][0] += 100
print(m)
s = "ab"
s *= 3
print(s)
t = (1,)
t += (2,)
print(t)
alias = lst
lst += [4]
print(alias is lst, alias)
