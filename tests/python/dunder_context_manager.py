# __enter__/__exit__ details
class Tracker:
    def __init__(self, swallow=()):
        self.swallow = swallow
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, et, ev, tb):
        print("exit:", et.__name__ if et else None, repr(ev), tb is not None)
        return et is not None and issubclass(et, self.swallow)
with Tracker():
    print("inside")
with Tracker(swallow=(KeyError,)):
    raise KeyError("quiet")
try:
    with Tracker(swallow=(KeyError,)):
        raise ValueError("loud")
except ValueError as e:
    print("escaped:", e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with ExitRaises():
        raise ValueError("original")
except RuntimeError as e:
    print(repr(e), "context:", repr(e.__context__))
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__ + ":", e)
