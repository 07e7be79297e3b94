# try / except / else / finally ordering
def run(action):
    log = []
    try:
        log.append("try")
        if action == "raise":
            raise ValueError("v")
        if action == "type":
            raise TypeError("t")
    except ValueError as e:
        log.append(f"except ValueError {e}")
    except (TypeError, KeyError) as e:
        log.append(f"except tuple {type(e).__name__}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
for a in ("ok", "raise", "type"):
    print(a, run(a))
try:
    try:
        raise KeyError("k")
    finally:
        print("inner finally runs")
except KeyError as e:
    print("outer caught", repr(e))
try:
    raise IndexError("idx")
except Exception as e:
    print("generic", type(e).__name__)
e = "before"
try:
    raise ValueError
except ValueError as e:
    pass
print("e deleted:", "e" not in dir())
