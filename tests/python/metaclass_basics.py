# metaclasses: __new__, __init__, __call__, __prepare__
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("__prepare__", name)
        return {"injected": 42}
    def __new__(mcs, name, bases, ns, **kw):
        print("__new__", name, sorted(k for k in ns if not k.startswith("__")))
        ns["added_by_meta"] = True
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args):
        print("__call__", cls.__name__, args)
        return super().__call__(*args)
class Model(metaclass=Meta):
    x = 1
    def __init__(self, v):
        self.v = v
m = Model(5)
print(m.v, Model.injected, Model.added_by_meta, type(Model).__name__)
class Child(Model):
    pass
print(type(Child) is Meta, isinstance(Child, Meta), isinstance(Model, type))
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class One(metaclass=Singleton):
    pass
print(One() is One())
print(type(type), type(int), type(Meta))
