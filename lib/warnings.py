# pygil's `warnings`: warn() with the default filters (each warning shown once per location,
# DeprecationWarning only for code in __main__), simplefilter/filterwarnings, catch_warnings.
import sys
import _warnings
import _traceback

filters = []
_seen = set()
_ACTIONS = ("default", "error", "ignore", "always", "module", "once")


def _action_for(category, module):
    for action, cat, mod in filters:
        if issubclass(category, cat) and (mod is None or mod == module):
            return action
    if issubclass(category, (DeprecationWarning, PendingDeprecationWarning, ImportWarning, ResourceWarning)):
        return "default" if issubclass(category, DeprecationWarning) and module == "__main__" else "ignore"
    return "default"


def formatwarning(message, category, filename, lineno, line=None):
    s = f"{filename}:{lineno}: {category.__name__}: {message}\n"
    if line is None:
        line = _traceback.source_line(filename, lineno)
    if line and line.strip():
        s += f"  {line.strip()}\n"
    return s


def showwarning(message, category, filename, lineno, file=None, line=None):
    (file or sys.stderr).write(formatwarning(message, category, filename, lineno, line))


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = type(message)
    if category is None:
        category = UserWarning
    caller = _warnings._caller()
    filename, lineno, g = caller if caller is not None else ("sys", 1, None)
    module = g.get("__name__", "__main__") if g is not None else "__main__"
    action = _action_for(category, module)
    if action == "ignore":
        return
    if action == "error":
        raise message if isinstance(message, Warning) else category(message)
    key = (str(message), category, filename if action != "once" else None, lineno if action in ("default", "always") else None)
    if action != "always":
        if key in _seen:
            return
        _seen.add(key)
    showwarning(message, category, filename, lineno)


def simplefilter(action, category=Warning, lineno=0, append=False):
    if action not in _ACTIONS:
        raise ValueError(f"invalid action: {action!r}")
    entry = (action, category, None)
    filters.insert(len(filters) if append else 0, entry)


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    simplefilter(action, category, lineno, append)


def resetwarnings():
    filters.clear()


class catch_warnings:
    def __init__(self, *, record=False, action=None, category=Warning):
        self._record = record
        self._action = action
        self._category = category

    def __enter__(self):
        global showwarning
        self._saved = (filters[:], set(_seen), showwarning)
        if self._action:
            simplefilter(self._action, self._category)
        if self._record:
            log = []
            def record(message, category, filename, lineno, file=None, line=None):
                log.append(WarningMessage(message, category, filename, lineno))
            showwarning = record
            return log
        return None

    def __exit__(self, *exc):
        global showwarning
        saved_filters, saved_seen, showwarning = self._saved
        filters[:] = saved_filters
        _seen.clear()
        _seen.update(saved_seen)


class WarningMessage:
    def __init__(self, message, category, filename, lineno):
        self.message = message if isinstance(message, Warning) else category(message)
        self.category, self.filename, self.lineno = category, filename, lineno

    def __str__(self):
        return f"{{message : {self.message!r}, category : {self.category.__name__!r}, filename : {self.filename!r}, lineno : {self.lineno}}}"
