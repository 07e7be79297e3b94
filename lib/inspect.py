# pygil's `inspect` (a part, written here): kinds of objects, generator/coroutine states,
# getdoc/getmodule, and signatures (Signature, Parameter, signature(), bind). Frames are not
# introspectable in pygil.
import enum
import sys
import _inspect

GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED = "GEN_CREATED", "GEN_RUNNING", "GEN_SUSPENDED", "GEN_CLOSED"
CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED = "CORO_CREATED", "CORO_RUNNING", "CORO_SUSPENDED", "CORO_CLOSED"

_function = type(lambda: None)
_generator = type((lambda: (yield))())
_method = type(type("_C", (), {"m": lambda self: None})().m)


def ismodule(obj):
    return isinstance(obj, type(sys))


def isclass(obj):
    return isinstance(obj, type)


def isfunction(obj):
    return isinstance(obj, _function)


def ismethod(obj):
    return isinstance(obj, _method)


def isbuiltin(obj):
    return isinstance(obj, type(len))


def isroutine(obj):
    return isfunction(obj) or ismethod(obj) or isbuiltin(obj) or type(obj).__name__ in ("method_descriptor", "wrapper_descriptor")


def _flag(obj, index):
    info = _inspect.function_info(getattr(obj, "__func__", obj))
    return bool(info and info[index])


def isgeneratorfunction(obj):
    return _flag(obj, 6)


def iscoroutinefunction(obj):
    return _flag(obj, 7)


def isasyncgenfunction(obj):
    return _flag(obj, 8)


def isgenerator(obj):
    return isinstance(obj, _generator)


def iscoroutine(obj):
    return type(obj).__name__ == "coroutine"


def isawaitable(obj):
    return iscoroutine(obj) or hasattr(type(obj), "__await__")


def getgeneratorstate(generator):
    return _inspect.generator_state(generator)


def getcoroutinestate(coroutine):
    return _inspect.generator_state(coroutine)


def getdoc(obj):
    doc = getattr(obj, "__doc__", None)
    if not isinstance(doc, str):
        return None
    lines = doc.expandtabs().split("\n")
    indent = min((len(l) - len(l.lstrip()) for l in lines[1:] if l.strip()), default=0)
    lines = [lines[0].strip()] + [l[indent:].rstrip() for l in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def getmodule(obj):
    if ismodule(obj):
        return obj
    return sys.modules.get(getattr(obj, "__module__", None))


def getmro(cls):
    return cls.__mro__


def isabstract(obj):
    return isinstance(obj, type) and bool(getattr(obj, "__abstractmethods__", None))


# --- signatures --------------------------------------------------------------------------------
# Built from a function's code object (argument counts and names), __defaults__, __kwdefaults__
# and __annotations__. bind()/bind_partial() match a call's arguments to parameters.

class _empty:
    """Marks a parameter without default or annotation."""


_keep = object()  # replace(): an argument not given


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0, "positional-only"
    POSITIONAL_OR_KEYWORD = 1, "positional or keyword"
    VAR_POSITIONAL = 2, "variadic positional"
    KEYWORD_ONLY = 3, "keyword-only"
    VAR_KEYWORD = 4, "variadic keyword"

    def __new__(cls, value, description):
        kind = int.__new__(cls, value)
        kind._value_ = value
        kind.description = description
        return kind

    def __str__(self):
        return self._name_


POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD, VAR_POSITIONAL, KEYWORD_ONLY, VAR_KEYWORD = _ParameterKind


def formatannotation(annotation, base_module=None):
    if getattr(annotation, "__module__", None) == "typing":
        return repr(annotation).replace("typing.", "")
    if isinstance(annotation, type(list[int])):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ("builtins", base_module):
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation)


class Parameter:
    __slots__ = ("_name", "_kind", "_default", "_annotation")
    empty = _empty
    POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD, VAR_POSITIONAL = POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD, VAR_POSITIONAL
    KEYWORD_ONLY, VAR_KEYWORD = KEYWORD_ONLY, VAR_KEYWORD

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        if not isinstance(kind, _ParameterKind):
            raise ValueError(f"value {kind!r} is not a valid Parameter.kind")
        if default is not _empty and kind in (VAR_POSITIONAL, VAR_KEYWORD):
            raise ValueError(f"{kind.description} parameters cannot have default values")
        if not isinstance(name, str):
            raise TypeError("name must be a str, not a {}".format(type(name).__name__))
        if not name.isidentifier():
            raise ValueError("{!r} is not a valid parameter name".format(name))
        self._name, self._kind, self._default, self._annotation = name, kind, default, annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=_keep, kind=_keep, default=_keep, annotation=_keep):
        return type(self)(self._name if name is _keep else name, self._kind if kind is _keep else kind,
                          default=self._default if default is _keep else default,
                          annotation=self._annotation if annotation is _keep else annotation)

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text += ": " + formatannotation(self._annotation)
        if self._default is not _empty:
            text += (" = " if self._annotation is not _empty else "=") + repr(self._default)
        if self._kind == VAR_POSITIONAL:
            return "*" + text
        if self._kind == VAR_KEYWORD:
            return "**" + text
        return text

    def __repr__(self):
        return '<%s "%s">' % (type(self).__name__, self)

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name, self._kind, self._default, self._annotation) == \
            (other._name, other._kind, other._default, other._annotation)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))


class Signature:
    __slots__ = ("_parameters", "_return_annotation")
    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty):
        ordered = {}
        last_kind = POSITIONAL_ONLY
        seen_default = False
        for param in parameters or ():
            if param.kind < last_kind:
                raise ValueError("wrong parameter order: {} parameter before {} parameter".format(
                    last_kind.description, param.kind.description))
            last_kind = param.kind
            if param.kind in (POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD):
                if param.default is not _empty:
                    seen_default = True
                elif seen_default:
                    raise ValueError("non-default argument follows default argument")
            if param.name in ordered:
                raise ValueError("duplicate parameter name: {!r}".format(param.name))
            ordered[param.name] = param
        self._parameters = type(type.__dict__)(ordered)
        self._return_annotation = return_annotation

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=_keep, return_annotation=_keep):
        return type(self)(self._parameters.values() if parameters is _keep else parameters,
                          return_annotation=self._return_annotation if return_annotation is _keep else return_annotation)

    def __str__(self):
        parts = []
        positional_only = False
        keyword_marker_needed = True
        for param in self._parameters.values():
            if param.kind == POSITIONAL_ONLY:
                positional_only = True
            elif positional_only:
                parts.append("/")
                positional_only = False
            if param.kind == VAR_POSITIONAL:
                keyword_marker_needed = False
            elif param.kind == KEYWORD_ONLY and keyword_marker_needed:
                parts.append("*")
                keyword_marker_needed = False
            parts.append(str(param))
        if positional_only:
            parts.append("/")
        text = "(" + ", ".join(parts) + ")"
        if self._return_annotation is not _empty:
            text += " -> " + formatannotation(self._return_annotation)
        return text

    def __repr__(self):
        return "<%s %s>" % (type(self).__name__, self)

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation
                and list(self._parameters.values()) == list(other._parameters.values()))

    def __hash__(self):
        return hash((tuple(self._parameters.values()), self._return_annotation))

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=False)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def _bind(self, args, kwargs, partial):
        bound = {}
        kwargs = dict(kwargs)
        params = list(self._parameters.values())
        rest = list(args)
        for param in params:
            if param.kind in (POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD):
                if rest:
                    bound[param.name] = rest.pop(0)
                    continue
                break
            if param.kind == VAR_POSITIONAL:
                bound[param.name] = tuple(rest)
                rest = []
                break
            break
        if rest:
            raise TypeError("too many positional arguments")
        var_keyword = None
        for param in params:
            if param.name in bound and param.kind != VAR_POSITIONAL:
                if param.name in kwargs and param.kind != POSITIONAL_ONLY:
                    raise TypeError("multiple values for argument {!r}".format(param.name))
                continue
            if param.kind == VAR_KEYWORD:
                var_keyword = param
                continue
            if param.kind == VAR_POSITIONAL:
                continue
            if param.kind == POSITIONAL_ONLY:
                if param.name in kwargs and not any(p.kind == VAR_KEYWORD for p in params):
                    raise TypeError("{!r} parameter is positional only, but was passed as a keyword".format(param.name))
                if not partial and param.default is _empty:
                    raise TypeError("missing a required argument: {!r}".format(param.name))
                continue
            if param.name in kwargs:
                bound[param.name] = kwargs.pop(param.name)
            elif not partial and param.default is _empty:
                raise TypeError("missing a required argument: {!r}".format(param.name))
        if kwargs:
            if var_keyword is None:
                raise TypeError("got an unexpected keyword argument {!r}".format(next(iter(kwargs))))
            bound[var_keyword.name] = kwargs
        return BoundArguments(self, bound)

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True):
        return signature(obj, follow_wrapped=follow_wrapped)


class BoundArguments:
    __slots__ = ("arguments", "_signature")

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        result = []
        for param in self._signature.parameters.values():
            if param.kind in (KEYWORD_ONLY, VAR_KEYWORD) or param.name not in self.arguments:
                break
            if param.kind == VAR_POSITIONAL:
                result.extend(self.arguments[param.name])
            else:
                result.append(self.arguments[param.name])
        return tuple(result)

    @property
    def kwargs(self):
        result = {}
        positional = True
        for param in self._signature.parameters.values():
            if positional and (param.kind in (KEYWORD_ONLY, VAR_KEYWORD) or param.name not in self.arguments):
                positional = False
            if positional or param.name not in self.arguments:
                continue
            if param.kind == VAR_KEYWORD:
                result.update(self.arguments[param.name])
            elif param.kind != VAR_POSITIONAL:
                result[param.name] = self.arguments[param.name]
        return result

    def apply_defaults(self):
        filled = {}
        for param in self._signature.parameters.values():
            if param.name in self.arguments:
                filled[param.name] = self.arguments[param.name]
            elif param.default is not _empty:
                filled[param.name] = param.default
            elif param.kind == VAR_POSITIONAL:
                filled[param.name] = ()
            elif param.kind == VAR_KEYWORD:
                filled[param.name] = {}
        self.arguments = filled

    def __eq__(self, other):
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self._signature == other._signature and self.arguments == other.arguments

    def __repr__(self):
        return "<%s (%s)>" % (type(self).__name__, ", ".join("%s=%r" % kv for kv in self.arguments.items()))


def _function_signature(func):
    code = func.__code__
    names = code.co_varnames
    npos, nposonly, nkwonly = code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = func.__annotations__ or {}
    first_default = npos - len(defaults)
    params = []
    for i, name in enumerate(names[:npos]):
        kind = POSITIONAL_ONLY if i < nposonly else POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(name, kind, default=default, annotation=annotations.get(name, _empty)))
    at = npos + nkwonly
    if code.co_flags & 0x04:
        name = names[at]
        params.append(Parameter(name, VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
    for name in names[npos:npos + nkwonly]:
        params.append(Parameter(name, KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                annotation=annotations.get(name, _empty)))
    if code.co_flags & 0x08:
        name = names[at + 1 if code.co_flags & 0x04 else at]
        params.append(Parameter(name, VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    return Signature(params, return_annotation=annotations.get("return", _empty))


def _drop_first(sig):
    params = list(sig.parameters.values())
    if not params or params[0].kind in (VAR_KEYWORD, KEYWORD_ONLY):
        raise ValueError("invalid method signature")
    if params[0].kind != VAR_POSITIONAL:
        params = params[1:]
    return sig.replace(parameters=params)


def signature(obj, *, follow_wrapped=True):
    if not callable(obj):
        raise TypeError("{!r} is not a callable object".format(obj))
    if isinstance(obj, _method):
        return _drop_first(signature(obj.__func__, follow_wrapped=follow_wrapped))
    if follow_wrapped:
        seen = set()
        while hasattr(obj, "__wrapped__") and id(obj) not in seen:
            seen.add(id(obj))
            obj = obj.__wrapped__
    given = getattr(obj, "__signature__", None)
    if given is not None:
        if not isinstance(given, Signature):
            raise TypeError("unexpected object {!r} in __signature__ attribute".format(given))
        return given
    if isinstance(obj, _function):
        return _function_signature(obj)
    if isinstance(obj, type):
        for name in ("__init__", "__new__"):
            for base in obj.__mro__:
                if name in base.__dict__:
                    found = base.__dict__[name]
                    if isinstance(found, staticmethod):
                        found = found.__func__
                    if isinstance(found, _function):
                        return _drop_first(_function_signature(found))
                    break
        raise ValueError("no signature found for builtin type {!r}".format(obj))
    call = getattr(type(obj), "__call__", None)
    if isinstance(call, _function):
        return _drop_first(_function_signature(call))
    raise ValueError("no signature found for {!r}".format(obj))
