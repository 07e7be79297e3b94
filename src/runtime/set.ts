// set and frozenset core: PySet is CPython's open-addressing hash table (setobject.c: hashes as
// CPython, linear probes then perturbed probing, dummies, resizing, pop's finger), so lookups
// are O(1) and iteration, repr and pop() follow CPython's order exactly.
// Set algebra and the Python-visible methods are in set_methods.ts.

import {
  PyObj, PyType, NEED, STOP, None, Ellipsis, setType, frozensetType, floatType, complexType, bytesType, tupleType,
  builtinType, Gen, typeOf, isSubtype,
} from "./core.ts";
import { directKey } from "./dictstore.ts";
import { runtimeError, keyError, newExc, KeyError } from "./exceptions.ts";
import { repr, reprHooks, recursiveReprHooks } from "./repr.ts";
import { iter, pyHash, unhashable, eqS, eq, toArray } from "./ops.ts";
import { hashFloat } from "./float.ts";
import {
  HL, HH, DUMMY, hashDirect, hashS, hashAnyG, frozensetHash, setFloatHasher, setHashHooks,
} from "./set_hash.ts";

setFloatHasher(hashFloat);
setHashHooks(pyHash, unhashable);

const LINEAR_PROBES = 9;
/** Set by place(): whether the key went into a never-used slot (CPython's found_unused). */
let placedUnused = false;
/** Set by place() when a key does not land in its home slot (hash & mask). */
let displaced = false;

/** Whether table entry e (same hash as k) equals k, sync: true/false or NEED (Python ==). */
function sameKeyS(e: any, k: any, d: any): any {
  if (d !== NEED) {
    const de = directKey(e);
    if (de !== NEED) return de === d;
  }
  return eqS(e, k);
}

export class PySet extends PyObj {
  /** Table keys: undefined = never used, DUMMY = deleted, else the element. */
  ks: any[];
  /** Each slot's 64-bit hash as two int32 words: h[2*i] low, h[2*i+1] high (dummy: -1, -1). */
  h: Int32Array;
  mask = 7;
  fill = 0;
  used = 0;
  finger = 0;
  /** Cached frozenset hash (a Python int). */
  hash: any = undefined;
  constructor(cls: PyType = setType) {
    super(cls);
    this.ks = [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined];
    this.h = new Int32Array(16);
  }
  get size(): number { return this.used; }

  // --- the table (setobject.c) ----------------------------------------------------------------

  /**
   * set_lookkey: the slot holding an element equal to k (hash lo/hi; d = directKey(k)), or -1.
   * NEED when an element with the same hash must be compared with Python ==.
   */
  findS(k: any, d: any, lo: number, hi: number): number {
    const ks = this.ks, h = this.h, mask = this.mask;
    let i = lo & mask, pl = lo >>> 0, ph = hi >>> 0;
    for (;;) {
      let j = i, probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      for (;;) {
        const e = ks[j];
        if (e === undefined) return -1;
        if (e === k) return j;
        if (h[2 * j] === lo && h[2 * j + 1] === hi) {
          const r = sameKeyS(e, k, d);
          if (r === NEED) return NEED;
          if (r) return j;
        }
        if (probes-- === 0) break;
        j++;
      }
      pl = ((pl >>> 5) | (ph << 27)) >>> 0;
      ph >>>= 5;
      i = (i * 5 + 1 + pl) & mask;
    }
  }
  /** set_lookkey running Python __eq__; restarts when a comparison changed the table. */
  *findG(k: any, d: any, lo: number, hi: number): Gen<number> {
    restart: for (;;) {
      const ks = this.ks, h = this.h, mask = this.mask;
      let i = lo & mask, pl = lo >>> 0, ph = hi >>> 0;
      for (;;) {
        let j = i, probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        for (;;) {
          const e = ks[j];
          if (e === undefined) return -1;
          if (e === k) return j;
          if (h[2 * j] === lo && h[2 * j + 1] === hi) {
            let r = sameKeyS(e, k, d);
            if (r === NEED) {
              r = yield* eq(e, k);
              if (this.ks !== ks || ks[j] !== e) continue restart;
            }
            if (r) return j;
          }
          if (probes-- === 0) break;
          j++;
        }
        pl = ((pl >>> 5) | (ph << 27)) >>> 0;
        ph >>>= 5;
        i = (i * 5 + 1 + pl) & mask;
      }
    }
  }
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
    if (j !== (lo & mask)) displaced = true;
    ks[j] = key; this.h[2 * j] = lo; this.h[2 * j + 1] = hi;
    this.used++;
    placedUnused = free < 0;
    if (placedUnused) this.fill++;
    return j;
  }
  /** set_insert_clean: place into a table without dummies (no comparisons, no resize). */
  clean(key: any, lo: number, hi: number): void {
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
    ks[i] = key; this.h[2 * i] = lo; this.h[2 * i + 1] = hi;
  }
  /** set_table_resize: rebuild with the smallest power-of-two size > minused (at least 8). */
  resize(minused: number): void {
    let size = 8;
    while (size <= minused) size *= 2;
    if (size === 8 && this.mask === 7 && this.fill === this.used) return;
    const oks = this.ks, oh = this.h, omask = this.mask;
    if (size === 8) {
      this.ks = [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined];
      this.h = new Int32Array(16);
    } else {
      this.ks = new Array(size);
      this.h = new Int32Array(2 * size);
    }
    this.mask = size - 1;
    for (let i = 0; i <= omask; i++) {
      const k = oks[i];
      if (k === undefined || k === DUMMY) continue;
      this.clean(k, oh[2 * i], oh[2 * i + 1]);
    }
    this.fill = this.used;
  }
  /** Insert a key known to be absent; grows like CPython. */
  insertNew(key: any, lo: number, hi: number): void {
    this.place(key, lo, hi);
    if (placedUnused && this.fill * 5 >= this.mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
  }
  /** Empty a slot (the entry becomes a dummy); returns the element. */
  removeSlot(slot: number): any {
    const k = this.ks[slot];
    this.ks[slot] = DUMMY; this.h[2 * slot] = -1; this.h[2 * slot + 1] = -1;
    this.used--;
    return k;
  }
  /** set_clear_internal: back to an empty 8-slot table (the pop finger is kept, as CPython). */
  clearAll(): void {
    this.ks = [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined];
    this.h = new Int32Array(16);
    this.mask = 7; this.fill = 0; this.used = 0;
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

  /** The slot of k, -1 when absent, or NEED when Python code (__hash__/__eq__) must run. */
  slotS(k: any): number {
    if (typeof k === "number" && (k | 0) === k) return this.findS(k, k, k === -1 ? -2 : k, k >> 31);
    const d = directKey(k);
    if (d !== NEED) { hashDirect(d); return this.findS(k, d, HL, HH); }
    if (!hashS(k)) return NEED;
    return this.findS(k, NEED, HL, HH);
  }
  *slotG(k: any): Gen<number> {
    const d = directKey(k);
    if (d !== NEED) hashDirect(d); else yield* hashAnyG(k);
    const lo = HL, hi = HH;
    return yield* this.findG(k, d, lo, hi);
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
  /** Membership of a key whose hash is known (taken from another set's table). */
  hasEntryS(k: any, lo: number, hi: number): any {
    const r = this.findS(k, directKey(k), lo, hi);
    return r === NEED ? NEED : r >= 0;
  }
  *hasEntryG(k: any, lo: number, hi: number): Gen<boolean> {
    return (yield* this.findG(k, directKey(k), lo, hi)) >= 0;
  }
  addS(k: any): any {
    let lo: number, hi: number, d: any;
    if (typeof k === "number" && (k | 0) === k) { d = k; lo = k === -1 ? -2 : k; hi = k >> 31; }
    else {
      d = directKey(k);
      if (d !== NEED) hashDirect(d);
      else if (!hashS(k)) return NEED;
      lo = HL; hi = HH;
    }
    const j = this.findS(k, d, lo, hi);
    if (j === NEED) return NEED;
    if (j < 0) this.insertNew(k, lo, hi);
    return true;
  }
  *addG(k: any): Gen<void> {
    const d = directKey(k);
    if (d !== NEED) hashDirect(d); else yield* hashAnyG(k);
    const lo = HL, hi = HH;
    if ((yield* this.findG(k, d, lo, hi)) < 0) this.insertNew(k, lo, hi);
  }
  /** Add a key whose hash is known (from another set's table). */
  addEntryS(k: any, lo: number, hi: number): any {
    const j = this.findS(k, directKey(k), lo, hi);
    if (j === NEED) return NEED;
    if (j < 0) this.insertNew(k, lo, hi);
    return true;
  }
  *addEntryG(k: any, lo: number, hi: number): Gen<void> {
    if ((yield* this.findG(k, directKey(k), lo, hi)) < 0) this.insertNew(k, lo, hi);
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
  /** Remove a key whose hash is known: true/false, or NEED. */
  discardEntryS(k: any, lo: number, hi: number): any {
    const i = this.findS(k, directKey(k), lo, hi);
    if (i === NEED) return NEED;
    if (i < 0) return false;
    this.removeSlot(i);
    return true;
  }
  *discardEntryG(k: any, lo: number, hi: number): Gen<boolean> {
    const i = yield* this.findG(k, directKey(k), lo, hi);
    if (i < 0) return false;
    this.removeSlot(i);
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
      if (items.length <= 4) {
        // no resize and no collision: the frozenset detour gives the same layout, skip it
        displaced = false;
        for (let i = 0; i < items.length; i++) this.addS(items[i]);
        if (!displaced) return;
        this.clearAll();
      }
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
  const ks = f.ks, h = f.h;
  for (let i = 0; i <= f.mask; i++) {
    const k = ks[i];
    if (k !== undefined && k !== DUMMY) f2.addEntryS(k, h[2 * i], h[2 * i + 1]);
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
  if (r.fill !== 0) throw new Error("copyTable: target not empty");
  if (r.mask === o.mask && o.fill === o.used) {
    // same size, no dummies: copy the layout as is
    r.ks = o.ks.slice(); r.h = o.h.slice();
  } else {
    const ks = o.ks, h = o.h;
    for (let i = 0; i <= o.mask; i++) {
      const k = ks[i];
      if (k !== undefined && k !== DUMMY) r.clean(k, h[2 * i], h[2 * i + 1]);
    }
  }
  r.fill = r.used = o.used;
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
  // CPython lists the elements through iteration, so a subclass's __iter__ is honoured
  const items = t.isBuiltin || t.lookup("__iter__") === setType.ns.__iter__ || t.lookup("__iter__") === frozensetType.ns.__iter__
    ? s.items() : yield* toArray(s);
  for (const x of items) parts.push(yield* repr(x));
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
