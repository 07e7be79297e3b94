# pygil's `traceback`: formatting and printing exceptions as the interpreter does.
import sys
import _traceback


def format_exception_only(exc, /, value=None):
    if value is not None or isinstance(exc, type):
        exc = value
    if exc is None:
        return ["NoneType: None\n"]
    return list(_traceback.format_only(exc))


def _chain(exc, seen):
    seen.add(id(exc))
    out = []
    cause, context = exc.__cause__, exc.__context__
    if cause is not None and id(cause) not in seen:
        out += _chain(cause, seen)
        out.append("\nThe above exception was the direct cause of the following exception:\n\n")
    elif context is not None and not exc.__suppress_context__ and id(context) not in seen:
        out += _chain(context, seen)
        out.append("\nDuring handling of the above exception, another exception occurred:\n\n")
    if exc.__traceback__ is not None:
        out.append("Traceback (most recent call last):\n")
        out += format_tb(exc.__traceback__)
    out += format_exception_only(exc)
    return out


def format_exception(exc, /, value=None, tb=None, limit=None, chain=True):
    if value is not None or isinstance(exc, type):
        exc = value
    if exc is None:
        return ["NoneType: None\n"]
    if not chain:
        lines = []
        if exc.__traceback__ is not None:
            lines.append("Traceback (most recent call last):\n")
            lines += format_tb(exc.__traceback__)
        return lines + format_exception_only(exc)
    return _chain(exc, set())


def format_tb(tb, limit=None):
    frames = _traceback.frames(tb)
    if limit is not None:
        frames = frames[:limit]
    return [f[7] for f in frames]


def extract_tb(tb, limit=None):
    frames = _traceback.frames(tb)
    return [FrameSummary(f[0], f[1], f[2], line=f[3]) for f in frames[:limit]]


class FrameSummary:
    def __init__(self, filename, lineno, name, *, line=None):
        self.filename, self.lineno, self.name, self.line = filename, lineno, name, (line or "").strip()

    def __iter__(self):
        return iter((self.filename, self.lineno, self.name, self.line))

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exception(exc, /, value=None, tb=None, limit=None, file=None, chain=True):
    print("".join(format_exception(exc, value, tb, limit, chain)), end="", file=file or sys.stderr)


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)
