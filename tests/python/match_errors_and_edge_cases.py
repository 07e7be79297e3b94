# match statement edge cases and runtime errors
class P:
    def __init__(self, x):
        self.x = x
try:
    match P(1):
        case P(1):
            print("matched")
except TypeError as e:
    print("TypeError:", e)
class Q:
    __match_args__ = ("a",)
    def __init__(self):
        self.a = 1
try:
    match Q():
        case Q(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match 5:
        case print():
            pass
except TypeError as e:
    print("TypeError:", e)
match Q():
    case Q(a=1, missing=2):
        print("no")
    case Q(a=x):
        print("keyword pattern bound", x)
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest", rest)
match 42:
    case x:
        print("irrefutable capture", x)
match (1, 2):
    case [1, 2]:
        print("tuple matches list pattern")
match 1.0:
    case 1:
        print("1.0 matches 1")
match "":
    case "" | None:
        print("empty string")
value = 0
match value:
    case False:
        print("0 matched False?")
    case 0:
        print("0 matched 0 (False uses identity)")
