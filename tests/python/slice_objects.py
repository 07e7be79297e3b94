# slice objects
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step)
print(slice(5), slice(None, 3), slice(1, None, -1))
data = list(range(20))
print(data[s], data[slice(5)], data[slice(-3, None)])
print(s.indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
class Sliceable:
    def __getitem__(self, key):
        return key
o = Sliceable()
print(o[1:2], o[::3], o[1:2, 3], o[...], o[:, None], o[1:2:3, ::])
print("hello"[slice(1, 4)], (1, 2, 3)[slice(None, None, -1)])
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
