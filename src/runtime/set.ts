// set and frozenset over Store (dictstore.ts): the core protocol (add, membership, iteration,
// repr). Set algebra and the remaining methods are in set_methods.ts.
// DEVIATION(CPython): iteration follows insertion order, not CPython's hash-table order.

import { PyObj, PyType, NEED, STOP, None, setType, frozensetType, builtinType, Gen, typeOf, isSubtype } from "./core.ts";
import { Store, NOT_FOUND } from "./dictstore.ts";
import { runtimeError } from "./exceptions.ts";
import { repr, reprHooks } from "./repr.ts";
import { iter } from "./ops.ts";

export class PySet extends PyObj {
  s: Store;
  hash: number | undefined = undefined;
  constructor(cls: PyType = setType) { super(cls); this.s = new Store(); }
  get size(): number { return this.s.map.size; }
  /** Membership: true/false, or NEED when Python code must run. */
  hasS(k: any): any {
    const dk = this.s.resolveSync(k);
    if (dk === NEED) return NEED;
    return dk !== NOT_FOUND && this.s.map.has(dk);
  }
  *hasG(k: any): Gen<boolean> {
    const dk = yield* this.s.resolveGen(k);
    return dk !== NOT_FOUND && this.s.map.has(dk);
  }
  addS(k: any): any {
    const s = this.s;
    if (typeof k === "string" || typeof k === "number") { if (!s.map.has(k)) { s.map.set(k, k); s.version++; } return true; }
    const dk = s.resolveSync(k);
    if (dk === NEED) return NEED;
    if (dk === NOT_FOUND) s.addHashed(k, s.lastHash, k);
    else if (!s.map.has(dk)) s.setD(dk, k, k);
    return true;
  }
  *addG(k: any): Gen<void> {
    const s = this.s;
    const dk = yield* s.resolveGen(k);
    if (dk === NOT_FOUND) s.addHashed(k, s.lastHash, k);
    else if (!s.map.has(dk)) s.setD(dk, k, k);
  }
  /** Remove k; true when it was present. */
  *discardG(k: any): Gen<boolean> {
    const s = this.s;
    const dk = yield* s.resolveGen(k);
    if (dk === NOT_FOUND || !s.map.has(dk)) return false;
    s.removeResolved(dk, k);
    return true;
  }
  items(): any[] { return Array.from(this.s.map.values()); }
  *addAll(items: any[]): Gen<void> {
    for (const x of items) if (this.addS(x) === NEED) yield* this.addG(x);
  }
}
setType.alloc = (cls) => new PySet(cls);
frozensetType.alloc = (cls) => new PySet(cls);

export const setIterType = builtinType("set_iterator");
export class PySetIter extends PyObj {
  set: PySet; it: Iterator<any>; size: number;
  constructor(s: PySet) { super(setIterType); this.set = s; this.it = s.s.map.values(); this.size = s.size; }
  nx(): any {
    if (this.set.size !== this.size) { this.size = -1; throw runtimeError("Set changed size during iteration"); }
    const r = this.it.next();
    return r.done ? STOP : r.value;
  }
}

export function isSetLike(v: any): boolean { return v instanceof PySet; }
export function isFrozen(v: PySet): boolean { return isSubtype(v.$cls, frozensetType); }

function* setRepr(s: PySet): Gen<string> {
  const frozen = isFrozen(s);
  const name = s.$cls === setType || s.$cls === frozensetType ? null : s.$cls.name;
  if (s.size === 0) return `${name ?? (frozen ? "frozenset" : "set")}()`;
  const parts: string[] = [];
  for (const x of s.items()) parts.push(yield* repr(x));
  const body = "{" + parts.join(", ") + "}";
  if (frozen || name) return `${name ?? "frozenset"}(${body})`;
  return body;
}
reprHooks.set(setType, setRepr as any);
reprHooks.set(frozensetType, setRepr as any);

/** Build a set (or frozenset) from any iterable. */
export function* setFrom(it: any, cls: PyType = setType): Gen<PySet> {
  const s = new PySet(cls);
  if (it === undefined) return s;
  if (it instanceof PySet) { s.s.copyFrom(it.s); return s; }
  const i = yield* iter(it);
  for (;;) {
    let x = i.nx();
    if (x === NEED) x = yield* i.nxG();
    if (x === STOP) break;
    if (s.addS(x) === NEED) yield* s.addG(x);
  }
  return s;
}
export { None, typeOf };
