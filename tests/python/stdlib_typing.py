# typing: alias printing, origins and arguments, unions, generics with substitution, NamedTuple, hints
import typing
from typing import (Any, Callable, ClassVar, Dict, FrozenSet, Generic, Iterable, Iterator, List, Mapping,
                    NamedTuple, Optional, Sequence, Set, Tuple, Type, TypeVar, Union, cast, get_args,
                    get_origin, get_type_hints, overload, NoReturn, Deque, DefaultDict)
T = TypeVar("T")
K = TypeVar("K")
V_co = TypeVar("V_co", covariant=True)
N = TypeVar("N", int, float)
B = TypeVar("B", bound=str)
print(T, V_co, TypeVar("C", contravariant=True), N.__constraints__, B.__bound__, T.__name__)
print(List, Dict, Tuple[()], Tuple[int, str], Set[int], FrozenSet[str], Type[int], Deque[int], DefaultDict[str, int])
print(Callable[..., int], Callable[[], None], Callable[[int, str], List[int]], Iterable[int], Iterator[str], Sequence[int], Mapping[str, Any])
print(Optional[List[int]], Union[int], Union[int, None], Union[None, int], Union[int, Union[str, float]], Union[int, str, int])
print(Union[int, str] == Union[str, int], Optional[int] == Union[int, None], List[int] == List[int], List[int] == List[str])
print(get_origin(Dict[str, int]), get_origin(Union[int, str]), get_origin(Callable[[int], str]), get_origin(int), get_origin(List), get_origin(list[int]))
print(get_args(Union[int, str]), get_args(Callable[[int], str]), get_args(Callable[..., str]), get_args(int), get_args(Tuple[int, ...]), get_args(dict[str, int]))
print(List[T], Dict[K, T][str, int], List[T].__parameters__, Dict[K, List[T]].__parameters__, Dict[K, List[T]][int, str])
print(isinstance([], List), isinstance({}, Mapping), isinstance([], Sequence), isinstance((), Iterable), issubclass(dict, Mapping), Dict.__name__ if hasattr(Dict, "__name__") else 0)
print(Any, ClassVar[int], NoReturn, Optional, Union, typing.Final[int], cast(int, "x"), typing.Text, typing.AnyStr)

class Stack(Generic[T]):
    def __init__(self):
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()

s = Stack[int]()
s.push(3)
print(s.pop(), Stack.__parameters__, Stack[int], Stack[str] == Stack[str], s.__orig_class__, Stack.__mro__[1:])
class Pair(Generic[K, T]):
    pass
class IntPair(Pair[int, T]):
    pass
print(Pair[str, int], IntPair.__parameters__, IntPair[str], Pair.__orig_bases__ if hasattr(Pair, "__orig_bases__") else None)
class MyList(List[int]):
    pass
print(MyList.__mro__[1], MyList([1, 2]))

class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: float = 0.0
    def label(self) -> str:
        return f"{self.name}/{self.dept}"
e = Employee("ann", salary=3.5)
print(e, e.label(), Employee._fields, Employee._field_defaults, Employee.__annotations__, isinstance(e, tuple))
Pt = NamedTuple("Pt", [("x", int), ("y", int)])
print(Pt(1, 2), Pt.__annotations__, Pt._fields)

class Config:
    debug: bool
    name: "str" = "x"
    limit: Optional[int] = None
class Sub(Config):
    extra: List["Config"]
def func(a: "int", b: Optional[str] = None, *args: int, **kw: "float") -> "List[int]":
    pass
print(get_type_hints(func), get_type_hints(Config), get_type_hints(Sub), get_type_hints(lambda: 0))

@overload
def ov(x: int) -> int: ...
@overload
def ov(x: str) -> str: ...
def ov(x):
    return x
print(ov(5))
for bad in (lambda: isinstance(3, Any), lambda: isinstance([], List[int]), lambda: Union[()], lambda: Dict[int],
            lambda: List[int, str], lambda: Callable[int, str], lambda: Generic[int], lambda: Stack[int, str],
            lambda: TypeVar("X", int), lambda: Union(), lambda: Optional[int, str], lambda: Any()):
    try:
        print(bad())
    except TypeError as ex:
        print("TypeError", ex)
try:
    class BadNT(NamedTuple):
        a: int = 1
        b: int
except TypeError as ex:
    print("TypeError", ex)
print(List[None], Union[int, str, None], Tuple[None], Callable[[None], None])
for b in (lambda: Optional[int, str], lambda: Any(), lambda: Deque(), lambda: Tuple(), lambda: Type(), lambda: List(), lambda: ClassVar[int, str]):
    try:
        print(b())
    except TypeError as e:
        print('TypeError', e)
