// The insertion-ordered hash table behind dict and set. Keys that compare equal in Python
// (1, 1.0, True) share one slot. Strings, ints, bools and floats are "direct" keys: normalized
// to a JS primitive and looked up in one Map without running Python code. Objects hashed by
// identity go in the same Map by reference. Objects with a value hash (tuples, frozensets,
// instances defining __hash__) are found through a hash -> candidates index, comparing with
// Python `==`; that path may run Python code, so it is a generator.

import { PyFloat, PyComplex, PyBoxed, intType, floatType, isSubtype, PyObj, PyTuple, NEED, Gen, typeOf, PyType } from "./core.ts";

/** Normalize a direct key, or return NEED when the key needs hashing (or is unhashable). */
export function directKey(k: any): any {
  switch (typeof k) {
    case "string": case "number": case "bigint": return k;
    case "boolean": return k ? 1 : 0;
  }
  if (k instanceof PyFloat && k.$cls.isBuiltin) {
    const v = k.v;
    if (Number.isInteger(v) && !Number.isSafeInteger(v)) return BigInt(v);
    return v;
  }
  // int/float subclass instances that keep int's/float's __hash__ and __eq__ are the same key as
  // the plain value
  if (k instanceof PyBoxed) {
    const t: PyType = k.$cls;
    if (isSubtype(t, intType) && t.lookup("__hash__") === intType.ns.__hash__ && t.lookup("__eq__") === intType.ns.__eq__) return k.v;
  } else if (k instanceof PyFloat) {
    const t: PyType = k.$cls;
    if (t.lookup("__hash__") === floatType.ns.__hash__ && t.lookup("__eq__") === floatType.ns.__eq__) {
      const v = k.v;
      return Number.isInteger(v) && !Number.isSafeInteger(v) ? BigInt(v) : v;
    }
  }
  if (k instanceof PyComplex && k.$cls.isBuiltin && k.im === 0) {
    // a complex with zero imaginary part equals (and hashes like) its real part
    const v = k.re;
    if (Number.isInteger(v) && !Number.isSafeInteger(v)) return BigInt(v);
    return v;
  }
  const t: PyType = k.$cls;
  // identity-hashed: no __hash__/__eq__ overrides anywhere in the MRO but object's
  if (t.flags & IDENTITY_HASH) return k;
  return NEED;
}
/** Type flag: instances hash and compare by identity (computed when the type is finished). */
export const IDENTITY_HASH = 1;
/** Type flag: instances are unhashable (__hash__ = None). */
export const UNHASHABLE = 2;

/** Hooks installed by ops (hash and eq may run Python code). */
export const hooks = {
  hashSync: (_k: any): number => NEED as any,
  hashGen: function* (_k: any): Gen<number> { return 0; },
  eqSync: (_a: any, _b: any): any => NEED,
  eqGen: function* (_a: any, _b: any): Gen<boolean> { return false; },
};

export class Store {
  /** dkey -> value (for sets: dkey -> original key). */
  map: Map<any, any> = new Map();
  /** dkey -> original key, only for keys whose dkey differs (bools, floats). */
  orig: Map<any, any> | null = null;
  /** hash -> canonical key objects, for value-hashed object keys. */
  hidx: Map<number, any[]> | null = null;
  /** Stored hashed key -> its hash, so copies and comparisons need not hash it again (as CPython). */
  hof: Map<any, number> | null = null;
  /** Bumped on every insertion/removal, to detect change during iteration. */
  version = 0;

  get size(): number { return this.map.size; }

  /** The Python key object for a dkey. */
  keyOf(dk: any): any {
    if (this.orig !== null) { const o = this.orig.get(dk); if (o !== undefined) return o; }
    return dk;
  }

  // --- direct-key fast path (no Python code): dk from directKey(), never NEED ---
  getD(dk: any): any { return this.map.get(dk); }
  setD(dk: any, key: any, v: any): void {
    const m = this.map;
    if (!m.has(dk)) {
      this.version++;
      if (dk !== key) (this.orig ??= new Map()).set(dk, key);
    }
    m.set(dk, v);
  }
  delD(dk: any): boolean {
    if (!this.map.delete(dk)) return false;
    this.version++;
    if (this.orig !== null) this.orig.delete(dk);
    return true;
  }

  // --- hashed-object path ---
  /** Find the canonical stored key equal to k (whose hash is h), or undefined. Sync attempt: NEED. */
  findSync(k: any, h: number): any {
    const b = this.hidx?.get(h);
    if (!b) return undefined;
    for (const c of b) {
      if (c === k) return c;
      const r = hooks.eqSync(c, k);
      if (r === NEED) return NEED;
      if (r) return c;
    }
    return undefined;
  }
  *findGen(k: any, h: number): Gen<any> {
    const b = this.hidx?.get(h);
    if (!b) return undefined;
    for (const c of b) {
      if (c === k) return c;
      if (yield* hooks.eqGen(c, k)) return c;
    }
    return undefined;
  }
  addHashed(k: any, h: number, v: any): void {
    const hidx = (this.hidx ??= new Map());
    const b = hidx.get(h);
    if (b) b.push(k); else hidx.set(h, [k]);
    (this.hof ??= new Map()).set(k, h);
    this.map.set(k, v);
    this.version++;
  }
  delHashed(c: any, h: number): void {
    const b = this.hidx!.get(h)!;
    b.splice(b.indexOf(c), 1);
    if (b.length === 0) this.hidx!.delete(h);
    this.hof!.delete(c);
    this.map.delete(c);
    this.version++;
  }
  /** The hash a stored hashed key was filed under (undefined for direct keys). */
  hashOf(k: any): number | undefined { return this.hof === null ? undefined : this.hof.get(k); }
  /** Value for a hashed key whose hash is known: the value, undefined, or NEED. */
  getKnownS(k: any, h: number): any {
    const c = this.findSync(k, h);
    if (c === NEED || c === undefined) return c;
    return this.map.get(c);
  }
  *getKnownG(k: any, h: number): Gen<any> {
    const c = yield* this.findGen(k, h);
    return c === undefined ? undefined : this.map.get(c);
  }
  /** Store v under a hashed key whose hash is known; NEED when Python == must run. */
  setKnownS(k: any, h: number, v: any): any {
    const c = this.findSync(k, h);
    if (c === NEED) return NEED;
    if (c === undefined) this.addHashed(k, h, v); else this.map.set(c, v);
    return true;
  }
  *setKnownG(k: any, h: number, v: any): Gen<void> {
    const c = yield* this.findGen(k, h);
    if (c === undefined) this.addHashed(k, h, v); else this.map.set(c, v);
  }

  /**
   * Resolve any key to the dkey it is stored under (or would be stored under), syncing when it
   * can. Returns NEED when Python code must run (use resolveGen).
   * Result via `this.lastHash` for hashed keys: the hash, for a later addHashed.
   */
  lastHash = 0;
  resolveSync(k: any): any {
    const dk = directKey(k);
    if (dk !== NEED) return dk;
    const h = hooks.hashSync(k);
    if (h === (NEED as any)) return NEED;
    this.lastHash = h;
    const c = this.findSync(k, h);
    if (c === NEED) return NEED;
    return c === undefined ? NOT_FOUND : c;
  }
  *resolveGen(k: any): Gen<any> {
    const dk = directKey(k);
    if (dk !== NEED) return dk;
    const h = yield* hooks.hashGen(k);
    this.lastHash = h;
    const c = yield* this.findGen(k, h);
    return c === undefined ? NOT_FOUND : c;
  }

  clear(): void {
    this.map.clear();
    this.orig = null;
    this.hidx = null;
    this.hof = null;
    this.version++;
  }

  copyFrom(o: Store): void {
    this.map = new Map(o.map);
    this.orig = o.orig ? new Map(o.orig) : null;
    this.hidx = null;
    if (o.hidx) { this.hidx = new Map(); for (const [h, b] of o.hidx) this.hidx.set(h, b.slice()); }
    this.hof = o.hof ? new Map(o.hof) : null;
    this.version++;
  }

  /** Remove by a resolved dkey (direct or canonical object). */
  removeResolved(dk: any, k: any): void {
    // a hashed key was resolved just before: its hash is lastHash
    if (directKey(k) === NEED) this.delHashed(dk, this.lastHash);
    else this.delD(dk);
  }
}
/** resolve* result for an absent hashed key (the caller then uses addHashed with lastHash). */
export const NOT_FOUND: any = Symbol("NOT_FOUND");

export function isHashedKey(k: any): boolean { return directKey(k) === NEED; }
export { PyObj, PyTuple, typeOf };
