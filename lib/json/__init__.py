# pygil's `json`: dumps/dump and loads/load, written here. Output and error messages follow
# CPython's json module (separators, indent, sort_keys, ensure_ascii, default, hooks).

__all__ = ["dump", "dumps", "load", "loads", "JSONDecodeError", "JSONDecoder", "JSONEncoder"]

_ESC = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def _quote(s, ensure_ascii):
    out = ['"']
    for ch in s:
        e = _ESC.get(ch)
        if e is not None:
            out.append(e)
        elif ch < " ":
            out.append(f"\\u{ord(ch):04x}")
        elif ensure_ascii and ord(ch) > 126:
            n = ord(ch)
            if n > 0xFFFF:
                n -= 0x10000
                out.append(f"\\u{0xD800 | (n >> 10):04x}\\u{0xDC00 | (n & 0x3FF):04x}")
            else:
                out.append(f"\\u{n:04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _float(x, allow_nan):
    if x != x or x in (float("inf"), float("-inf")):
        if not allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return "NaN" if x != x else "Infinity" if x > 0 else "-Infinity"
    return float.__repr__(x)


class JSONEncoder:
    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys, self.ensure_ascii, self.check_circular = skipkeys, ensure_ascii, check_circular
        self.allow_nan, self.sort_keys, self.indent = allow_nan, sort_keys, indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")

    def encode(self, o):
        return "".join(self._encode(o, 0, set() if self.check_circular else None))

    def _key(self, k):
        if isinstance(k, str):
            return k
        if isinstance(k, float):
            return _float(k, self.allow_nan)
        if k is True:
            return "true"
        if k is False:
            return "false"
        if k is None:
            return "null"
        if isinstance(k, int):
            return int.__repr__(k)
        if self.skipkeys:
            return None
        raise TypeError(f"keys must be str, int, float, bool or None, not {type(k).__name__}")

    def _encode(self, o, level, seen):
        if isinstance(o, str):
            yield _quote(o, self.ensure_ascii)
        elif o is None:
            yield "null"
        elif o is True:
            yield "true"
        elif o is False:
            yield "false"
        elif isinstance(o, int):
            yield int.__repr__(o)
        elif isinstance(o, float):
            yield _float(o, self.allow_nan)
        elif isinstance(o, (list, tuple, dict)):
            if seen is not None:
                if id(o) in seen:
                    raise ValueError("Circular reference detected")
                seen.add(id(o))
            yield from (self._dict(o, level, seen) if isinstance(o, dict) else self._list(o, level, seen))
            if seen is not None:
                seen.discard(id(o))
        else:
            if seen is not None:
                if id(o) in seen:
                    raise ValueError("Circular reference detected")
                seen.add(id(o))
            yield from self._encode(self.default(o), level, seen)
            if seen is not None:
                seen.discard(id(o))

    def _newline(self, level):
        if self.indent is None:
            return None
        pad = self.indent if isinstance(self.indent, str) else " " * self.indent
        return "\n" + pad * level

    def _list(self, o, level, seen):
        if not o:
            yield "[]"
            return
        nl = self._newline(level + 1)
        yield "[" + (nl or "")
        sep = self.item_separator + (nl or "")
        for i, v in enumerate(o):
            if i:
                yield sep
            yield from self._encode(v, level + 1, seen)
        yield (self._newline(level) or "") + "]"

    def _dict(self, o, level, seen):
        if not o:
            yield "{}"
            return
        items = sorted(o.items()) if self.sort_keys else o.items()
        nl = self._newline(level + 1)
        yield "{" + (nl or "")
        sep = self.item_separator + (nl or "")
        first = True
        for k, v in items:
            key = self._key(k)
            if key is None:
                continue
            if not first:
                yield sep
            first = False
            yield _quote(key, self.ensure_ascii) + self.key_separator
            yield from self._encode(v, level + 1, seen)
        yield (self._newline(level) or "") + "}"


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    return (cls or JSONEncoder)(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                                allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                                sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        super().__init__(f"{msg}: line {lineno} column {colno} (char {pos})")
        self.msg, self.doc, self.pos, self.lineno, self.colno = msg, doc, pos, lineno, colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_WS = " \t\n\r"
_UNESC = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook, self.object_pairs_hook = object_hook, object_pairs_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or {"NaN": float("nan"), "Infinity": float("inf"), "-Infinity": float("-inf")}.__getitem__
        self.strict = strict

    def decode(self, s):
        v, end = self.raw_decode(s, self._ws(s, 0))
        end = self._ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return v

    def raw_decode(self, s, idx=0):
        return self._value(s, idx)

    def _ws(self, s, i):
        while i < len(s) and s[i] in _WS:
            i += 1
        return i

    def _value(self, s, i):
        if i >= len(s):
            raise JSONDecodeError("Expecting value", s, i)
        c = s[i]
        if c == '"':
            return self._string(s, i + 1)
        if c == "{":
            return self._object(s, i + 1)
        if c == "[":
            return self._array(s, i + 1)
        for word, val in (("null", None), ("true", True), ("false", False)):
            if s.startswith(word, i):
                return val, i + len(word)
        for word in ("NaN", "Infinity", "-Infinity"):
            if s.startswith(word, i):
                return self.parse_constant(word), i + len(word)
        return self._number(s, i)

    def _number(self, s, i):
        j = i
        if j < len(s) and s[j] == "-":
            j += 1
        if j < len(s) and s[j] == "0":
            j += 1
        elif j < len(s) and s[j].isdigit() and s[j].isascii():
            while j < len(s) and "0" <= s[j] <= "9":
                j += 1
        else:
            raise JSONDecodeError("Expecting value", s, i)
        is_float = False
        if j + 1 < len(s) and s[j] == "." and "0" <= s[j + 1] <= "9":
            is_float = True
            j += 1
            while j < len(s) and "0" <= s[j] <= "9":
                j += 1
        if j < len(s) and s[j] in "eE":
            k = j + 1
            if k < len(s) and s[k] in "+-":
                k += 1
            if k < len(s) and "0" <= s[k] <= "9":
                is_float = True
                j = k
                while j < len(s) and "0" <= s[j] <= "9":
                    j += 1
        text = s[i:j]
        return (self.parse_float(text) if is_float else self.parse_int(text)), j

    def _string(self, s, i):
        start = i - 1
        out = []
        while True:
            if i >= len(s):
                raise JSONDecodeError("Unterminated string starting at", s, start)
            c = s[i]
            if c == '"':
                return "".join(out), i + 1
            if c == "\\":
                if i + 1 >= len(s):
                    raise JSONDecodeError("Unterminated string starting at", s, start)
                e = s[i + 1]
                if e == "u":
                    code = self._hex4(s, i)
                    i += 6
                    if 0xD800 <= code <= 0xDBFF and s.startswith("\\u", i):
                        low = self._hex4(s, i)
                        if 0xDC00 <= low <= 0xDFFF:
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                            i += 6
                    out.append(chr(code))
                    continue
                if e not in _UNESC:
                    raise JSONDecodeError("Invalid \\escape", s, i)
                out.append(_UNESC[e])
                i += 2
                continue
            if self.strict and c < " ":
                raise JSONDecodeError("Invalid control character at", s, i)
            out.append(c)
            i += 1

    def _hex4(self, s, i):
        digits = s[i + 2:i + 6]
        if len(digits) != 4 or any(d not in "0123456789abcdefABCDEF" for d in digits):
            raise JSONDecodeError("Invalid \\uXXXX escape", s, i + 1)
        return int(digits, 16)

    def _array(self, s, i):
        items = []
        i = self._ws(s, i)
        if i < len(s) and s[i] == "]":
            return items, i + 1
        while True:
            v, i = self._value(s, self._ws(s, i))
            items.append(v)
            i = self._ws(s, i)
            if i < len(s) and s[i] == "]":
                return items, i + 1
            if i >= len(s) or s[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i += 1

    def _object(self, s, i):
        pairs = []
        i = self._ws(s, i)
        if i < len(s) and s[i] == "}":
            return self._finish(pairs), i + 1
        while True:
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
            k, i = self._string(s, i + 1)
            i = self._ws(s, i)
            if i >= len(s) or s[i] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            v, i = self._value(s, self._ws(s, i + 1))
            pairs.append((k, v))
            i = self._ws(s, i)
            if i < len(s) and s[i] == "}":
                return self._finish(pairs), i + 1
            if i >= len(s) or s[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self._ws(s, i + 1)

    def _finish(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        d = dict(pairs)
        return self.object_hook(d) if self.object_hook is not None else d


def loads(s, *, cls=None, **kw):
    if isinstance(s, (bytes, bytearray)):
        s = s.decode("utf-8")
    if not isinstance(s, str):
        raise TypeError(f"the JSON object must be str, bytes or bytearray, not {type(s).__name__}")
    return (cls or JSONDecoder)(**kw).decode(s)


def load(fp, **kw):
    return loads(fp.read(), **kw)
