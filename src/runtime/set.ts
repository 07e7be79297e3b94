// set and frozenset core: PySet keeps CPython's open-addressing table (setobject.c: probing,
// dummies, resizing, pop's finger) so iteration, repr and pop() follow CPython's order exactly;
// a Store (dictstore.ts) maps each element to its table slot for O(1) membership.
// Set algebra and the Python-visible methods are in set_methods.ts.

import {
  PyObj, PyType, NEED, STOP, None, Ellipsis, setType, frozensetType, floatType, complexType, bytesType, tupleType,
  builtinType, Gen, typeOf, isSubtype,
} from "./core.ts";
import { Store, directKey } from "./dictstore.ts";
import { runtimeError, keyError, newExc, KeyError } from "./exceptions.ts";
import { repr, reprHooks, recursiveReprHooks } from "./repr.ts";
import { iter, pyHash, unhashable } from "./ops.ts";
import { hashFloat } from "./float.ts";
import {
  HL, HH, DUMMY, hashDirect, hashS, hashAnyG, frozensetHash, setFloatHasher, setHashHooks,
} from "./set_hash.ts";

setFloatHasher(hashFloat);
setHashHooks(pyHash, unhashable);

const LINEAR_PROBES = 9;
/** Set by place(): whether the key went into a never-used slot (CPython's found_unused). */
let placedUnused = false;

function emptyKeys(n: number): any[] {
  const a = new Array(n);
  for (let i = 0; i < n; i++) a[i] = undefined;
  return a;
}
function zeros(n: number): number[] {
  const a = new Array(n);
  for (let i = 0; i < n; i++) a[i] = 0;
  return a;
}
/** The Store key of a table element: its direct key, or the element itself when hashed. */
export function dkOf(k: any): any {
  const d = directKey(k);
  return d === NEED ? k : d;
}

export class PySet extends PyObj {
  /** element's store key -> table slot. Hashed elements are bucketed by their hash's low word. */
  s: Store;
  /** The table: keys (undefined = unused, DUMMY = deleted) and 64-bit hashes as int32 words. */
  ks: any[];
  hl: number[];
  hh: number[];
  mask = 7;
  fill = 0;
  used = 0;
  finger = 0;
  /** Cached frozenset hash (a Python int). */
  hash: any = undefined;
  constructor(cls: PyType = setType) {
    super(cls);
    this.s = new Store();
    this.ks = [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined];
    this.hl = [0, 0, 0, 0, 0, 0, 0, 0];
    this.hh = [0, 0, 0, 0, 0, 0, 0, 0];
  }
  get size(): number { return this.used; }

  // --- the table (setobject.c) ----------------------------------------------------------------

  /** set_add_entry for a key known to be absent: returns its slot (placedUnused tells which path). */
  place(key: any, lo: number, hi: number): number {
    const ks = this.ks, mask = this.mask;
    let i = lo & mask, free = -1, j = 0;
    let pl = lo >>> 0, ph = hi >>> 0;
    outer: for (;;) {
      j = i;
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      for (;;) {
        const k = ks[j];
        if (k === undefined) break outer;
        if (k === DUMMY) free = j; // CPython keeps the last dummy seen
        if (probes-- === 0) break;
        j++;
      }
      pl = ((pl >>> 5) | (ph << 27)) >>> 0;
      ph >>>= 5;
      i = (i * 5 + 1 + pl) & mask;
    }
    if (free >= 0) j = free;
    ks[j] = key; this.hl[j] = lo; this.hh[j] = hi;
    this.used++;
    placedUnused = free < 0;
    if (placedUnused) this.fill++;
    return j;
  }
  /** set_insert_clean: place into a table without dummies (no comparisons, no resize). */
  clean(key: any, lo: number, hi: number): number {
    const ks = this.ks, mask = this.mask;
    let i = lo & mask;
    let pl = lo >>> 0, ph = hi >>> 0;
    for (;;) {
      if (ks[i] === undefined) break;
      if (i + LINEAR_PROBES <= mask) {
        let j = 1;
        for (; j <= LINEAR_PROBES; j++) if (ks[i + j] === undefined) break;
        if (j <= LINEAR_PROBES) { i += j; break; }
      }
      pl = ((pl >>> 5) | (ph << 27)) >>> 0;
      ph >>>= 5;
      i = (i * 5 + 1 + pl) & mask;
    }
    ks[i] = key; this.hl[i] = lo; this.hh[i] = hi;
    return i;
  }
  /** set_table_resize: rebuild with the smallest power-of-two size > minused (at least 8). */
  resize(minused: number): void {
    let size = 8;
    while (size <= minused) size *= 2;
    if (size === 8 && this.mask === 7 && this.fill === this.used) return;
    const oks = this.ks, ohl = this.hl, ohh = this.hh, omask = this.mask;
    this.ks = emptyKeys(size); this.hl = zeros(size); this.hh = zeros(size);
    this.mask = size - 1;
    const m = this.s.map;
    for (let i = 0; i <= omask; i++) {
      const k = oks[i];
      if (k === undefined || k === DUMMY) continue;
      m.set(dkOf(k), this.clean(k, ohl[i], ohh[i]));
    }
    this.fill = this.used;
  }
  /** Insert a key known to be absent, with its store key and hash; grows like CPython. */
  insertNew(key: any, dk: any, hashed: boolean, lo: number, hi: number): void {
    const slot = this.place(key, lo, hi);
    const s = this.s;
    if (hashed) s.addHashed(key, lo, slot);
    else { s.map.set(dk, slot); s.version++; }
    if (placedUnused && this.fill * 5 >= this.mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
  }
  /** Empty a slot (CPython: the entry becomes a dummy) and forget the element. */
  removeSlot(slot: number): any {
    const k = this.ks[slot];
    const d = directKey(k);
    if (d === NEED) this.s.delHashed(k, this.hl[slot]);
    else { this.s.map.delete(d); this.s.version++; }
    this.ks[slot] = DUMMY; this.hl[slot] = -1; this.hh[slot] = -1;
    this.used--;
    return k;
  }
  /** set_clear_internal: back to an empty 8-slot table (the pop finger is kept, as CPython). */
  clearAll(): void {
    this.ks = emptyKeys(8); this.hl = zeros(8); this.hh = zeros(8);
    this.mask = 7; this.fill = 0; this.used = 0;
    this.s.clear();
  }
  /** set_pop: the first element from the finger on. */
  popKey(): any {
    if (this.used === 0) throw newExc(KeyError, "pop from an empty set");
    const ks = this.ks, mask = this.mask;
    let i = this.finger & mask;
    for (;;) {
      const k = ks[i];
      if (k !== undefined && k !== DUMMY) break;
      i++;
      if (i > mask) i = 0;
    }
    this.finger = i + 1;
    return this.removeSlot(i);
  }

  // --- element operations ---------------------------------------------------------------------

  /**
   * Find the slot of k: a slot index, -1 when absent, or NEED when Python code must run.
   * For an absent hashed key, its hash is left in HL/HH (for insertNew).
   */
  slotS(k: any): number {
    const d = directKey(k);
    if (d !== NEED) { const v = this.s.map.get(d); return v === undefined ? -1 : v; }
    if (!hashS(k)) return NEED;
    const lo = HL;
    const c = this.s.findSync(k, lo);
    if (c === NEED) return NEED;
    return c === undefined ? -1 : this.s.map.get(c);
  }
  *slotG(k: any): Gen<number> {
    const d = directKey(k);
    if (d !== NEED) { const v = this.s.map.get(d); return v === undefined ? -1 : v; }
    yield* hashAnyG(k);
    const lo = HL;
    const c = yield* this.s.findGen(k, lo);
    return c === undefined ? -1 : this.s.map.get(c);
  }
  /** Membership: true/false, or NEED. A set used as key is looked up as a frozenset. */
  hasS(k: any): any {
    if (k instanceof PySet && isUnhashableSet(k)) return this.hasS(asFrozen(k));
    const r = this.slotS(k);
    return r === NEED ? NEED : r >= 0;
  }
  *hasG(k: any): Gen<boolean> {
    if (k instanceof PySet && isUnhashableSet(k)) k = asFrozen(k);
    return (yield* this.slotG(k)) >= 0;
  }
  /** Membership of a key whose hash (low word) is known, e.g. taken from another set's table. */
  hasEntryS(k: any, lo: number): any {
    const d = directKey(k);
    if (d !== NEED) return this.s.map.has(d);
    const c = this.s.findSync(k, lo);
    return c === NEED ? NEED : c !== undefined;
  }
  *hasEntryG(k: any, lo: number): Gen<boolean> {
    const d = directKey(k);
    if (d !== NEED) return this.s.map.has(d);
    return (yield* this.s.findGen(k, lo)) !== undefined;
  }
  addS(k: any): any {
    const s = this.s;
    const d = directKey(k);
    if (d !== NEED) {
      if (s.map.has(d)) return true;
      hashDirect(d);
      this.insertNew(k, d, false, HL, HH);
      return true;
    }
    if (!hashS(k)) return NEED;
    const lo = HL, hi = HH;
    const c = s.findSync(k, lo);
    if (c === NEED) return NEED;
    if (c === undefined) this.insertNew(k, k, true, lo, hi);
    return true;
  }
  *addG(k: any): Gen<void> {
    const d = directKey(k);
    if (d !== NEED) { this.addS(k); return; }
    yield* hashAnyG(k);
    const lo = HL, hi = HH;
    const c = yield* this.s.findGen(k, lo);
    if (c === undefined) this.insertNew(k, k, true, lo, hi);
  }
  /** Add a key whose hash is known (from another set's table). */
  addEntryS(k: any, lo: number, hi: number): any {
    const d = directKey(k);
    if (d !== NEED) {
      if (!this.s.map.has(d)) this.insertNew(k, d, false, lo, hi);
      return true;
    }
    const c = this.s.findSync(k, lo);
    if (c === NEED) return NEED;
    if (c === undefined) this.insertNew(k, k, true, lo, hi);
    return true;
  }
  *addEntryG(k: any, lo: number, hi: number): Gen<void> {
    const d = directKey(k);
    if (d !== NEED) { this.addEntryS(k, lo, hi); return; }
    const c = yield* this.s.findGen(k, lo);
    if (c === undefined) this.insertNew(k, k, true, lo, hi);
  }
  /** Add a key known to be absent, with its hash (results built from distinct elements). */
  addKnown(k: any, lo: number, hi: number): void {
    const d = directKey(k);
    if (d === NEED) this.insertNew(k, k, true, lo, hi);
    else this.insertNew(k, d, false, lo, hi);
  }
  /** Remove k: true when it was present, false when absent, or NEED. */
  discardS(k: any): any {
    if (k instanceof PySet && isUnhashableSet(k)) k = asFrozen(k);
    const i = this.slotS(k);
    if (i === NEED) return NEED;
    if (i < 0) return false;
    this.removeSlot(i);
    return true;
  }
  *discardG(k: any): Gen<boolean> {
    if (k instanceof PySet && isUnhashableSet(k)) k = asFrozen(k);
    const i = yield* this.slotG(k);
    if (i < 0) return false;
    this.removeSlot(i);
    return true;
  }
  /** Remove a key whose hash (low word) is known: true/false, or NEED. */
  discardEntryS(k: any, lo: number): any {
    const d = directKey(k);
    let i: any;
    if (d !== NEED) i = this.s.map.get(d);
    else {
      const c = this.s.findSync(k, lo);
      if (c === NEED) return NEED;
      i = c === undefined ? undefined : this.s.map.get(c);
    }
    if (i === undefined) return false;
    this.removeSlot(i);
    return true;
  }
  *discardEntryG(k: any, lo: number): Gen<boolean> {
    const d = directKey(k);
    if (d !== NEED) return this.discardEntryS(k, lo);
    const c = yield* this.s.findGen(k, lo);
    if (c === undefined) return false;
    this.removeSlot(this.s.map.get(c));
    return true;
  }
  /** Elements in iteration (table) order. */
  items(): any[] {
    const out: any[] = [], ks = this.ks;
    for (let i = 0; i <= this.mask; i++) {
      const k = ks[i];
      if (k !== undefined && k !== DUMMY) out.push(k);
    }
    return out;
  }
  /**
   * Fill an empty set from a display `{a, b, c}` (rtlib.mkSet). CPython compiles a display of
   * more than two constants as a frozenset constant copied into a new set (set_merge), which
   * can lay elements out differently from adding them one by one; values that all look like
   * constants take that path.
   */
  *addAll(items: any[]): Gen<void> {
    if (items.length > 2 && this.fill === 0 && allConstants(items)) {
      copyTable(this, frozensetConstant(items));
      return;
    }
    for (const x of items) if (this.addS(x) === NEED) yield* this.addG(x);
  }
  /** frozenset hash (cached). */
  frozenHash(): any {
    if (this.hash === undefined) this.hash = frozensetHash(this);
    return this.hash;
  }
}
setType.alloc = (cls) => new PySet(cls);
frozensetType.alloc = (cls) => new PySet(cls);

/**
 * The frozenset constant CPython's compiler makes from a set display of constants: built from
 * the items, then rebuilt from its own iteration order when the code object's constants are
 * merged (compile.c merge_consts_recursive). `for x in {1, 2, 3}` iterates this directly.
 */
export function frozensetConstant(items: any[]): PySet {
  const f = new PySet(frozensetType);
  for (let i = 0; i < items.length; i++) f.addS(items[i]);
  const f2 = new PySet(frozensetType);
  const ks = f.ks;
  for (let i = 0; i <= f.mask; i++) {
    const k = ks[i];
    if (k !== undefined && k !== DUMMY) f2.addEntryS(k, f.hl[i], f.hh[i]);
  }
  return f2;
}
/** Values that can be compile-time constants (int, float, complex, str, bytes, None, ..., tuples of them). */
function isConstant(v: any): boolean {
  switch (typeof v) {
    case "number": case "string": case "bigint": case "boolean": return true;
  }
  if (v === None || v === Ellipsis) return true;
  const t = v.$cls;
  if (t === floatType || t === complexType || t === bytesType) return true;
  if (t === tupleType) return allConstants(v.items);
  return false;
}
function allConstants(items: any[]): boolean {
  for (let i = 0; i < items.length; i++) if (!isConstant(items[i])) return false;
  return true;
}

/** A set whose type has __hash__ = None (set and subclasses not defining __hash__). */
function isUnhashableSet(k: PySet): boolean {
  return k.$cls === setType || (!isFrozen(k) && k.$cls.lookup("__hash__") === None);
}
/** A frozenset with the same table (CPython builds a temporary frozenset for `set in set`). */
export function asFrozen(k: PySet): PySet {
  const f = new PySet(frozensetType);
  copyTable(f, k);
  return f;
}
/** Make an empty set `r` hold the same elements as `o`, as CPython's set_merge into an empty set. */
export function copyTable(r: PySet, o: PySet): void {
  if (o === r || o.used === 0) return;
  if ((r.fill + o.used) * 5 >= r.mask * 3) r.resize((r.used + o.used) * 2);
  const m = r.s.map;
  if (r.fill === 0 && r.mask === o.mask && o.fill === o.used) {
    // same size, no dummies: copy the layout (and the store) as is
    r.ks = o.ks.slice(); r.hl = o.hl.slice(); r.hh = o.hh.slice();
    r.fill = o.fill; r.used = o.used;
    r.s.copyFrom(o.s);
    return;
  }
  if (r.fill === 0) {
    const ks = o.ks, hl = o.hl, hh = o.hh;
    for (let i = 0; i <= o.mask; i++) {
      const k = ks[i];
      if (k === undefined || k === DUMMY) continue;
      const slot = r.clean(k, hl[i], hh[i]);
      const d = directKey(k);
      if (d === NEED) r.s.addHashed(k, hl[i], slot);
      else m.set(d, slot);
    }
    r.fill = r.used = o.used;
    r.s.version++;
    return;
  }
  throw new Error("copyTable: target not empty");
}

export const setIterType = builtinType("set_iterator");
export class PySetIter extends PyObj {
  set: PySet | null; pos = 0; used: number; len: number;
  constructor(s: PySet) { super(setIterType); this.set = s; this.used = s.used; this.len = s.used; }
  nx(): any {
    const s = this.set;
    if (s === null) return STOP;
    if (s.used !== this.used) { this.used = -1; throw runtimeError("Set changed size during iteration"); }
    const ks = s.ks, mask = s.mask;
    let i = this.pos;
    while (i <= mask && (ks[i] === undefined || ks[i] === DUMMY)) i++;
    this.pos = i + 1;
    if (i > mask) { this.set = null; return STOP; }
    this.len--;
    return ks[i];
  }
}

export function isSetLike(v: any): boolean { return v instanceof PySet; }
export function isFrozen(v: PySet): boolean { return isSubtype(v.$cls, frozensetType); }

function* setRepr(s: PySet): Gen<string> {
  const t = s.$cls;
  if (s.used === 0) return `${t.name}()`;
  const parts: string[] = [];
  for (const x of s.items()) parts.push(yield* repr(x));
  const body = "{" + parts.join(", ") + "}";
  return t === setType ? body : `${t.name}(${body})`;
}
reprHooks.set(setType, setRepr as any);
reprHooks.set(frozensetType, setRepr as any);
// a set met again inside its own repr shows as "set(...)" (CPython uses the type's name)
recursiveReprHooks.set(setType, (s) => `${s.$cls.name}(...)`);
recursiveReprHooks.set(frozensetType, (s) => `${s.$cls.name}(...)`);
export { setRepr };

/** Build a set (or frozenset) from any iterable (CPython's set_update_internal into a new set). */
export function* setFrom(it: any, cls: PyType = setType): Gen<PySet> {
  const s = new PySet(cls);
  if (it === undefined) return s;
  yield* updateFromHook(s, it);
  return s;
}
/** set_update_internal, installed by set_methods.ts (sets, dicts and other iterables). */
export let updateFromHook: (s: PySet, it: any) => Gen<void> = function* (s, it) {
  const i = yield* iter(it);
  for (;;) {
    let x = i.nx();
    if (x === NEED) x = yield* i.nxG();
    if (x === STOP) break;
    if (s.addS(x) === NEED) yield* s.addG(x);
  }
};
export function setUpdateFromHook(f: (s: PySet, it: any) => Gen<void>) { updateFromHook = f; }

export { None, typeOf, keyError };
