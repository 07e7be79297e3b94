# contextlib helpers
import contextlib
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("p") as t, tag("b"):
    print("content", t)
try:
    with tag("div"):
        raise ValueError("inside div")
except ValueError as e:
    print("propagated:", e)
@contextlib.contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))
with swallow():
    raise KeyError("k")
print("after swallow")
with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
with contextlib.ExitStack() as stack:
    for n in ("x", "y"):
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
    print("body of ExitStack")
with contextlib.nullcontext(5) as v:
    print("nullcontext gave", v)
class Closer:
    def close(self):
        print("closed!")
with contextlib.closing(Closer()):
    print("using closer")
