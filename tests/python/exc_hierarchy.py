# builtin exception hierarchy
for cls in [BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError,
            LookupError, KeyError, IndexError, ValueError, UnicodeDecodeError, TypeError,
            NameError, UnboundLocalError, AttributeError, OSError, FileNotFoundError,
            ImportError, ModuleNotFoundError, RuntimeError, RecursionError, NotImplementedError,
            StopIteration, StopAsyncIteration, GeneratorExit, KeyboardInterrupt, SystemExit,
            AssertionError, SyntaxError, IndentationError, TabError, EOFError, BufferError,
            MemoryError, Warning, DeprecationWarning, UserWarning, ExceptionGroup]:
    print(cls.__name__, "->", [c.__name__ for c in cls.__mro__[1:]])
print(IOError is OSError, EnvironmentError is OSError)
print(issubclass(KeyError, LookupError), issubclass(SystemExit, Exception), issubclass(GeneratorExit, Exception))
print(issubclass(PermissionError, OSError), issubclass(ConnectionResetError, ConnectionError))
