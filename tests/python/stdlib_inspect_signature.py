# inspect.signature, Signature and Parameter: kinds, defaults, annotations, methods, classes, wraps
import inspect, functools
from inspect import Parameter, Signature, signature
def sample(a, b=2, /, c=3, *args, d, e=5, **kw) -> int:
    yield a
def ann(x: int, y: "str" = "q", *, z: list[int] = None, w: float) -> None: pass
def kwo(a, *, b): pass
def po(a, /): pass
class K:
    def __init__(self, x, y=1): pass
    def m(self, q, *r): pass
    @classmethod
    def cm(cls, z): pass
    @staticmethod
    def sm(u): pass
    def __call__(self, v, w=2): pass
class N:
    def __new__(cls, n): return object.__new__(cls)
def deco(f):
    @functools.wraps(f)
    def inner(*a, **k): return f(*a, **k)
    return inner
@deco
def wrapped(p, q=(1, 2)): pass
for f in (sample, ann, kwo, po, K, K.m, K(1).m, K.cm, K.sm, K(1), N, wrapped, lambda *, k=1: 0, lambda: 0):
    s = signature(f)
    print(s, repr(s), [(p.name, str(p.kind), p.kind.description) for p in s.parameters.values()])
s = signature(ann)
print(s.return_annotation, s.parameters["x"], repr(s.parameters["y"]), s.parameters["x"].annotation, s.parameters["y"].default)
print(s.parameters["z"].default is None, Parameter.empty, s.parameters["w"].default is Parameter.empty, signature(kwo) == signature(kwo), signature(kwo) == signature(po))
print(Parameter.KEYWORD_ONLY, repr(Parameter.VAR_KEYWORD), Parameter.POSITIONAL_ONLY < Parameter.KEYWORD_ONLY, int(Parameter.VAR_POSITIONAL))
print(Signature([Parameter("a", Parameter.POSITIONAL_ONLY), Parameter("b", Parameter.KEYWORD_ONLY, default=3)], return_annotation=int))
print(signature(sample).replace(return_annotation=Signature.empty), Signature.from_callable(po), Signature())
for bad in (lambda: signature(3), lambda: Parameter("a b", Parameter.KEYWORD_ONLY), lambda: Parameter("a", 9),
            lambda: Signature([Parameter("a", Parameter.KEYWORD_ONLY), Parameter("b", Parameter.POSITIONAL_ONLY)]),
            lambda: Signature([Parameter("a", Parameter.POSITIONAL_ONLY, default=1), Parameter("b", Parameter.POSITIONAL_ONLY)]),
            lambda: Signature([Parameter("a", Parameter.POSITIONAL_ONLY), Parameter("a", Parameter.KEYWORD_ONLY)]),
            lambda: Parameter("a", Parameter.VAR_POSITIONAL, default=1)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# Signature.bind / bind_partial and BoundArguments
from inspect import signature
def f(a, b=2, /, c=3, *args, d, e=5, **kw): pass
def g(x, y, *, z=0): pass
def h(p, /, **kw): pass
s = signature(f)
for args, kwargs in [((1,), {"d": 4}), ((1, 2, 3, 4, 5), {"d": 0, "q": 9}), ((1,), {"c": 7, "d": 1, "e": 2}), ((), {"d": 1})]:
    try:
        ba = s.bind(*args, **kwargs)
        print(ba, ba.args, ba.kwargs)
        ba.apply_defaults(); print(ba, ba.args, ba.kwargs)
    except TypeError as ex:
        print("TypeError", ex)
sg = signature(g)
for args, kwargs in [((1, 2), {}), ((1,), {"y": 2, "z": 3}), ((1, 2, 3), {}), ((1,), {"x": 1, "y": 2}), ((1, 2), {"w": 1}), ((), {})]:
    try:
        print(sg.bind(*args, **kwargs))
    except TypeError as ex:
        print("TypeError", ex)
print(sg.bind_partial(1), sg.bind_partial(z=2), sg.bind_partial(1).args, sg.bind_partial(y=2).kwargs, signature(h).bind(1, p=2))
try:
    signature(lambda p, /: 0).bind(p=1)
except TypeError as ex:
    print("TypeError", ex)
print(sg.bind(1, 2) == sg.bind(1, y=2), sg.bind(1, 2).signature is sg, sg.bind(1, 2).arguments)
p = signature(g).parameters["z"]
print(p.replace(default=None), p.replace(annotation=None), p.replace(name="zz", default=Parameter.empty), signature(g).replace(return_annotation=None))
print(list(Parameter.KEYWORD_ONLY.__class__), Parameter.KEYWORD_ONLY.name, Parameter.VAR_KEYWORD.value, Parameter.POSITIONAL_ONLY == 0)
