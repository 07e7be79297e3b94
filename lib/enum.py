# enum, written here: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique.
# The class body is collected in an _EnumDict (from EnumType.__prepare__) that tells members
# (plain values) from everything else (descriptors, dunders, _sunders_); EnumType.__new__
# then builds one instance per distinct value, in definition order, with later equal values
# as aliases. Not written yet: boundaries other than Flag's strict / IntFlag's keep, verify,
# member/nonmember, global_enum, pickling by name.
from types import MappingProxyType, FunctionType

__all__ = ["EnumType", "EnumMeta", "Enum", "ReprEnum", "IntEnum", "StrEnum", "Flag", "IntFlag",
           "auto", "unique"]

_PENDING = object()
_ENUM_FIRST = ("__repr__", "__str__", "__format__", "__or__", "__and__", "__xor__", "__ror__",
               "__rand__", "__rxor__", "__invert__")


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_descriptor(obj):
    return hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__")


class auto:
    """A member value to be chosen by the enum's _generate_next_value_."""

    def __init__(self, value=_PENDING):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class _EnumDict(dict):
    def __init__(self, generate):
        super().__init__()
        self._member_names = []
        self._last_values = []
        self._generate = generate

    def __setitem__(self, key, value):
        if _is_sunder(key):
            if key == "_generate_next_value_":
                self._generate = value.__func__ if isinstance(value, staticmethod) else value
        elif _is_dunder(key) or _is_descriptor(value):
            if key in self._member_names:
                raise TypeError("%r already defined as %r" % (key, self[key]))
        else:
            if key in self:
                raise TypeError("%r already defined as %r" % (key, self[key]))
            if isinstance(value, auto):
                if value.value is _PENDING:
                    value.value = self._generate(key, 1, len(self._member_names), self._last_values[:])
                value = value.value
            self._member_names.append(key)
            self._last_values.append(value)
        super().__setitem__(key, value)


def _enum_bases(bases):
    # the data type members are made of (int, str, ... or object) and the nearest enum base
    member_type, first_enum = object, None
    for base in bases:
        for klass in base.__mro__:
            if klass is object:
                continue
            if isinstance(klass, EnumType):
                if first_enum is None:
                    first_enum = klass
                continue
            if "__new__" in klass.__dict__ and member_type is object:
                member_type = klass
            break
    return member_type, first_enum


class EnumType(type):
    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        generate = None
        for base in bases:
            for klass in base.__mro__:
                if "_generate_next_value_" in klass.__dict__:
                    generate = klass.__dict__["_generate_next_value_"]
                    generate = generate.__func__ if isinstance(generate, staticmethod) else generate
                    break
            if generate is not None:
                break
        return _EnumDict(generate or _count_up)

    def __new__(metacls, cls, bases, classdict, **kwds):
        member_names = list(getattr(classdict, "_member_names", ()))
        member_type, first_enum = _enum_bases(bases)
        if first_enum is not None and first_enum._member_names_:
            raise TypeError("<enum %r> cannot extend %r" % (cls, first_enum))
        body = {k: v for k, v in classdict.items() if k not in member_names}
        # a __new__ in an enum's body makes members; Enum's own __new__ looks values up
        custom_new = body.pop("__new__", None) if first_enum is not None else None
        if custom_new is None and first_enum is not None:
            custom_new = first_enum.__dict__.get("_new_member_")
        if isinstance(custom_new, staticmethod):
            custom_new = custom_new.__func__
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        type.__setattr__(enum_class, "_new_member_", custom_new)
        type.__setattr__(enum_class, "_member_type_", member_type)
        type.__setattr__(enum_class, "_member_names_", [])
        type.__setattr__(enum_class, "_member_map_", {})
        type.__setattr__(enum_class, "_value2member_map_", {})
        if member_type is not object:
            # the data type comes before Enum in the MRO; enum behaviour wins over it
            for method in _ENUM_FIRST:
                if method not in body and method in member_type.__dict__:
                    for klass in enum_class.__mro__:
                        if isinstance(klass, EnumType) and method in klass.__dict__:
                            type.__setattr__(enum_class, method, klass.__dict__[method])
                            break
        if member_type is not object and ReprEnum is not None and issubclass(enum_class, ReprEnum):
            if "__str__" not in body:
                own = "__str__" in member_type.__dict__ and member_type.__str__ is not object.__str__
                type.__setattr__(enum_class, "__str__", member_type.__str__ if own else member_type.__repr__)
            if "__format__" not in body:
                type.__setattr__(enum_class, "__format__", member_type.__format__)
        init = None
        for klass in enum_class.__mro__:
            if "__init__" in klass.__dict__:
                init = klass.__dict__["__init__"]
                break
        for name in member_names:
            value = classdict[name]
            args = value if isinstance(value, tuple) and member_type is not tuple else (value,)
            if custom_new is not None:
                member = custom_new(enum_class, *args)
            elif member_type is object:
                member = object.__new__(enum_class)
            else:
                member = member_type.__new__(enum_class, *args)
            if not hasattr(member, "_value_"):
                member._value_ = value if member_type is object else member_type(*args)
            value = member._value_
            member._name_ = name
            member.__objclass__ = enum_class
            if isinstance(init, FunctionType):
                init(member, *args)
            existing = enum_class._lookup(value)
            if existing is not None:
                member = existing
            else:
                # a flag member of several bits (or none) is left out of iteration, like an alias
                if not (Flag is not None and issubclass(enum_class, Flag)) or _single_bit(value):
                    enum_class._member_names_.append(name)
                try:
                    enum_class._value2member_map_.setdefault(value, member)
                except TypeError:
                    pass
            enum_class._member_map_[name] = member
            type.__setattr__(enum_class, name, member)
        if Enum is not None:
            # calling the class looks a value up; members were made with the data type's __new__
            type.__setattr__(enum_class, "__new__", Enum.__dict__["__new__"])
        if Flag is not None and issubclass(enum_class, Flag):
            mask = 0
            for member in enum_class._member_map_.values():
                mask |= member._value_
            type.__setattr__(enum_class, "_flag_mask_", mask)
        return enum_class

    def _lookup(cls, value):
        try:
            return cls._value2member_map_.get(value)
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
            return None

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        classdict = cls.__class__.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            pairs, last = [], []
            for count, name in enumerate(names):
                value = classdict._generate(name, start, count, last[:])
                last.append(value)
                pairs.append((name, value))
            names = pairs
        items = names.items() if hasattr(names, "items") else names
        for name, value in items:
            classdict[name] = value
        classdict["__module__"] = module or "__main__"
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return cls.__class__.__new__(cls.__class__, class_name, bases, classdict)

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'" % (
                type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    @property
    def __members__(cls):
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        kind = "flag" if Flag is not None and issubclass(cls, Flag) else "enum"
        return "<%s %r>" % (kind, cls.__name__)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, name))
        super().__delattr__(name)


EnumMeta = EnumType
Enum = ReprEnum = Flag = None


def _single_bit(value):
    return isinstance(value, int) and value > 0 and value & (value - 1) == 0


def _count_up(name, start, count, last_values):
    for last in reversed(last_values):
        try:
            return last + 1
        except TypeError:
            pass
    return start


class Enum(metaclass=EnumType):
    def __new__(cls, value):
        if type(value) is cls:
            return value
        member = cls._lookup(value)
        if member is not None:
            return member
        member = cls._missing_(value)
        if isinstance(member, cls):
            return member
        if member is not None:
            raise TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                            % (cls.__name__, member))
        raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))

    def __init__(self, *args, **kwds):
        pass

    @classmethod
    def _missing_(cls, value):
        return None

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return _count_up(name, start, count, last_values)

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return "<%s.%s: %r>" % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (type(self).__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class ReprEnum(Enum):
    """Enums whose str() and format() are those of the data type (int, str)."""


class IntEnum(int, ReprEnum):
    pass


class StrEnum(str, ReprEnum):
    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        member = str.__new__(cls, *values)
        member._value_ = str(member)
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        return 2 ** max(last_values).bit_length()

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if value & ~cls._flag_mask_ and not issubclass(cls, int):
            digits = max(value.bit_length(), cls._flag_mask_.bit_length())
            raise ValueError("%r invalid value %r\n    given 0b0 %s\n  allowed 0b0 %s" % (
                cls, value, format(value, "0%db" % digits), format(cls._flag_mask_, "0%db" % digits)))
        member_type = cls._member_type_
        member = object.__new__(cls) if member_type is object else member_type.__new__(cls, value)
        member._value_ = value
        names = [m._name_ for m in cls._canonical() if m._value_ & value == m._value_]
        extra = value & ~cls._flag_mask_
        member._name_ = "|".join(names + ([str(extra)] if extra else [])) or None
        return cls._value2member_map_.setdefault(value, member)

    @classmethod
    def _canonical(cls):
        # the members holding a single bit, in definition order
        return list(cls)

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'" % (
                type(other).__qualname__, type(self).__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter([m for m in type(self)._canonical() if m._value_ & self._value_ == m._value_])

    def __len__(self):
        return bin(self._value_).count("1")

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        if self._name_ is None:
            return "<%s: %r>" % (type(self).__name__, self._value_)
        return "<%s.%s: %r>" % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (type(self).__name__, self._value_)
        return "%s.%s" % (type(self).__name__, self._name_)

    def _other_value(self, other):
        if isinstance(other, type(self)):
            return other._value_
        if isinstance(self, int) and isinstance(other, int):
            return int(other)
        return None

    def __or__(self, other):
        v = self._other_value(other)
        return NotImplemented if v is None else type(self)(self._value_ | v)

    def __and__(self, other):
        v = self._other_value(other)
        return NotImplemented if v is None else type(self)(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value(other)
        return NotImplemented if v is None else type(self)(self._value_ ^ v)

    __ror__, __rand__, __rxor__ = __or__, __and__, __xor__

    def __invert__(self):
        return type(self)(self._flag_mask_ ^ self._value_)


class IntFlag(int, ReprEnum, Flag):
    pass


def unique(enumeration):
    aliases = ["%s -> %s" % (name, member._name_) for name, member in enumeration.__members__.items()
               if name != member._name_]
    if aliases:
        raise ValueError("duplicate values found in %r: %s" % (enumeration, ", ".join(aliases)))
    return enumeration
