# formatting tracebacks without exiting
import traceback
def level3():
    raise ValueError("deep problem")
def level2():
    level3()
def level1():
    level2()
try:
    level1()
except ValueError as e:
    lines = traceback.format_exception_only(type(e), e)
    print(lines)
    tb = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.lineno) for f in tb])
    print(len(traceback.format_tb(e.__traceback__)))
print(traceback.format_exception_only(KeyError, KeyError("k")))
print(traceback.format_exception_only(SyntaxError, SyntaxError("bad")))
class MyErr(Exception):
    pass
print(traceback.format_exception_only(MyErr, MyErr()))
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except ExceptionGroup as g:
    print(traceback.format_exception_only(type(g), g))
e = ValueError("with note")
e.add_note("note one")
e.add_note("note two")
print(e.__notes__)
print(traceback.format_exception_only(type(e), e))
