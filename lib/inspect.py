# pygil's `inspect` (a small part, written here): kinds of objects, generator/coroutine states,
# and getdoc/getmodule helpers. Frames are not introspectable in pygil.
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
