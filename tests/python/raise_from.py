# raise ... from ...
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("bad config") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
    print(e.__context__ is e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("no context") from None
except RuntimeError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
try:
    raise TypeError("t") from ValueError("cause")
except TypeError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise KeyError from IndexError
except KeyError as e:
    print(repr(e), repr(e.__cause__))
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError:", e)
