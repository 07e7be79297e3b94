# __import__ builtin
m = __import__("math")
print(m.sqrt(16), m.__name__)
os_path = __import__("os.path")
print(os_path.__name__)
sub = __import__("os.path", fromlist=["join"])
print(sub.__name__, sub.join("a", "b"))
c = __import__("collections", globals(), locals(), ["OrderedDict"], 0)
print(c.OrderedDict.__name__)
try:
    __import__("no_such_module_abc")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
import importlib
j = importlib.import_module("mod_helper_counter")
print(j.bump(), j.__name__)
