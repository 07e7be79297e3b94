# custom exceptions with args and __str__
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, what, code=404):
        super().__init__(what, code)
        self.what = what
        self.code = code
    def __str__(self):
        return f"{self.what} not found (code {self.code})"
class Plain(Exception):
    def __init__(self, msg):
        self.msg = msg
try:
    raise NotFound("page")
except AppError as e:
    print(type(e).__name__, e, repr(e), e.args, e.code)
e = AppError("a", 1)
print(str(e), repr(e), e.args)
print(str(AppError()), repr(AppError()), str(AppError("only")), repr(AppError("only")))
p = Plain("m")
print(repr(p), str(p), p.args, p.msg)
try:
    raise NotFound
except TypeError as te:
    print("TypeError:", te)
try:
    raise AppError
except AppError as ae:
    print("raised class gets instantiated:", repr(ae))
class WithAttrs(ValueError):
    extra = "class attr"
w = WithAttrs("x")
w.note = "n"
print(w.extra, w.note, isinstance(w, ValueError))
e = Exception("a")
e.args = ("changed", 2)
print(e, repr(e))
