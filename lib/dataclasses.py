# pygil's `dataclasses`, written here: @dataclass generates __init__, __repr__, __eq__, ordering,
# __hash__ and frozen setattr from the class's annotations; field(), fields(), asdict(),
# astuple(), replace(), is_dataclass().
import copy as _copy

__all__ = ["dataclass", "field", "Field", "fields", "asdict", "astuple", "replace", "is_dataclass",
           "FrozenInstanceError", "MISSING", "KW_ONLY", "InitVar"]


class _MissingType:
    def __repr__(self):
        return "MISSING"


MISSING = _MissingType()


class _KwOnlyType:
    pass


KW_ONLY = _KwOnlyType()


class InitVar:
    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, t):
        return InitVar(t)


class FrozenInstanceError(AttributeError):
    pass


class Field:
    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash", "init", "compare",
                 "metadata", "kw_only")

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default, self.default_factory = default, default_factory
        self.init, self.repr, self.hash, self.compare = init, repr, hash, compare
        self.metadata = metadata or {}
        self.kw_only = kw_only

    def __repr__(self):
        return (f"Field(name={self.name!r},type={self.type!r},default={self.default!r},"
                f"default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},"
                f"hash={self.hash!r},compare={self.compare!r},metadata={self.metadata!r},"
                f"kw_only={self.kw_only!r},_field_type=_FIELD)")


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _collect(cls, kw_only_default):
    own = cls.__dict__.get("__annotations__", {})
    fields = {}
    for base in reversed(cls.__mro__[1:]):
        for f in getattr(base, "__dataclass_fields__", {}).values():
            fields[f.name] = f
    kw_only = kw_only_default
    for name, tp in own.items():
        if tp is KW_ONLY or isinstance(tp, _KwOnlyType):
            kw_only = True
            continue
        if isinstance(tp, InitVar) or (isinstance(tp, str) and tp.startswith("ClassVar")):
            continue
        if getattr(tp, "__origin__", None) is not None and repr(tp).startswith("typing.ClassVar"):
            continue
        value = cls.__dict__.get(name, MISSING)
        f = value if isinstance(value, Field) else field(default=value)
        f.name, f.type = name, tp
        if f.kw_only is MISSING:
            f.kw_only = kw_only
        if isinstance(f.default, (list, dict, set)):
            raise ValueError(f"mutable default {type(f.default)} for field {name} is not allowed: use default_factory")
        if isinstance(value, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        fields[name] = f
    return fields


def _make_init(cls, fields, frozen):
    params = [f for f in fields.values() if f.init]
    positional = [f for f in params if not f.kw_only]
    seen_default = False
    for f in positional:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError(f"non-default argument {f.name!r} follows default argument")
    post_init = getattr(cls, "__post_init__", None)

    def __init__(self, *args, **kwargs):
        if len(args) > len(positional):
            raise TypeError(f"{cls.__qualname__}.__init__() takes {len(positional) + 1} positional arguments but {len(args) + 1} were given")
        values = {}
        for f, a in zip(positional, args):
            values[f.name] = a
        for k, v in kwargs.items():
            if k not in fields or not fields[k].init:
                raise TypeError(f"{cls.__qualname__}.__init__() got an unexpected keyword argument {k!r}")
            if k in values:
                raise TypeError(f"{cls.__qualname__}.__init__() got multiple values for argument {k!r}")
            values[k] = v
        missing = [f.name for f in params if f.name not in values and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            names = " and ".join(repr(m) for m in missing) if len(missing) <= 2 else ", ".join(repr(m) for m in missing[:-1]) + f", and {missing[-1]!r}"
            raise TypeError(f"{cls.__qualname__}.__init__() missing {len(missing)} required positional argument{'s' if len(missing) > 1 else ''}: {names}")
        for f in fields.values():
            if f.name in values:
                v = values[f.name]
            elif f.default_factory is not MISSING:
                v = f.default_factory()
            elif f.default is not MISSING:
                v = f.default
            else:
                continue
            object.__setattr__(self, f.name, v)
        if post_init is not None:
            self.__post_init__()

    __init__.__qualname__ = f"{cls.__qualname__}.__init__"
    return __init__


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False):
    def wrap(cls):
        fields = _collect(cls, kw_only)
        cls.__dataclass_fields__ = fields
        cls.__dataclass_params__ = (init, repr, eq, order, unsafe_hash, frozen)
        names = [f.name for f in fields.values()]
        compared = [f.name for f in fields.values() if f.compare]
        if init and "__init__" not in cls.__dict__:
            cls.__init__ = _make_init(cls, fields, frozen)
        if repr and "__repr__" not in cls.__dict__:
            shown = [f.name for f in fields.values() if f.repr]

            def __repr__(self):
                inner = ", ".join(f"{n}={getattr(self, n)!r}" for n in shown)
                return f"{type(self).__qualname__}({inner})"
            __repr__.__qualname__ = f"{cls.__qualname__}.__repr__"
            cls.__repr__ = __repr__
        key = lambda self: tuple(getattr(self, n) for n in compared)
        if eq and "__eq__" not in cls.__dict__:
            def __eq__(self, other):
                if other.__class__ is self.__class__:
                    return key(self) == key(other)
                return NotImplemented
            cls.__eq__ = __eq__
        if order:
            for name, op in (("__lt__", lambda a, b: a < b), ("__le__", lambda a, b: a <= b),
                             ("__gt__", lambda a, b: a > b), ("__ge__", lambda a, b: a >= b)):
                if name in cls.__dict__:
                    raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}. Consider using functools.total_ordering")

                def method(self, other, op=op):
                    if other.__class__ is self.__class__:
                        return op(key(self), key(other))
                    return NotImplemented
                method.__name__ = name
                setattr(cls, name, method)
        hashed = [f.name for f in fields.values() if (f.compare if f.hash is None else f.hash)]
        if unsafe_hash or (eq and frozen):
            cls.__hash__ = lambda self: hash(tuple(getattr(self, n) for n in hashed))
        elif eq and "__hash__" not in cls.__dict__:
            cls.__hash__ = None
        if frozen:
            def __setattr__(self, name, value):
                if type(self) is cls or name in fields:
                    raise FrozenInstanceError(f"cannot assign to field {name!r}")
                super(cls, self).__setattr__(name, value)

            def __delattr__(self, name):
                if type(self) is cls or name in fields:
                    raise FrozenInstanceError(f"cannot delete field {name!r}")
                super(cls, self).__delattr__(name)
            cls.__setattr__ = __setattr__
            cls.__delattr__ = __delattr__
        if match_args and "__match_args__" not in cls.__dict__:
            cls.__match_args__ = tuple(f.name for f in fields.values() if f.init and not f.kw_only)
        return cls

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        fs = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(fs.values())


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def _convert(obj, factory):
    if is_dataclass(obj) and not isinstance(obj, type):
        return factory((f.name, _convert(getattr(obj, f.name), factory)) for f in fields(obj)) if factory is not tuple \
            else tuple(_convert(getattr(obj, f.name), factory) for f in fields(obj))
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_convert(v, factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, factory), _convert(v, factory)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("asdict() should be called on dataclass instances")
    return _convert(obj, dict_factory)


def astuple(obj, *, tuple_factory=tuple):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("astuple() should be called on dataclass instances")
    return _convert(obj, tuple)


def replace(obj, /, **changes):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("replace() should be called on dataclass instances")
    for f in fields(obj):
        if f.init and f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
