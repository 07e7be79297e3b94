// types.GenericAlias: what `list[int]`, `dict[str, int]`, `set[T]` return (PEP 585). Calls and
// most attributes go to the origin class; subclassing uses __mro_entries__.

import { PyObj, PyType, PyTuple, None, NotImplemented, Ellipsis, builtinType, Gen, typeOf, tuple } from "./core.ts";
import { defMethod, defNew } from "./function.ts";
import { typeError, attributeError, PyBaseException, AttributeError, TypeError } from "./exceptions.ts";
import { genericGetattr, getattr, setattr } from "./attr.ts";
import { callv } from "./call.ts";
import { repr } from "./repr.ts";
import { eq, pyHash } from "./ops.ts";
import { isSubtype } from "./core.ts";

export const genericAliasType = builtinType("GenericAlias");
genericAliasType.module = "types";

export class PyGenericAlias extends PyObj {
  origin: any;
  args: PyTuple;
  constructor(origin: any, args: any) {
    super(genericAliasType);
    this.origin = origin;
    this.args = args instanceof PyTuple ? args : tuple([args]);
  }
}
/** T[args] for builtin generic classes (their __class_getitem__). */
export function genericAlias(origin: any, args: any): PyGenericAlias { return new PyGenericAlias(origin, args); }

function check(self: any): PyGenericAlias {
  if (!(self instanceof PyGenericAlias)) throw typeError(`descriptor for 'types.GenericAlias' objects doesn't apply to a '${typeOf(self).name}' object`);
  return self;
}
/** ga_repr_item: classes by (qualified) name, Ellipsis as "...", the rest by repr(). */
function* reprItem(x: any): Gen<string> {
  if (x === Ellipsis) return "...";
  if (x instanceof PyGenericAlias) return yield* gaRepr(x);
  if (x instanceof PyType) return x.module === "builtins" ? x.qualname : `${x.module}.${x.qualname}`;
  return yield* repr(x);
}
function* gaRepr(g: PyGenericAlias): Gen<string> {
  const parts: string[] = [];
  for (const a of g.args.items) {
    if (a instanceof PyObj && a.$cls.isBuiltin && Array.isArray((a as any).items) && !(a instanceof PyTuple)) {
      // a list of types (ParamSpec-style arguments)
      const inner: string[] = [];
      for (const y of (a as any).items) inner.push(yield* reprItem(y));
      parts.push("[" + inner.join(", ") + "]");
    } else parts.push(yield* reprItem(a));
  }
  return `${yield* reprItem(g.origin)}[${parts.length ? parts.join(", ") : "()"}]`;
}

const G = genericAliasType;
/** Attributes the alias answers itself; everything else is looked up on the origin. */
const OWN = new Set(["__class__", "__origin__", "__args__", "__parameters__", "__mro_entries__", "__reduce_ex__",
  "__reduce__", "__copy__", "__deepcopy__", "__unpacked__", "__typing_unpacked_tuple_args__"]);
defNew(G, ["origin", "args"], (cls, origin, args) => new PyGenericAlias(origin, args));
defMethod(G, "__getattribute__", ["name"], function* (self, name) {
  const g = check(self);
  if (typeof name !== "string") throw typeError(`attribute name must be string, not '${typeOf(name).name}'`);
  switch (name) {
    case "__origin__": return g.origin;
    case "__args__": return g.args;
    case "__parameters__": return tuple([]);
    case "__unpacked__": return false;
  }
  if (!OWN.has(name) && !(name in G.ns && name.startsWith("__"))) return yield* getattr(g.origin, name);
  return yield* genericGetattr(g, name);
});
G.customGetattribute = true;
defMethod(G, "__repr__", [], function* (self) { return yield* gaRepr(check(self)); });
defMethod(G, "__call__", ["*args", "**kw"], function* (self, args: any[], kw: any) {
  const g = check(self);
  const kwn = kw ? Object.keys(kw) : null;
  const r = yield* callv(g.origin, args, kwn, kwn ? kwn.map((k) => kw[k]) : null);
  try {
    yield* setattr(r, "__orig_class__", g);
  } catch (e) {
    if (!(e instanceof PyBaseException && (isSubtype(e.$cls, AttributeError) || isSubtype(e.$cls, TypeError)))) throw e;
  }
  return r;
});
defMethod(G, "__mro_entries__", ["bases"], (self) => tuple([check(self).origin]));
defMethod(G, "__eq__", ["other"], function* (self, o) {
  const g = check(self);
  if (!(o instanceof PyGenericAlias)) return NotImplemented;
  if (!(yield* eq(g.origin, o.origin))) return false;
  return yield* eq(g.args, o.args);
});
defMethod(G, "__ne__", ["other"], function* (self, o) {
  const g = check(self);
  if (!(o instanceof PyGenericAlias)) return NotImplemented;
  return !((yield* eq(g.origin, o.origin)) && (yield* eq(g.args, o.args)));
});
defMethod(G, "__hash__", [], function* (self) {
  const g = check(self);
  const a = yield* pyHash(g.origin), b = yield* pyHash(g.args);
  return typeof a === "number" && typeof b === "number" ? (a ^ b) : Number(BigInt(a) ^ BigInt(b));
});
defMethod(G, "__instancecheck__", ["obj"], () => { throw typeError("isinstance() argument 2 cannot be a parameterized generic"); });
defMethod(G, "__subclasscheck__", ["cls"], () => { throw typeError("issubclass() argument 2 cannot be a parameterized generic"); });
defMethod(G, "__getitem__", ["item"], function* (self) {
  throw typeError(`${yield* gaRepr(check(self))} is not a generic class`);
});
defMethod(G, "__reduce__", [], (self) => tuple([genericAliasType, tuple([check(self).origin, self.args])]));

export { None, attributeError };
