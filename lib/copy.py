# pygil's `copy`: shallow and deep copies. Builtin containers are copied directly; other
# objects through __copy__/__deepcopy__, else by making an instance of the same class
# without calling __init__ and copying its attribute dict.


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, complex, str, bytes, type, range, type(len),
           type(Ellipsis), type(NotImplemented), frozenset)


def copy(x):
    cls = type(x)
    if isinstance(x, _ATOMIC) and cls in _ATOMIC or callable(x) and hasattr(x, "__code__"):
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    if cls is tuple:
        return x
    if cls is bytearray:
        return bytearray(x)
    hook = getattr(cls, "__copy__", None)
    if hook is not None:
        return hook(x)
    return _rebuild(x, lambda v: v)


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    key = id(x)
    found = memo.get(key, _nil)
    if found is not _nil:
        return found
    cls = type(x)
    if cls in _ATOMIC or callable(x) and hasattr(x, "__code__"):
        return x
    if cls is list:
        y = []
        memo[key] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[key] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        if key in memo:
            return memo[key]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is set:
        y = {deepcopy(item, memo) for item in x}
    elif cls is bytearray:
        y = bytearray(x)
    else:
        hook = getattr(x, "__deepcopy__", None)
        if hook is not None:
            y = hook(memo)
        else:
            y = _rebuild(x, lambda v: deepcopy(v, memo), memo, key)
    memo[key] = y
    _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # the memo maps ids: keep the originals alive so their ids are not reused meanwhile
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _rebuild(x, convert, memo=None, key=None):
    cls = type(x)
    if isinstance(x, (list, dict, set)):
        y = cls.__new__(cls)
        if memo is not None:
            memo[key] = y
        if isinstance(x, list):
            y.extend(convert(v) for v in x)
        elif isinstance(x, dict):
            for k, v in x.items():
                y[convert(k)] = convert(v)
        else:
            y.update(convert(v) for v in x)
    else:
        y = cls.__new__(cls)
        if memo is not None:
            memo[key] = y
    state = getattr(x, "__dict__", None)
    if state:
        state = convert(state) if memo is not None else dict(state)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            y.__dict__.update(state)
    for klass in cls.__mro__:
        for slot in klass.__dict__.get("__slots__", ()):
            if isinstance(slot, str) and slot not in ("__dict__", "__weakref__") and hasattr(x, slot):
                setattr(y, slot, convert(getattr(x, slot)))
    return y
