# pygil's `collections.abc`: the container ABCs. A class counts as a subclass when it
# inherits from the ABC, is registered, or (for the one-method ABCs) defines the method.
from abc import ABCMeta, abstractmethod

__all__ = ["Hashable", "Iterable", "Iterator", "Reversible", "Generator", "Sized", "Container",
           "Callable", "Collection", "Sequence", "MutableSequence", "Set", "MutableSet",
           "Mapping", "MutableMapping", "MappingView", "KeysView", "ItemsView", "ValuesView",
           "ByteString", "Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator"]


def _defines(cls, *methods):
    # every method is defined somewhere in the MRO, and not set to None there
    for name in methods:
        for base in cls.__mro__:
            if name in base.__dict__:
                if base.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class _OneMethodABC(metaclass=ABCMeta):
    _methods = ()

    @classmethod
    def __subclasshook__(cls, C):
        if cls.__dict__.get("_methods") is not None and cls._methods:
            return _defines(C, *cls._methods)
        return NotImplemented


class Hashable(_OneMethodABC):
    _methods = ("__hash__",)


class Iterable(_OneMethodABC):
    _methods = ("__iter__",)


class Iterator(Iterable):
    _methods = ("__iter__", "__next__")

    def __iter__(self):
        return self


class Reversible(Iterable):
    _methods = ("__reversed__", "__iter__")


class Generator(Iterator):
    _methods = ("__iter__", "__next__", "send", "throw", "close")


class Sized(_OneMethodABC):
    _methods = ("__len__",)


class Container(_OneMethodABC):
    _methods = ("__contains__",)


class Callable(_OneMethodABC):
    _methods = ("__call__",)


class Collection(Sized, Iterable, Container):
    _methods = ("__len__", "__iter__", "__contains__")


class Awaitable(_OneMethodABC):
    _methods = ("__await__",)


class Coroutine(Awaitable):
    _methods = ("__await__", "send", "throw", "close")


class AsyncIterable(_OneMethodABC):
    _methods = ("__aiter__",)


class AsyncIterator(AsyncIterable):
    _methods = ("__aiter__", "__anext__")


class Sequence(Reversible, Collection):
    _methods = None

    def __contains__(self, value):
        return any(v is value or v == value for v in self)

    def __iter__(self):
        i = 0
        try:
            while True:
                yield self[i]
                i += 1
        except IndexError:
            return

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        for i in range(start, len(self) if stop is None else stop):
            if self[i] is value or self[i] == value:
                return i
        raise ValueError

    def count(self, value):
        return sum(1 for v in self if v is value or v == value)


class MutableSequence(Sequence):
    def append(self, value):
        self.insert(len(self), value)

    def extend(self, values):
        for v in list(values):
            self.append(v)

    def pop(self, index=-1):
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


class Set(Collection):
    _methods = None

    def __le__(self, other):
        return len(self) <= len(other) and all(x in other for x in self)

    def __ge__(self, other):
        return len(self) >= len(other) and all(x in self for x in other)


class MutableSet(Set):
    pass


class Mapping(Collection):
    _methods = None

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())


class MutableMapping(Mapping):
    def setdefault(self, key, default=None):
        # through self[key], so a __missing__ answers as it would for d[key]
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default

    def update(self, other=(), /, **kw):
        pairs = other.items() if hasattr(other, "items") else other
        for k, v in pairs:
            self[k] = v
        for k, v in kw.items():
            self[k] = v

    def pop(self, key, *default):
        try:
            v = self[key]
        except KeyError:
            if default:
                return default[0]
            raise
        del self[key]
        return v

    def popitem(self):
        for key in self:
            value = self[key]
            del self[key]
            return key, value
        raise KeyError

    def clear(self):
        while True:
            try:
                self.popitem()
            except KeyError:
                return


class MappingView(Sized):
    _methods = None

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)


class KeysView(MappingView, Set):
    def __iter__(self):
        yield from self._mapping

    def __contains__(self, key):
        return key in self._mapping


class ItemsView(MappingView, Set):
    def __iter__(self):
        for k in self._mapping:
            yield (k, self._mapping[k])


class ValuesView(MappingView, Collection):
    def __iter__(self):
        for k in self._mapping:
            yield self._mapping[k]


class ByteString(Sequence):
    pass


for _t in (tuple, str, range, list, bytes, bytearray):
    Sequence.register(_t)
for _t in (list, bytearray):
    MutableSequence.register(_t)
ByteString.register(bytes)
ByteString.register(bytearray)
for _t in (frozenset, set):
    Set.register(_t)
MutableSet.register(set)
Mapping.register(dict)
MutableMapping.register(dict)
KeysView.register(type({}.keys()))
ItemsView.register(type({}.items()))
ValuesView.register(type({}.values()))
