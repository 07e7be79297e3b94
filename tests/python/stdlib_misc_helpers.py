# copy, heapq, bisect, textwrap, string, inspect, traceback, contextlib, dataclasses together
import copy, heapq, bisect, textwrap, string, inspect, traceback, contextlib, dataclasses

nested = {"a": [1, [2, 3]], "b": (4, [5])}
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested["a"][1].append(99)
print(shallow["a"][1], deep["a"][1], shallow["b"] is nested["b"], deep["b"] is nested["b"])

heap = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(heap, v)
print([heapq.heappop(heap) for _ in range(3)], heapq.nlargest(2, [5, 1, 8, 3]), heapq.nsmallest(2, "hello"))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6])))
scores = [10, 20, 30, 40]
print(bisect.bisect_left(scores, 20), bisect.bisect_right(scores, 20), bisect.bisect(scores, 35))
bisect.insort(scores, 25)
print(scores)

para = "The quick brown fox jumps over the lazy dog and keeps running far away."
print(textwrap.wrap(para, 20))
print(textwrap.fill(para, 30, initial_indent="- ", subsequent_indent="  "))
print(repr(textwrap.dedent("    a\n      b\n    c")), textwrap.shorten(para, 30))
print(string.ascii_letters[:5], string.digits, string.capwords("hello big world"))
print(string.Template("$who likes ${what}").substitute(who="Ada", what="math"))

def sample(a, b=2, *args, c, **kw):
    yield a

print(inspect.signature(sample), inspect.isgeneratorfunction(sample), inspect.isfunction(sample))
gen = sample(1, c=3)
print(inspect.getgeneratorstate(gen), next(gen), inspect.getgeneratorstate(gen))

def fail():
    return 1 / 0

try:
    fail()
except ZeroDivisionError as e:
    print(traceback.format_exception_only(type(e), e))
    print([(fs.name, fs.line) for fs in traceback.extract_tb(e.__traceback__)])
    print(traceback.format_exc().splitlines()[-1])

@contextlib.contextmanager
def tag(name):
    print("<" + name + ">")
    yield name
    print("</" + name + ">")

with tag("b") as t, contextlib.suppress(KeyError):
    print("inside", t)
    {}["missing"]

@dataclasses.dataclass(order=True)
class Item:
    price: float
    name: str = dataclasses.field(compare=False, default="?")

items = sorted([Item(3.5, "tea"), Item(1.25, "gum")])
print(items, dataclasses.asdict(items[0]), dataclasses.replace(items[0], price=2))
