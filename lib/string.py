# pygil's `string`: the character-class constants, capwords and Template ($-substitution).

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s, capitalize each word, and join the words with sep (a space by default)."""
    return (sep or " ").join(word.capitalize() for word in s.split(sep))


class Template:
    """Strings with $name / ${name} placeholders; $$ is a literal dollar sign."""

    delimiter = "$"
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _scan(self, mapping, safe):
        t = self.template
        out = []
        i = 0
        n = len(t)
        while i < n:
            c = t[i]
            if c != self.delimiter:
                out.append(c)
                i += 1
                continue
            if t.startswith(self.delimiter, i + 1):
                out.append(self.delimiter)
                i += 2
                continue
            braced = t.startswith("{", i + 1)
            j = i + 2 if braced else i + 1
            k = j
            while k < n and (t[k] == "_" or t[k].isalnum()) and t[k].isascii():
                k += 1
            name = t[j:k]
            valid = bool(name) and not name[0].isdigit() and (not braced or t.startswith("}", k))
            if not valid:
                if safe:
                    out.append(c)
                    i += 1
                    continue
                line = t[:i].count("\n") + 1
                col = i - (t.rfind("\n", 0, i) + 1) + 1
                raise ValueError(f"Invalid placeholder in string: line {line}, col {col}")
            end = k + 1 if braced else k
            try:
                out.append(str(mapping[name]))
            except KeyError:
                if not safe:
                    raise
                out.append(t[i:end])
            i = end
        return "".join(out)

    def substitute(self, mapping=None, /, **kws):
        return self._scan(_merge(mapping, kws), False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._scan(_merge(mapping, kws), True)


def _merge(mapping, kws):
    if mapping is None:
        return kws
    if not kws:
        return mapping
    merged = dict(mapping)
    merged.update(kws)
    return merged
