# textwrap, written here: greedy line filling of words (wrap, fill, shorten, TextWrapper) and
# the margin helpers (dedent, indent). Text is cut into chunks (words, pieces of hyphenated
# words, em-dashes and whitespace runs) and each line takes chunks while they fit.
import re

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

_WHITESPACE = "\t\n\x0b\x0c\r "
_BLANK_MAP = {ord(c): " " for c in _WHITESPACE}
_RUNS = re.compile("([%s]+)" % re.escape(_WHITESPACE))
_SENTENCE_END = re.compile(r"[a-z][.!?][\"']?\Z")


def _is_word(c):
    return c.isalnum() or c == "_"


def _is_letter(c):
    return _is_word(c) and not c.isdecimal()


def _is_punct(c):
    return _is_word(c) or c in "!\"'&.,?"


def _dash_run(word, i):
    # the length of the run of hyphens at word[i:] when 2 or more lead to a word character
    end = i
    while end < len(word) and word[end] == "-":
        end += 1
    return end - i if end - i >= 2 and end < len(word) and _is_word(word[end]) else 0


def _letter_at(word, i):
    return 0 <= i < len(word) and _is_letter(word[i])


def _breaks_after_hyphen(word, p):
    # a hyphen at p-1 ends a chunk when it follows two letters or a letter-letter- pattern
    # ("co-|op", "x-a-|b") and a letter, an optional hyphen and a letter follow it
    if word[p - 1] != "-":
        return False
    if not (_letter_at(word, p - 3) and _letter_at(word, p - 2)) and not (
            _letter_at(word, p - 4) and word[p - 3] == "-" and _letter_at(word, p - 2)):
        return False
    if not _letter_at(word, p):
        return False
    return _letter_at(word, p + 1) or (p + 1 < len(word) and word[p + 1] == "-" and _letter_at(word, p + 2))


def _word_chunks(word):
    # cut a run of non-blank text where a line may break: after hyphens inside words, and
    # around em-dashes ("--") between words
    chunks, start = [], 0
    while start < len(word):
        if start > 0 and _is_punct(word[start - 1]):
            dashes = _dash_run(word, start)
            if dashes:
                chunks.append(word[start:start + dashes])
                start += dashes
                continue
        end = start + 1
        while end < len(word):
            if end >= start + 2 and _breaks_after_hyphen(word, end):
                break
            if _is_punct(word[end - 1]) and _dash_run(word, end):
                break
            end += 1
        chunks.append(word[start:end])
        start = end
    return chunks


class TextWrapper:
    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(_BLANK_MAP)
        return text

    def _split(self, text):
        chunks = []
        for piece in _RUNS.split(text):
            if not piece:
                continue
            if self.break_on_hyphens and piece[0] not in _WHITESPACE:
                chunks.extend(_word_chunks(piece))
            else:
                chunks.append(piece)
        return chunks

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _SENTENCE_END.search(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, pending, line, line_len, width):
        # the chunk on top of `pending` is longer than a whole line
        space_left = 1 if width < 1 else width - line_len
        if self.break_long_words:
            chunk = pending[-1]
            end = space_left
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip("-"):
                    end = hyphen + 1
            line.append(chunk[:end])
            pending[-1] = chunk[end:]
        elif not line:
            line.append(pending.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        lines = []
        pending = chunks[::-1]
        while pending:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and lines and pending[-1].strip() == "":
                pending.pop()
            line, line_len = [], 0
            while pending and line_len + len(pending[-1]) <= width:
                line_len += len(pending[-1])
                line.append(pending.pop())
            if pending and len(pending[-1]) > width:
                self._handle_long_word(pending, line, line_len, width)
                line_len = sum(map(len, line))
            if self.drop_whitespace and line and line[-1].strip() == "":
                line_len -= len(line[-1])
                line.pop()
            if not line:
                continue
            rest_is_blank = not pending or (self.drop_whitespace and len(pending) == 1 and not pending[0].strip())
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or (rest_is_blank and len(lines) + 1 == self.max_lines)):
                lines.append(indent + "".join(line))
                continue
            # the last allowed line, with text left over: end it with the placeholder
            while line:
                if line[-1].strip() and line_len + len(self.placeholder) <= width:
                    lines.append(indent + "".join(line) + self.placeholder)
                    return lines
                line_len -= len(line[-1])
                line.pop()
            if lines:
                previous = lines[-1].rstrip()
                if len(previous) + len(self.placeholder) <= self.width:
                    lines[-1] = previous + self.placeholder
                    return lines
            lines.append(indent + self.placeholder.lstrip())
            return lines
        return lines

    def wrap(self, text):
        chunks = self._split(self._munge_whitespace(text))
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    return TextWrapper(width=width, max_lines=1, **kwargs).fill(" ".join(text.strip().split()))


def _leading_blank(line):
    return line[:len(line) - len(line.lstrip(" \t"))]


def dedent(text):
    lines = text.split("\n")
    margin = None
    for line in lines:
        if not line.strip(" \t"):
            continue
        lead = _leading_blank(line)
        if margin is None:
            margin = lead
        else:
            n = 0
            while n < len(margin) and n < len(lead) and margin[n] == lead[n]:
                n += 1
            margin = margin[:n]
    cut = len(margin or "")
    return "\n".join("" if not line.strip(" \t") else line[cut:] for line in lines)


def indent(text, prefix, predicate=None):
    if predicate is None:
        def predicate(line):
            return line.strip()
    return "".join(prefix + line if predicate(line) else line for line in text.splitlines(True))
