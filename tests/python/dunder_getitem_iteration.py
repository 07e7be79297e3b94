# legacy __getitem__-based iteration
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
print(list(Squares()), 9 in Squares(), 10 in Squares())
for v in Squares():
    print(v, end=" ")
print()
print(list(reversed([1, 2, 3])), sorted(Squares(), reverse=True))
class Letters:
    def __getitem__(self, i):
        return "abc"[i]
print(list(Letters()), "".join(Letters()))
it = iter(Letters())
print(type(it).__name__, next(it))
class KeyErr:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErr())
except KeyError as e:
    print("KeyError propagates:", e)
class WithLen:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError
    def __len__(self):
        return 3
print(list(reversed(WithLen())))
