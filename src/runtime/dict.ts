// dict: insertion-ordered mapping over Store (dictstore.ts); NsDict, the dict face of an
// attribute namespace (module globals, instance __dict__); views and iterators.

import { PyObj, PyType, NEED, STOP, Ns, None, dictType, builtinType, Gen, typeOf } from "./core.ts";
import { Store, directKey, NOT_FOUND, hooks } from "./dictstore.ts";
import { keyError, runtimeError, typeError } from "./exceptions.ts";
import { setMkKwDict } from "./call.ts";

export class PyDict extends PyObj {
  s: Store;
  constructor(cls: PyType = dictType) {
    super(cls);
    this.s = new Store();
  }
  get size(): number { return this.s.map.size; }
  /** Lookup: value, undefined when absent, or NEED when Python code must run. */
  getS(k: any): any {
    const s = this.s;
    if (typeof k === "string") return s.map.get(k);
    const dk = s.resolveSync(k);
    if (dk === NEED) return NEED;
    if (dk === NOT_FOUND) return undefined;
    return s.map.get(dk);
  }
  *getG(k: any): Gen<any> {
    const dk = yield* this.s.resolveGen(k);
    if (dk === NOT_FOUND) return undefined;
    return this.s.map.get(dk);
  }
  setS(k: any, v: any): any {
    const s = this.s;
    if (typeof k === "string") {
      const m = s.map;
      if (!m.has(k)) s.version++;
      m.set(k, v);
      return true;
    }
    const dk = s.resolveSync(k);
    if (dk === NEED) return NEED;
    if (dk === NOT_FOUND) s.addHashed(k, s.lastHash, v);
    else s.setD(dk, k, v);
    return true;
  }
  *setG(k: any, v: any): Gen<void> {
    const s = this.s;
    const dk = yield* s.resolveGen(k);
    if (dk === NOT_FOUND) s.addHashed(k, s.lastHash, v);
    else s.setD(dk, k, v);
  }
  /** Remove k: returns the old value, undefined when absent, or NEED. */
  popS(k: any): any {
    const s = this.s;
    const dk = s.resolveSync(k);
    if (dk === NEED) return NEED;
    if (dk === NOT_FOUND) return undefined;
    const v = s.map.get(dk);
    if (v === undefined) return undefined;
    s.removeResolved(dk, k);
    return v;
  }
  *popG(k: any): Gen<any> {
    const s = this.s;
    const dk = yield* s.resolveGen(k);
    if (dk === NOT_FOUND) return undefined;
    const v = s.map.get(dk);
    if (v === undefined) return undefined;
    s.removeResolved(dk, k);
    return v;
  }
  keys(): any[] {
    const out: any[] = [];
    for (const dk of this.s.map.keys()) out.push(this.s.keyOf(dk));
    return out;
  }
  values(): any[] { return Array.from(this.s.map.values()); }
  items(): [any, any][] {
    const out: [any, any][] = [];
    for (const [dk, v] of this.s.map) out.push([this.s.keyOf(dk), v]);
    return out;
  }
  clear(): void { this.s.clear(); }
  get version(): number { return this.s.version; }
}
dictType.alloc = (cls) => new PyDict(cls);

/**
 * The dict face of an attribute namespace (a JS object of string keys). Non-string keys are
 * refused. DEVIATION(CPython): module and instance dicts accept only str keys.
 */
export class NsDict extends PyDict {
  ns: Record<string, any>;
  constructor(ns: Record<string, any>) {
    super(dictType);
    this.ns = ns;
  }
  get size(): number { return Object.keys(this.ns).length; }
  getS(k: any): any {
    if (typeof k !== "string") return undefined;
    return Object.prototype.hasOwnProperty.call(this.ns, k) ? this.ns[k] : undefined;
  }
  *getG(k: any): Gen<any> { return this.getS(k); }
  setS(k: any, v: any): any {
    if (typeof k !== "string") throw typeError("pygil: namespace dicts accept only str keys");
    this.ns[k] = v;
    return true;
  }
  *setG(k: any, v: any): Gen<void> { this.setS(k, v); }
  popS(k: any): any {
    const v = this.getS(k);
    if (v !== undefined) delete this.ns[k];
    return v;
  }
  *popG(k: any): Gen<any> { return this.popS(k); }
  keys(): any[] { return Object.keys(this.ns); }
  values(): any[] { return Object.keys(this.ns).map((k) => this.ns[k]); }
  items(): [any, any][] { return Object.keys(this.ns).map((k) => [k, this.ns[k]]); }
  clear(): void { for (const k of Object.keys(this.ns)) delete this.ns[k]; }
  get version(): number { return Object.keys(this.ns).length; }
}

export function newDict(): PyDict { return new PyDict(); }
export function dictFromPairs(keys: any[], vals: any[]): PyDict {
  const d = new PyDict();
  for (let i = 0; i < keys.length; i++) if (d.setS(keys[i], vals[i]) === NEED) throw new Error("dictFromPairs: hashed key");
  return d;
}
setMkKwDict(dictFromPairs);

/** d[k] for generated code (sync attempt). */
export function dictGetItemS(d: PyDict, k: any): any {
  const v = d.getS(k);
  if (v === undefined) return missing(d, k);
  return v;
}
function missing(d: PyDict, k: any): any {
  if (d.$cls !== dictType && d.$cls.lookup("__missing__") !== undefined) return NEED;
  throw keyError(k);
}

// --- views and iterators -----------------------------------------------------------------------

export const dictKeysType = builtinType("dict_keys");
export const dictValuesType = builtinType("dict_values");
export const dictItemsType = builtinType("dict_items");
export const dictKeyIterType = builtinType("dict_keyiterator");
export const dictValueIterType = builtinType("dict_valueiterator");
export const dictItemIterType = builtinType("dict_itemiterator");

export class PyDictView extends PyObj {
  d: PyDict;
  constructor(cls: PyType, d: PyDict) { super(cls); this.d = d; }
}

/**
 * Iterates a dict's live storage; kind 0 keys, 1 values, 2 items. As CPython: a size change
 * raises (sticky), and finding more entries than the dict had at the start (keys deleted and
 * added meanwhile) raises "dictionary keys changed during iteration".
 */
export class PyDictIter extends PyObj {
  d: PyDict;
  it: Iterator<any> | null;
  arr: any[] | null;
  i = 0;
  kind: number;
  size: number;
  /** Entries still expected (CPython's di->len). */
  len: number;
  done = false;
  constructor(d: PyDict, kind: number) {
    super(kind === 0 ? dictKeyIterType : kind === 1 ? dictValueIterType : dictItemIterType);
    this.d = d;
    this.kind = kind;
    this.size = d.size;
    this.len = this.size;
    if (d instanceof NsDict) { this.arr = d.items(); this.it = null; }
    else { this.arr = null; this.it = d.s.map.entries(); }
  }
  nx(): any {
    if (this.done) return STOP;
    const d = this.d;
    if (d.size !== this.size) {
      this.size = -1;
      throw runtimeError("dictionary changed size during iteration");
    }
    let k: any, v: any;
    if (this.arr !== null) {
      if (this.i >= this.arr.length) { this.done = true; return STOP; }
      [k, v] = this.arr[this.i++];
    } else {
      const r = this.it!.next();
      if (r.done) { this.done = true; return STOP; }
      k = d.s.keyOf(r.value[0]); v = r.value[1];
    }
    if (this.len === 0) {
      this.done = true;
      throw runtimeError("dictionary keys changed during iteration");
    }
    this.len--;
    if (this.kind === 0) return k;
    if (this.kind === 1) return v;
    return mkTuple2(k, v);
  }
}
/** Set by tuple.ts to avoid an import cycle at module init. */
export let mkTuple2: (a: any, b: any) => any = () => null;
export function setMkTuple2(f: (a: any, b: any) => any) { mkTuple2 = f; }

export { hooks, directKey, Ns, None, typeOf };
