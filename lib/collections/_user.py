# collections.UserDict, UserList and UserString: a dict, list or str kept in `.data`, wrapped
# in a class meant for subclassing. The `collections` module (native) hands these out
# lazily through its module __getattr__, so plain `import collections` stays cheap.
from collections.abc import MutableMapping, MutableSequence, Sequence

__all__ = ["UserDict", "UserList", "UserString"]


def _unwrap(other, kind):
    # the wrapped value when `other` is one of ours, else `other` itself
    return other.data if isinstance(other, kind) else other


class UserDict(MutableMapping):
    __module__ = "collections"  # where users import it from

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        missing = getattr(type(self), "__missing__", None)
        if missing is not None:
            return missing(self, key)
        raise KeyError(key)

    def __setitem__(self, key, value):
        self.data[key] = value

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, (UserDict, dict)):
            return type(self)(self.data | _unwrap(other, UserDict))
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, (UserDict, dict)):
            return type(self)(_unwrap(other, UserDict) | self.data)
        return NotImplemented

    def __ior__(self, other):
        self.data |= _unwrap(other, UserDict)
        return self

    def __copy__(self):
        clone = type(self).__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone.__dict__["data"] = self.data.copy()
        return clone

    def copy(self):
        if type(self) is UserDict:
            return UserDict(self.data.copy())
        import copy
        return copy.copy(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


class UserList(MutableSequence):
    __module__ = "collections"  # where users import it from

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) is type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < _unwrap(other, UserList)

    def __le__(self, other):
        return self.data <= _unwrap(other, UserList)

    def __eq__(self, other):
        return self.data == _unwrap(other, UserList)

    def __gt__(self, other):
        return self.data > _unwrap(other, UserList)

    def __ge__(self, other):
        return self.data >= _unwrap(other, UserList)

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        return self.__class__(self.data + list(_unwrap(other, UserList)))

    def __radd__(self, other):
        return self.__class__(list(_unwrap(other, UserList)) + self.data)

    def __iadd__(self, other):
        self.data += _unwrap(other, UserList)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        clone = type(self).__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone.__dict__["data"] = self.data[:]
        return clone

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        self.data.extend(_unwrap(other, UserList))


class UserString(Sequence):
    __module__ = "collections"  # where users import it from

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, other):
        return self.data == _unwrap(other, UserString)

    def __lt__(self, other):
        return self.data < _unwrap(other, UserString)

    def __le__(self, other):
        return self.data <= _unwrap(other, UserString)

    def __gt__(self, other):
        return self.data > _unwrap(other, UserString)

    def __ge__(self, other):
        return self.data >= _unwrap(other, UserString)

    def __contains__(self, char):
        return _unwrap(char, UserString) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        if isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    def count(self, sub, start=0, end=None):
        return self.data.count(_unwrap(sub, UserString), start, end)

    def encode(self, encoding="utf-8", errors="strict"):
        return self.data.encode(encoding, errors)

    def endswith(self, suffix, start=0, end=None):
        return self.data.endswith(suffix, start, end)

    def startswith(self, prefix, start=0, end=None):
        return self.data.startswith(prefix, start, end)

    def find(self, sub, start=0, end=None):
        return self.data.find(_unwrap(sub, UserString), start, end)

    def rfind(self, sub, start=0, end=None):
        return self.data.rfind(_unwrap(sub, UserString), start, end)

    def index(self, sub, start=0, end=None):
        return self.data.index(_unwrap(sub, UserString), start, end)

    def rindex(self, sub, start=0, end=None):
        return self.data.rindex(_unwrap(sub, UserString), start, end)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def join(self, seq):
        return self.data.join(seq)

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    def partition(self, sep):
        return self.data.partition(sep)

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    maketrans = str.maketrans


def _wrapping(name):
    # a str method whose str result comes back as the caller's class
    method = getattr(str, name)

    def call(self, *args):
        return self.__class__(method(self.data, *(_unwrap(a, UserString) for a in args)))
    call.__name__ = call.__qualname__ = name
    return call


def _plain(name):
    # a str method whose (bool) result is returned as is
    method = getattr(str, name)

    def call(self):
        return method(self.data)
    call.__name__ = call.__qualname__ = name
    return call


for _name in ("capitalize", "casefold", "center", "expandtabs", "ljust", "lower", "lstrip",
              "removeprefix", "removesuffix", "replace", "rjust", "rstrip", "strip", "swapcase",
              "title", "translate", "upper", "zfill"):
    setattr(UserString, _name, _wrapping(_name))
for _name in ("isalpha", "isalnum", "isascii", "isdecimal", "isdigit", "isidentifier", "islower",
              "isnumeric", "isprintable", "isspace", "istitle", "isupper"):
    setattr(UserString, _name, _plain(_name))
del _name
