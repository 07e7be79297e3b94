// tuple: methods, iterator, repr, hashing hook.

import { PyObj, PyTuple, PySlice, NEED, STOP, None, NotImplemented, tupleType, builtinType, Gen, typeOf, EMPTY_TUPLE, isSubtype, Ns } from "./core.ts";
import { defMethod, defMethod2, defNew } from "./function.ts";
import { indexError, valueError, typeError } from "./exceptions.ts";
import { eq, eqS, toArray, compare, index, indexS, arrRepeat, pyHash, EQ, NE, LT, LE, GT, GE } from "./ops.ts";
import { sliceArray, seqIndex } from "./slice.ts";
import { repr, reprHooks } from "./repr.ts";
import { indexOf, stopIter, indexOrNeed } from "./list.ts";
import { setMkTuple2 } from "./dict.ts";
import { genericAlias } from "./generic_alias.ts";

export const tupleIterType = builtinType("tuple_iterator");
export class PyTupleIter extends PyObj {
  a: any[]; i = 0;
  constructor(a: any[]) { super(tupleIterType); this.a = a; }
  nx(): any { const a = this.a; return this.i < a.length ? a[this.i++] : STOP; }
}
defMethod(tupleIterType, "__iter__", [], (self) => self);
defMethod(tupleIterType, "__next__", [], (self) => { const r = self.nx(); if (r === STOP) throw stopIter(); return r; });

setMkTuple2((a, b) => new PyTuple([a, b]));

function* tupleRepr(t: PyTuple): Gen<string> {
  if (t.items.length === 1) return "(" + (yield* repr(t.items[0])) + ",)";
  const parts: string[] = [];
  for (const x of t.items) parts.push(yield* repr(x));
  return "(" + parts.join(", ") + ")";
}
reprHooks.set(tupleType, tupleRepr as any);

export function tupleGetItemS(t: PyTuple, k: any): any {
  if (typeof k === "number") {
    const a = t.items;
    const i = k < 0 ? k + a.length : k;
    if (i < 0 || i >= a.length) throw indexError("tuple index out of range");
    return a[i];
  }
  if (k instanceof PySlice) {
    const r = sliceArray(t.items, k);
    // t[:] is t itself (tuples are immutable); any other slice is a new tuple
    const whole = r.length === t.items.length && (k.step === None || k.step === 1) && t.$cls === tupleType;
    return whole ? t : (r.length ? new PyTuple(r) : EMPTY_TUPLE);
  }
  const i = indexOrNeed(k, "tuple");
  if (i === NEED) return NEED;
  return t.items[seqIndex(i, t.items.length, "tuple")];
}

const T = tupleType;
function check(self: any): PyTuple {
  if (!(self instanceof PyTuple)) throw typeError(`descriptor for 'tuple' objects doesn't apply to a '${typeOf(self).name}' object`);
  return self;
}
defMethod(T, "__len__", [], (self) => check(self).items.length);
defMethod2(T, "__getitem__", ["k"], (self, k) => tupleGetItemS(check(self), k), function* (self, k) {
  return self.items[seqIndex(yield* index(k), self.items.length, "tuple")];
});
defMethod(T, "__iter__", [], (self) => new PyTupleIter(check(self).items));
defMethod(T, "__contains__", ["x"], function* (self, x) { return (yield* indexOf(check(self).items, x)) >= 0; });
defMethod(T, "index", ["x", "start?", "stop?"], function* (self, x, start, stop) {
  const a = check(self).items;
  const norm = (v: any, d: number) => {
    if (v === undefined) return d;
    let n = Number(indexS(v));
    if (n < 0) { n += a.length; if (n < 0) n = 0; }
    return n;
  };
  const i = yield* indexOf(a, x, norm(start, 0), norm(stop, a.length));
  if (i < 0) throw valueError("tuple.index(x): x not in tuple");
  return i;
});
defMethod(T, "count", ["x"], function* (self, x) {
  let n = 0;
  for (const y of check(self).items) if (y === x || eqS(y, x) === true || (eqS(y, x) === NEED && (yield* eq(y, x)))) n++;
  return n;
});
defMethod(T, "__add__", ["other"], (self, o) => {
  // NotImplemented lets the right operand's __radd__ run; ops.binop reports CPython's message
  if (!(o instanceof PyTuple)) return NotImplemented;
  return new PyTuple(self.items.concat(o.items));
});
defMethod2(T, "__mul__", ["n"], (self, n) => {
  // a non-integer operand: NotImplemented, so the binary op reports "can't multiply sequence..."
  if (typeof n !== "number" && typeof n !== "bigint" && typeof n !== "boolean" && (typeof n !== "object" || typeOf(n).lookup("__index__") === undefined)) return NotImplemented;
  const k = indexS(n);
  if (k === NEED) return NEED;
  return new PyTuple(arrRepeat(self.items, k));
}, function* (self, n) { return new PyTuple(arrRepeat(self.items, yield* index(n))); });
T.ns.__rmul__ = T.ns.__mul__;
defMethod(T, "__hash__", [], function* (self) { return yield* pyHash(new PyTuple(check(self).items)); });
for (const [name, op] of [["__eq__", EQ], ["__ne__", NE], ["__lt__", LT], ["__le__", LE], ["__gt__", GT], ["__ge__", GE]] as const) {
  defMethod(T, name, ["other"], function* (self, o) {
    if (!(o instanceof PyTuple)) return NotImplemented;
    return yield* compare(new PyTuple(self.items), new PyTuple(o.items), op);
  });
}
defMethod(T, "__repr__", [], function* (self) { return yield* tupleRepr(self); });
defNew(T, ["iterable?"], function* (cls, it) {
  const items = it === undefined ? [] : yield* toArray(it);
  if (cls === tupleType) return items.length ? new PyTuple(items) : EMPTY_TUPLE;
  if (!isSubtype(cls, tupleType)) throw typeError(`tuple.__new__(${cls.name}): ${cls.name} is not a subtype of tuple`);
  const t = new PyTuple(items, cls);
  if (cls.hasDict) t.$d = new Ns();
  return t;
});
defMethod(T, "__getnewargs__", [], (self) => new PyTuple([new PyTuple(self.items)]));
defMethod(T, "__class_getitem__", ["item"], (self, item) => genericAlias(self, item));
