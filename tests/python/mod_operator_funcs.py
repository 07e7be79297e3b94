# operator module
import operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul(3, 4), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 5))
print(op.neg(5), op.pos(-5), op.abs(-3), op.invert(5), op.not_(0), op.truth([]), op.index(7))
print(op.eq(1, 1), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.lshift(1, 4), op.rshift(16, 2))
print(op.concat([1], [2]), op.contains([1, 2], 2), op.countOf([1, 1, 2], 1), op.indexOf("abc", "c"))
print(op.is_(None, None), op.is_not(1, None))
d = {"a": 1}
op.setitem(d, "b", 2)
print(op.getitem(d, "b"), d)
op.delitem(d, "a")
print(d)
x = [1]
print(op.iadd(x, [2]), x, op.iconcat([0], [1]))
print(op.matmul.__name__, op.length_hint([1, 2, 3]), op.length_hint(iter([]), 5))
