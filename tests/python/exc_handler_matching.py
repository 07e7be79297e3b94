# which handler catches what
def test(exc):
    try:
        raise exc
    except ZeroDivisionError:
        return "ZeroDivisionError handler"
    except ArithmeticError:
        return "ArithmeticError handler"
    except (KeyError, IndexError) as e:
        return f"lookup handler for {type(e).__name__}"
    except LookupError:
        return "LookupError handler"
    except Exception as e:
        return f"generic handler for {type(e).__name__}"
for exc in [ZeroDivisionError, OverflowError, KeyError("k"), IndexError, LookupError,
            ValueError, UnicodeError, RecursionError]:
    print(test(exc))
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("not here")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
handlers = (TypeError, ValueError)
try:
    int("z")
except handlers as e:
    print("tuple variable handler:", type(e).__name__)
try:
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
class NotExc:
    pass
try:
    raise NotExc
except TypeError as e:
    print("TypeError:", e)
