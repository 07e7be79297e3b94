# __init_subclass__ and __class_getitem__
class Plugin:
    registry = {}
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        cls.key = key or cls.__name__.lower()
        Plugin.registry[cls.key] = cls
        print("registered", cls.__name__, "as", cls.key)
class CSV(Plugin, key="csv"):
    pass
class Json(Plugin):
    pass
class Sub(CSV, key="sub"):
    pass
print(sorted(Plugin.registry), Sub.key)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"
print(Box[int], Box["x"])
print(list[int], dict[str, list[int]], tuple[int, ...])
print(list[int]([1, 2]), type(list[int]).__name__)
try:
    int[str]
except TypeError as e:
    print("TypeError:", e)
