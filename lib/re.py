# pygil's `re`: the module-level API over the _re engine (src/stdlib/re.ts), written here.
import _re

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile",
           "purge", "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
           "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG"]


class RegexFlag(int):
    """An int flag that prints as re.NAME (combinations as re.A|re.B)."""

    _names = {}

    def __new__(cls, value):
        return int.__new__(cls, value)

    def __or__(self, other):
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __invert__(self):
        return RegexFlag(~int(self))

    def __repr__(self):
        v = int(self)
        parts = [f"re.{name}" for bit, name in sorted(RegexFlag._names.items()) if v & bit]
        rest = v & ~sum(RegexFlag._names)
        if rest or not parts:
            parts.append(hex(rest) if parts else "re.NOFLAG" if v == 0 else hex(v))
        return "|".join(parts)

    __str__ = __repr__


NOFLAG = RegexFlag(0)
TEMPLATE = T = RegexFlag(1)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
UNICODE = U = RegexFlag(32)
VERBOSE = X = RegexFlag(64)
DEBUG = RegexFlag(128)
ASCII = A = RegexFlag(256)
RegexFlag._names = {2: "IGNORECASE", 4: "LOCALE", 8: "MULTILINE", 16: "DOTALL", 32: "UNICODE",
                    64: "VERBOSE", 128: "DEBUG", 256: "ASCII", 1: "TEMPLATE"}


class error(Exception):
    """A malformed pattern: msg, pattern, pos, lineno and colno as CPython's re.error."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg, self.pattern, self.pos = msg, pattern, pos
        if pattern is not None and pos is not None:
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = f"{msg} (line {self.lineno}, column {self.colno})"
            else:
                msg = f"{msg} at position {pos}"
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = "re"
PatternError = error
_re._set_error(error)
Pattern = _re.Pattern
Match = _re.Match


def compile(pattern, flags=0):
    return _re.compile(pattern, flags)


def match(pattern, string, flags=0):
    return _re.compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _re.compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _re.compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _re.compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _re.compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _re.compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _re.compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _re.compile(pattern, flags).finditer(string)


def purge():
    _re.purge()


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
    return bytes(b for c in pattern for b in ((92, c) if chr(c) in _SPECIAL else (c,)))
