# pygil's `contextlib`: contextmanager, suppress, closing, nullcontext, redirect_stdout/stderr,
# ExitStack and AbstractContextManager.
import sys


class AbstractContextManager:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


class ContextDecorator:
    def __call__(self, func):
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        inner.__name__ = getattr(func, "__name__", "inner")
        inner.__wrapped__ = func
        return inner

    def _recreate_cm(self):
        return self


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        self.__doc__ = getattr(func, "__doc__", None)

    def _recreate_cm(self):
        return self.__class__(self.func, self.args, self.kwds)

    def __enter__(self):
        del self.args, self.kwds
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, tb):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(typ, value, tb)
        except StopIteration as exc:
            # the generator swallowed the exception: suppress it (unless it was StopIteration itself)
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                exc.__traceback__ = tb
                return False
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                value.__traceback__ = tb
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            exc.__traceback__ = tb
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    helper.__name__ = getattr(func, "__name__", "helper")
    helper.__qualname__ = getattr(func, "__qualname__", "helper")
    helper.__doc__ = getattr(func, "__doc__", None)
    helper.__wrapped__ = func
    return helper


class suppress(AbstractContextManager):
    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class closing(AbstractContextManager):
    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class nullcontext(AbstractContextManager):
    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class _RedirectStream(AbstractContextManager):
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    _stream = "stderr"


class ExitStack(AbstractContextManager):
    def __init__(self):
        self._callbacks = []

    def push(self, exit):
        cb = getattr(type(exit), "__exit__", None)
        self._callbacks.append((exit, cb) if cb is not None else (None, exit))
        return exit

    def enter_context(self, cm):
        cls = type(cm)
        result = cls.__enter__(cm)
        self._callbacks.append((cm, cls.__exit__))
        return result

    def callback(self, callback, /, *args, **kwds):
        def run(exc_type, exc, tb):
            callback(*args, **kwds)
        self._callbacks.append((None, run))
        return callback

    def pop_all(self):
        new = type(self)()
        new._callbacks, self._callbacks = self._callbacks, []
        return new

    def close(self):
        self.__exit__(None, None, None)

    def __exit__(self, *exc_details):
        received = exc_details[0] is not None
        suppressed = False
        pending = False
        while self._callbacks:
            obj, cb = self._callbacks.pop()
            try:
                res = cb(obj, *exc_details) if obj is not None else cb(*exc_details)
                if res:
                    suppressed = True
                    pending = False
                    exc_details = (None, None, None)
            except BaseException as e:
                if exc_details[1] is not None and e is not exc_details[1]:
                    e.__context__ = exc_details[1]
                pending = True
                exc_details = (type(e), e, e.__traceback__)
        if pending:
            raise exc_details[1]
        return received and suppressed
