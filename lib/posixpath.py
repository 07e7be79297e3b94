# pygil's `posixpath` (os.path on POSIX): path string operations, and queries through os.stat.
import os as _os

sep = "/"
curdir = "."
pardir = ".."
extsep = "."
pathsep = ":"
defpath = "/bin:/usr/bin"
altsep = None
devnull = "/dev/null"


def _str(p):
    return _os.fspath(p)


def isabs(s):
    return _str(s).startswith("/")


def join(a, *p):
    path = _str(a)
    for b in map(_str, p):
        if b.startswith("/"):
            path = b
        elif not path or path.endswith("/"):
            path += b
        else:
            path += "/" + b
    return path


def split(p):
    p = _str(p)
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def basename(p):
    return split(p)[1]


def dirname(p):
    return split(p)[0]


def splitext(p):
    p = _str(p)
    slash = p.rfind("/")
    dot = p.rfind(".")
    if dot > slash:
        # a leading dot (".bashrc") does not start an extension
        i = slash + 1
        while i < dot and p[i] == ".":
            i += 1
        if i < dot:
            return p[:dot], p[dot:]
    return p, ""


def splitdrive(p):
    return "", _str(p)


def normpath(path):
    path = _str(path)
    if not path:
        return "."
    initial = 2 if path.startswith("//") and not path.startswith("///") else 1 if path.startswith("/") else 0
    parts = []
    for comp in path.split("/"):
        if comp in ("", "."):
            continue
        if comp != ".." or (not initial and not parts) or (parts and parts[-1] == ".."):
            parts.append(comp)
        elif parts:
            parts.pop()
    out = "/" * initial + "/".join(parts)
    return out or "."


def abspath(path):
    path = _str(path)
    if not isabs(path):
        path = join(_os.getcwd(), path)
    return normpath(path)


def realpath(path, *, strict=False):
    return abspath(path)


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    start = abspath(start if start is not None else curdir).split("/")
    target = abspath(path).split("/")
    start = [x for x in start if x]
    target = [x for x in target if x]
    i = 0
    while i < min(len(start), len(target)) and start[i] == target[i]:
        i += 1
    rel = [pardir] * (len(start) - i) + target[i:]
    return join(*rel) if rel else curdir


def commonprefix(m):
    if not m:
        return ""
    s1, s2 = min(m), max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def expanduser(path):
    path = _str(path)
    if path == "~" or path.startswith("~/"):
        return _os.environ.get("HOME", "/root") + path[1:]
    return path


def exists(path):
    try:
        _os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    try:
        _os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def isfile(path):
    try:
        return _os.stat(path).st_mode & 0o170000 == 0o100000
    except (OSError, ValueError):
        return False


def isdir(path):
    try:
        return _os.stat(path).st_mode & 0o170000 == 0o040000
    except (OSError, ValueError):
        return False


def islink(path):
    try:
        return _os.lstat(path).st_mode & 0o170000 == 0o120000
    except (OSError, ValueError):
        return False


def getsize(path):
    return _os.stat(path).st_size


def getmtime(path):
    return _os.stat(path).st_mtime
