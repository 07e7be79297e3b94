// The itertools module: lazy iterator types with CPython's output order, argument checks and
// messages. Each type's step() is the sync path (builtin inner iterators, no Python callbacks);
// stepG() is the general one. Combinatoric iterators live in itertools2.ts.

import {
  PyObj, PyType, NEED, STOP, None, Gen, PyTuple, PyFloat, PyComplex, PyList, EMPTY_TUPLE, typeOf,
  isSubtype, intType, objectType,
} from "../runtime/core.ts";
import * as I from "../runtime/int.ts";
import { defMethod, defBuiltin, PyBuiltin } from "../runtime/function.ts";
import { typeError, valueError, newExc, OverflowError, TypeError, RuntimeError, PyBaseException } from "../runtime/exceptions.ts";
import { iter, iterS, truth, truthS, addS, binop, ADD, eq, eqS, index, indexS, asInt, toArray } from "../runtime/ops.ts";
import { callv } from "../runtime/call.ts";
import { repr } from "../runtime/repr.ts";
import { PyClassMethod, getattr } from "../runtime/attr.ts";
import { registerModule, makeModule } from "../interp/interpreter.ts";
import { PyIterBase, pull, withDict, iteratorType } from "./iterbase.ts";
import { installCombinatorics } from "./itertools2.ts";

const MAXSIZE = 9223372036854775807n;
const ITYPES: Record<string, PyType> = {};

function mk(name: string, cls: Function): PyType {
  const t = iteratorType(name, "itertools", cls);
  ITYPES[name] = t;
  return t;
}
/** iter(x) with the sync attempt first. */
function* getIter(x: any): Gen<any> {
  const r = iterS(x);
  return r !== NEED ? r : yield* iter(x);
}
function call1S(f: any, a: any): any {
  // a builtin's sync fast path, else NEED
  return f instanceof PyBuiltin && f.$fs !== null ? f.$fs(a) : NEED;
}

// --- count ---------------------------------------------------------------------------------------

class PyCount extends PyIterBase {
  cnt: any; stp: any;
  constructor(cls: PyType, cnt: any, stp: any) { super(cls); this.cnt = cnt; this.stp = stp; }
  step(): any {
    const c = this.cnt, s = this.stp;
    if (typeof c === "number" && typeof s === "number") {
      const n = c + s;
      this.cnt = n <= 9007199254740991 && n >= -9007199254740991 ? n : I.add(c, s);
      return c;
    }
    const r = addS(c, s);
    if (r === NEED) return NEED;
    this.cnt = r;
    return c;
  }
  *stepG(): Gen<any> {
    const c = this.cnt;
    this.cnt = yield* binop(c, this.stp, ADD);
    return c;
  }
}
const countType = mk("count", PyCount);
function isNumber(v: any): boolean {
  const t = typeof v;
  if (t === "number" || t === "bigint" || t === "boolean") return true;
  if (v instanceof PyFloat || v instanceof PyComplex) return true;
  const c = typeOf(v);
  return c.lookup("__index__") !== undefined || c.lookup("__int__") !== undefined || c.lookup("__float__") !== undefined;
}
defBuiltin(countType.ns, "__new__", ["cls", "start?", "step?"], (cls: PyType, start: any, step: any) => {
  if (start === undefined) start = 0;
  if (step === undefined) step = 1;
  if (!isNumber(start) || !isNumber(step)) throw typeError("a number is required");
  // CPython's fast mode turns an int start (bool included) with step 1 into a plain int
  if (typeof start === "boolean" && asInt(step) === 1 && typeof step !== "object") start = start ? 1 : 0;
  return withDict(new PyCount(cls, start, step), cls);
});
defMethod(countType, "__repr__", [], function* (self: PyCount) {
  const name = self.$cls.name;
  const s = self.stp;
  if ((typeof s === "number" || typeof s === "boolean") && Number(s) === 1) return `${name}(${yield* repr(self.cnt)})`;
  return `${name}(${yield* repr(self.cnt)}, ${yield* repr(s)})`;
});

// --- cycle ---------------------------------------------------------------------------------------

class PyCycle extends PyIterBase {
  it: any; saved: any[] = []; i = 0;
  constructor(cls: PyType, it: any) { super(cls); this.it = it; }
  step(): any {
    if (this.it !== null) {
      const v = this.it.nx();
      if (v === NEED) return NEED;
      if (v !== STOP) { this.saved.push(v); return v; }
      this.it = null;
    }
    return this.next();
  }
  next(): any {
    const s = this.saved;
    if (s.length === 0) return STOP;
    const v = s[this.i++];
    if (this.i >= s.length) this.i = 0;
    return v;
  }
  *stepG(): Gen<any> {
    if (this.it !== null) {
      const v = yield* pull(this.it);
      if (v !== STOP) { this.saved.push(v); return v; }
      this.it = null;
    }
    return this.next();
  }
}
const cycleType = mk("cycle", PyCycle);
defBuiltin(cycleType.ns, "__new__", ["cls", "iterable", "/"], function* (cls: PyType, it: any) {
  return withDict(new PyCycle(cls, yield* getIter(it)), cls);
});

// --- repeat --------------------------------------------------------------------------------------

class PyRepeat extends PyIterBase {
  obj: any; cnt: number;
  constructor(cls: PyType, obj: any, cnt: number) { super(cls); this.obj = obj; this.cnt = cnt; }
  step(): any {
    if (this.cnt === 0) return STOP;
    if (this.cnt > 0) this.cnt--;
    return this.obj;
  }
  *stepG(): Gen<any> { return this.step(); }
}
const repeatType = mk("repeat", PyRepeat);
defBuiltin(repeatType.ns, "__new__", ["cls", "object", "times?"], function* (cls: PyType, obj: any, times: any) {
  let n = -1;
  if (times !== undefined) {
    const t = yield* index(times);
    if (typeof t === "bigint") {
      if (t > MAXSIZE) throw newExc(OverflowError, "Python int too large to convert to C ssize_t");
      n = t < 0n ? 0 : Number(t);
    } else n = t < 0 ? 0 : t;
  }
  return withDict(new PyRepeat(cls, obj, n), cls);
});
defMethod(repeatType, "__repr__", [], function* (self: PyRepeat) {
  const r = yield* repr(self.obj);
  return self.cnt < 0 ? `${self.$cls.name}(${r})` : `${self.$cls.name}(${r}, ${self.cnt})`;
});
defMethod(repeatType, "__length_hint__", [], (self: PyRepeat) => {
  if (self.cnt < 0) throw typeError("len() of unsized object");
  return self.cnt;
});

// --- accumulate ----------------------------------------------------------------------------------

class PyAccumulate extends PyIterBase {
  it: any; func: any; total: any = undefined; initial: any; pend: any = undefined;
  constructor(cls: PyType, it: any, func: any, initial: any) { super(cls); this.it = it; this.func = func; this.initial = initial; }
  step(): any {
    if (this.pend !== undefined) return NEED;
    if (this.initial !== undefined) {
      const v = this.initial;
      this.initial = undefined;
      this.total = v;
      return v;
    }
    const v = this.it.nx();
    if (v === NEED || v === STOP) return v;
    if (this.total === undefined) { this.total = v; return v; }
    const f = this.func;
    let r: any;
    if (f === None) r = addS(this.total, v);
    else if (f instanceof PyBuiltin && f.$fs !== null && f.spec.maxPos >= 2) r = f.$fs(this.total, v);
    else r = NEED;
    if (r === NEED) { this.pend = v; return NEED; }
    this.total = r;
    return r;
  }
  *stepG(): Gen<any> {
    let v: any;
    if (this.pend !== undefined) { v = this.pend; this.pend = undefined; }
    else {
      if (this.initial !== undefined) return this.step();
      v = yield* pull(this.it);
      if (v === STOP) return STOP;
      if (this.total === undefined) { this.total = v; return v; }
    }
    const r = this.func === None ? yield* binop(this.total, v, ADD) : yield* callv(this.func, [this.total, v], null, null);
    this.total = r;
    return r;
  }
}
const accumulateType = mk("accumulate", PyAccumulate);
defBuiltin(accumulateType.ns, "__new__", ["cls", "iterable", "func?", "*", "initial?"], function* (cls: PyType, it: any, func: any, initial: any) {
  const i = yield* getIter(it);
  return withDict(new PyAccumulate(cls, i, func === undefined ? None : func, initial === undefined || initial === None ? undefined : initial), cls);
});

// --- chain ---------------------------------------------------------------------------------------

class PyChain extends PyIterBase {
  src: any; active: any = null; pend: any = undefined;
  constructor(cls: PyType, src: any) { super(cls); this.src = src; }
  step(): any {
    for (;;) {
      if (this.active !== null) {
        const v = this.active.nx();
        if (v !== STOP) return v;
        this.active = null;
      }
      if (this.pend !== undefined || this.src === null) return this.src === null ? STOP : NEED;
      const x = this.src.nx();
      if (x === NEED) return NEED;
      if (x === STOP) { this.src = null; return STOP; }
      const it = iterS(x);
      if (it === NEED) { this.pend = x; return NEED; }
      this.active = it;
    }
  }
  *stepG(): Gen<any> {
    for (;;) {
      if (this.active !== null) {
        const v = yield* pull(this.active);
        if (v !== STOP) return v;
        this.active = null;
      }
      if (this.src === null) return STOP;
      let x: any;
      if (this.pend !== undefined) { x = this.pend; this.pend = undefined; }
      else {
        x = yield* pull(this.src);
        if (x === STOP) { this.src = null; return STOP; }
      }
      try {
        this.active = yield* iter(x);
      } catch (e) {
        // CPython drops the source once an item fails to be iterable
        this.src = null;
        throw e;
      }
    }
  }
}
const chainType = mk("chain", PyChain);
defBuiltin(chainType.ns, "__new__", ["cls", "*iterables", "**kw"], function* (cls: PyType, its: any[], kw: any) {
  if (kw && Object.keys(kw).length && cls === chainType) throw typeError("chain() takes no keyword arguments");
  return withDict(new PyChain(cls, yield* getIter(new PyTuple(its))), cls);
});
chainType.ns.from_iterable = new PyClassMethod(new PyBuiltin("from_iterable", ["cls", "iterable", "/"], null, function* (cls: PyType, it: any) {
  return withDict(new PyChain(cls, yield* getIter(it)), cls);
}, null));
defMethod(chainType, "__class_getitem__", ["item"], (self) => self);
chainType.ns.__class_getitem__ = new PyClassMethod(chainType.ns.__class_getitem__);

// --- compress ------------------------------------------------------------------------------------

class PyCompress extends PyIterBase {
  data: any; sel: any; pend: any = undefined; pendSel: any = undefined;
  constructor(cls: PyType, d: any, s: any) { super(cls); this.data = d; this.sel = s; }
  step(): any {
    if (this.pend !== undefined) return NEED;
    for (;;) {
      const d = this.data.nx();
      if (d === NEED || d === STOP) return d;
      const s = this.sel.nx();
      if (s === STOP) return STOP;
      if (s === NEED) { this.pend = d; return NEED; }
      const t = truthS(s);
      if (t === NEED) { this.pend = d; this.pendSel = s; return NEED; }
      if (t) return d;
    }
  }
  *stepG(): Gen<any> {
    for (;;) {
      let d: any, s: any;
      if (this.pend !== undefined) {
        d = this.pend; s = this.pendSel;
        this.pend = undefined; this.pendSel = undefined;
      } else {
        d = yield* pull(this.data);
        if (d === STOP) return STOP;
      }
      if (s === undefined) {
        s = yield* pull(this.sel);
        if (s === STOP) return STOP;
      }
      if (yield* truth(s)) return d;
    }
  }
}
const compressType = mk("compress", PyCompress);
defBuiltin(compressType.ns, "__new__", ["cls", "data", "selectors"], function* (cls: PyType, d: any, s: any) {
  const di = yield* getIter(d), si = yield* getIter(s);
  return withDict(new PyCompress(cls, di, si), cls);
});

// --- dropwhile / takewhile / filterfalse / starmap -----------------------------------------------

class PyDropWhile extends PyIterBase {
  pred: any; it: any; dropping = true;
  constructor(cls: PyType, p: any, it: any) { super(cls); this.pred = p; this.it = it; }
  step(): any { return this.dropping ? NEED : this.it.nx(); }
  *stepG(): Gen<any> {
    for (;;) {
      const v = yield* pull(this.it);
      if (v === STOP || !this.dropping) return v;
      if (!(yield* truth(yield* callv(this.pred, [v], null, null)))) { this.dropping = false; return v; }
    }
  }
}
const dropwhileType = mk("dropwhile", PyDropWhile);
defBuiltin(dropwhileType.ns, "__new__", ["cls", "predicate", "iterable", "/"], function* (cls: PyType, p: any, it: any) {
  return withDict(new PyDropWhile(cls, p, yield* getIter(it)), cls);
});

class PyTakeWhile extends PyIterBase {
  pred: any; it: any; stop = false;
  constructor(cls: PyType, p: any, it: any) { super(cls); this.pred = p; this.it = it; }
  step(): any { return this.stop ? STOP : NEED; }
  *stepG(): Gen<any> {
    if (this.stop) return STOP;
    const v = yield* pull(this.it);
    if (v === STOP) return STOP;
    if (yield* truth(yield* callv(this.pred, [v], null, null))) return v;
    this.stop = true;
    return STOP;
  }
}
const takewhileType = mk("takewhile", PyTakeWhile);
defBuiltin(takewhileType.ns, "__new__", ["cls", "predicate", "iterable", "/"], function* (cls: PyType, p: any, it: any) {
  return withDict(new PyTakeWhile(cls, p, yield* getIter(it)), cls);
});

class PyFilterFalse extends PyIterBase {
  pred: any; it: any; pend: any = undefined;
  constructor(cls: PyType, p: any, it: any) { super(cls); this.pred = p; this.it = it; }
  step(): any {
    if (this.pend !== undefined) return NEED;
    for (;;) {
      const v = this.it.nx();
      if (v === NEED || v === STOP) return v;
      const t = this.pred === None ? truthS(v) : NEED;
      if (t === NEED) { this.pend = v; return NEED; }
      if (!t) return v;
    }
  }
  *stepG(): Gen<any> {
    for (;;) {
      let v: any;
      if (this.pend !== undefined) { v = this.pend; this.pend = undefined; }
      else { v = yield* pull(this.it); if (v === STOP) return STOP; }
      const ok = this.pred === None ? yield* truth(v) : yield* truth(yield* callv(this.pred, [v], null, null));
      if (!ok) return v;
    }
  }
}
const filterfalseType = mk("filterfalse", PyFilterFalse);
defBuiltin(filterfalseType.ns, "__new__", ["cls", "function", "iterable", "/"], function* (cls: PyType, p: any, it: any) {
  return withDict(new PyFilterFalse(cls, p, yield* getIter(it)), cls);
});

class PyStarmap extends PyIterBase {
  f: any; it: any;
  constructor(cls: PyType, f: any, it: any) { super(cls); this.f = f; this.it = it; }
  *stepG(): Gen<any> {
    const args = yield* pull(this.it);
    if (args === STOP) return STOP;
    const a = args instanceof PyTuple && args.$cls.isBuiltin ? args.items : yield* toArray(args);
    return yield* callv(this.f, a, null, null);
  }
}
const starmapType = mk("starmap", PyStarmap);
defBuiltin(starmapType.ns, "__new__", ["cls", "function", "iterable", "/"], function* (cls: PyType, f: any, it: any) {
  return withDict(new PyStarmap(cls, f, yield* getIter(it)), cls);
});

// --- groupby -------------------------------------------------------------------------------------

class PyGroupBy extends PyIterBase {
  it: any; keyf: any;
  tgtkey: any = undefined; currkey: any = undefined; currvalue: any = undefined;
  currgrouper: PyGrouper | null = null;
  /** A value taken from the iterator whose key still has to be computed by Python code. */
  pend: any = undefined;
  constructor(cls: PyType, it: any, keyf: any) { super(cls); this.it = it; this.keyf = keyf; }
  /** Sync advance: true, false at exhaustion, or NEED (state kept so that advance() resumes). */
  advanceS(): any {
    if (this.pend !== undefined) return NEED;
    const v = this.it.nx();
    if (v === NEED) return NEED;
    if (v === STOP) return false;
    const f = this.keyf;
    const k = f === None ? v : f instanceof PyBuiltin && f.$fs !== null ? f.$fs(v) : NEED;
    if (k === NEED) { this.pend = v; return NEED; }
    this.currvalue = v;
    this.currkey = k;
    return true;
  }
  /** Advance the shared iterator: false at exhaustion. */
  *advance(): Gen<boolean> {
    let v: any;
    if (this.pend !== undefined) { v = this.pend; this.pend = undefined; }
    else {
      v = yield* pull(this.it);
      if (v === STOP) return false;
    }
    const k = this.keyf === None ? v : yield* callv(this.keyf, [v], null, null);
    this.currvalue = v;
    this.currkey = k;
    return true;
  }
  step(): any {
    this.currgrouper = null;
    for (;;) {
      if (this.currkey === undefined) { /* first call */ }
      else if (this.tgtkey === undefined) break;
      else {
        const r = this.tgtkey === this.currkey ? true : eqS(this.tgtkey, this.currkey);
        if (r === NEED) return NEED;
        if (!r) break;
      }
      const a = this.advanceS();
      if (a !== true) return a === false ? STOP : NEED;
    }
    return this.emit();
  }
  emit(): any {
    this.tgtkey = this.currkey;
    const g = new PyGrouper(this, this.tgtkey);
    this.currgrouper = g;
    return new PyTuple([this.currkey, g]);
  }
  *stepG(): Gen<any> {
    this.currgrouper = null;
    // skip the rest of the current group
    for (;;) {
      if (this.currkey === undefined) { /* first call */ }
      else if (this.tgtkey === undefined) break;
      else if (!(yield* keyEq(this.tgtkey, this.currkey))) break;
      if (!(yield* this.advance())) return STOP;
    }
    return this.emit();
  }
}
function* keyEq(a: any, b: any): Gen<boolean> {
  if (a === b) return true;
  const r = eqS(a, b);
  return r !== NEED ? r : yield* eq(a, b);
}
const groupbyType = mk("groupby", PyGroupBy);
defBuiltin(groupbyType.ns, "__new__", ["cls", "iterable", "key?"], function* (cls: PyType, it: any, key: any) {
  return withDict(new PyGroupBy(cls, yield* getIter(it), key === undefined ? None : key), cls);
});

class PyGrouper extends PyIterBase {
  parent: PyGroupBy; tgtkey: any;
  constructor(parent: PyGroupBy, tgtkey: any) { super(grouperType); this.parent = parent; this.tgtkey = tgtkey; }
  step(): any {
    const gb = this.parent;
    if (gb.currgrouper !== this) return STOP;
    if (gb.currvalue === undefined) {
      const a = gb.advanceS();
      if (a !== true) return a === false ? STOP : NEED;
    }
    const r = this.tgtkey === gb.currkey ? true : eqS(this.tgtkey, gb.currkey);
    if (r === NEED) return NEED;
    if (!r) return STOP;
    const v = gb.currvalue;
    gb.currvalue = undefined;
    return v;
  }
  *stepG(): Gen<any> {
    const gb = this.parent;
    if (gb.currgrouper !== this) return STOP;
    if (gb.currvalue === undefined) {
      if (!(yield* gb.advance())) return STOP;
    }
    if (!(yield* keyEq(this.tgtkey, gb.currkey))) return STOP;
    const r = gb.currvalue;
    gb.currvalue = undefined;
    return r;
  }
}
const grouperType = mk("_grouper", PyGrouper);

// --- islice --------------------------------------------------------------------------------------

class PyISlice extends PyIterBase {
  it: any; next: number; stop: number; stp: number; cnt = 0;
  constructor(cls: PyType, it: any, start: number, stop: number, step: number) {
    super(cls); this.it = it; this.next = start; this.stop = stop; this.stp = step;
  }
  step(): any {
    const it = this.it;
    if (it === null) return STOP;
    while (this.cnt < this.next) {
      const v = it.nx();
      if (v === NEED) return NEED;
      if (v === STOP) { this.it = null; return STOP; }
      this.cnt++;
    }
    if (this.stop !== -1 && this.cnt >= this.stop) { this.it = null; return STOP; }
    const v = it.nx();
    if (v === NEED) return NEED;
    if (v === STOP) { this.it = null; return STOP; }
    this.advanced();
    return v;
  }
  advanced(): void {
    this.cnt++;
    this.next += this.stp;
    if (this.stop !== -1 && this.next > this.stop) this.next = this.stop;
  }
  *stepG(): Gen<any> {
    const it = this.it;
    if (it === null) return STOP;
    while (this.cnt < this.next) {
      const v = yield* pull(it);
      if (v === STOP) { this.it = null; return STOP; }
      this.cnt++;
    }
    if (this.stop !== -1 && this.cnt >= this.stop) { this.it = null; return STOP; }
    const v = yield* pull(it);
    if (v === STOP) { this.it = null; return STOP; }
    this.advanced();
    return v;
  }
}
const isliceType = mk("islice", PyISlice);
/** An islice index: None (-1) or an int 0 <= x <= sys.maxsize; anything else raises `msg`. */
function* sliceArg(v: any, msg: string): Gen<number> {
  if (v === None) return -1;
  let n: any = indexS2(v);
  if (n === NEED) {
    try { n = yield* index(v); } catch (e) {
      if (e instanceof PyBaseException && isSubtype(e.$cls, TypeError)) throw valueError(msg);
      throw e;
    }
  }
  if (n === undefined) throw valueError(msg);
  if (typeof n === "bigint") {
    if (n < 0n || n > MAXSIZE) throw valueError(msg);
    return Number.MAX_SAFE_INTEGER;
  }
  if (n < 0) throw valueError(msg);
  return n;
}
function indexS2(v: any): any {
  const t = typeof v;
  if (t === "number" || t === "bigint") return v;
  if (t === "boolean") return v ? 1 : 0;
  if (typeof v === "object" && typeOf(v).lookup("__index__") !== undefined) return NEED;
  return undefined;
}
defBuiltin(isliceType.ns, "__new__", ["cls", "*args", "**kw"], function* (cls: PyType, args: any[], kw: any) {
  if (kw && Object.keys(kw).length && cls === isliceType) throw typeError("islice() takes no keyword arguments");
  if (args.length < 2) throw typeError(`islice expected at least 2 arguments, got ${args.length}`);
  if (args.length > 4) throw typeError(`islice expected at most 4 arguments, got ${args.length}`);
  const IDX = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  let start = 0, stop = -1, step = 1;
  if (args.length === 2) stop = yield* sliceArg(args[1], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  else {
    start = yield* sliceArg(args[1], IDX);
    stop = yield* sliceArg(args[2], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
    if (start === -1) start = 0;
    if (args.length === 4) {
      if (args[3] !== None) {
        let s: any = indexS2(args[3]);
        if (s === NEED) {
          try { s = yield* index(args[3]); } catch (e) { if (e instanceof PyBaseException && isSubtype(e.$cls, TypeError)) s = -1; else throw e; }
        }
        if (s === undefined || I.cmp(s, 1) < 0) throw valueError("Step for islice() must be a positive integer or None.");
        step = typeof s === "bigint" ? Number.MAX_SAFE_INTEGER : s;
      }
    }
  }
  const it = yield* getIter(args[0]);
  return withDict(new PyISlice(cls, it, start, stop, step), cls);
});

// --- pairwise ------------------------------------------------------------------------------------

class PyPairwise extends PyIterBase {
  it: any; old: any = undefined;
  constructor(cls: PyType, it: any) { super(cls); this.it = it; }
  step(): any {
    const it = this.it;
    if (it === null) return STOP;
    if (this.old === undefined) {
      const o = it.nx();
      if (o === NEED) return NEED;
      if (o === STOP) { this.it = null; return STOP; }
      this.old = o;
    }
    const v = it.nx();
    if (v === NEED) return NEED;
    return this.pair(v);
  }
  pair(v: any): any {
    if (v === STOP) { this.it = null; this.old = undefined; return STOP; }
    const r = new PyTuple([this.old, v]);
    this.old = v;
    return r;
  }
  *stepG(): Gen<any> {
    const it = this.it;
    if (it === null) return STOP;
    if (this.old === undefined) {
      const o = yield* pull(it);
      if (o === STOP) { this.it = null; return STOP; }
      this.old = o;
    }
    return this.pair(yield* pull(it));
  }
}
const pairwiseType = mk("pairwise", PyPairwise);
defBuiltin(pairwiseType.ns, "__new__", ["cls", "iterable", "/"], function* (cls: PyType, it: any) {
  return withDict(new PyPairwise(cls, yield* getIter(it)), cls);
});

// --- zip_longest ---------------------------------------------------------------------------------

class PyZipLongest extends PyIterBase {
  its: any[]; active: number; fill: any; buf: any[] | null = null; pos = 0;
  constructor(cls: PyType, its: any[], fill: any) { super(cls); this.its = its; this.active = its.length; this.fill = fill; }
  step(): any {
    const its = this.its, n = its.length;
    if (n === 0 || this.active === 0) return STOP;
    if (this.buf === null) { this.buf = new Array(n); this.pos = 0; }
    const buf = this.buf;
    for (; this.pos < n; this.pos++) {
      const it = its[this.pos];
      if (it === null) { buf[this.pos] = this.fill; continue; }
      const v = it.nx();
      if (v === NEED) return NEED;
      if (this.got(v) === STOP) return STOP;
    }
    this.buf = null;
    return new PyTuple(buf);
  }
  /** Record the current position's value; STOP when every iterator is exhausted. */
  got(v: any): any {
    if (v === STOP) {
      this.active--;
      if (this.active === 0) { this.buf = null; return STOP; }
      this.its[this.pos] = null;
      v = this.fill;
    }
    this.buf![this.pos] = v;
    return v;
  }
  *stepG(): Gen<any> {
    const its = this.its, n = its.length;
    if (n === 0 || this.active === 0) return STOP;
    if (this.buf === null) { this.buf = new Array(n); this.pos = 0; }
    const buf = this.buf;
    for (; this.pos < n; this.pos++) {
      const it = its[this.pos];
      if (it === null) { buf[this.pos] = this.fill; continue; }
      let v: any;
      try { v = yield* pull(it); } catch (e) { this.buf = null; this.active = 0; throw e; }
      if (this.got(v) === STOP) return STOP;
    }
    this.buf = null;
    return new PyTuple(buf);
  }
}
const zipLongestType = mk("zip_longest", PyZipLongest);
defBuiltin(zipLongestType.ns, "__new__", ["cls", "*iterables", "**kw"], function* (cls: PyType, its: any[], kw: any) {
  let fill = None;
  if (kw) {
    for (const k of Object.keys(kw)) {
      if (k !== "fillvalue") throw typeError("zip_longest() got an unexpected keyword argument");
      fill = kw[k];
    }
  }
  const iters: any[] = [];
  for (const x of its) iters.push(yield* getIter(x));
  return withDict(new PyZipLongest(cls, iters, fill), cls);
});

// --- tee -----------------------------------------------------------------------------------------

const TEE_CHUNK = 57;
/** A shared buffer segment: values read from the source, linked to the next segment. */
class TeeData {
  src: { it: any; running: boolean };
  values: any[] = [];
  next: TeeData | null = null;
  constructor(src: { it: any; running: boolean }) { this.src = src; }
  nextData(): TeeData { return (this.next ??= new TeeData(this.src)); }
}
class PyTee extends PyIterBase {
  data: TeeData; i: number;
  constructor(cls: PyType, data: TeeData, i: number) { super(cls); this.data = data; this.i = i; }
  step(): any {
    if (this.i >= TEE_CHUNK) { this.data = this.data.nextData(); this.i = 0; }
    const d = this.data;
    if (this.i < d.values.length) return d.values[this.i++];
    if (d.src.running) throw newExc(RuntimeError, "cannot re-enter the tee iterator");
    const v = d.src.it.nx();
    if (v === NEED || v === STOP) return v;
    d.values.push(v);
    this.i++;
    return v;
  }
  *stepG(): Gen<any> {
    if (this.i >= TEE_CHUNK) { this.data = this.data.nextData(); this.i = 0; }
    const d = this.data;
    if (this.i < d.values.length) return d.values[this.i++];
    if (d.src.running) throw newExc(RuntimeError, "cannot re-enter the tee iterator");
    d.src.running = true;
    let v: any;
    try { v = yield* pull(d.src.it); } finally { d.src.running = false; }
    if (v === STOP) return STOP;
    // another tee may have filled this slot meanwhile (the source ran Python code)
    if (this.i < d.values.length) return d.values[this.i++];
    d.values.push(v);
    this.i++;
    return v;
  }
}
const teeType = mk("_tee", PyTee);
function newTee(it: any): PyTee { return new PyTee(teeType, new TeeData({ it, running: false }), 0); }
defBuiltin(teeType.ns, "__new__", ["cls", "iterable", "/"], function* (cls: PyType, it: any) {
  const i = yield* getIter(it);
  if (i instanceof PyTee) return new PyTee(teeType, i.data, i.i);
  return newTee(i);
});
defMethod(teeType, "__copy__", [], (self: PyTee) => new PyTee(teeType, self.data, self.i));

// --- the module ------------------------------------------------------------------------------------

registerModule("itertools", () => makeModule("itertools", (ns) => {
  for (const [name, t] of Object.entries(ITYPES)) if (name !== "_grouper") ns[name] = t;
  ns._grouper = grouperType;
  installCombinatorics(ns);
  defBuiltin(ns, "tee", ["iterable", "n?", "/"], function* (iterable: any, n: any) {
    const k = n === undefined ? 2 : yield* index(n);
    if (I.cmp(k, 0) < 0) throw valueError("n must be >= 0");
    if (k === 0) return EMPTY_TUPLE;
    const it = yield* getIter(iterable);
    const out: any[] = [];
    let first: any;
    let copyf: any = null;
    if (it instanceof PyTee) first = it;
    else if (typeOf(it).lookup("__copy__") !== undefined) { first = it; copyf = yield* getattr(it, "__copy__"); }
    else first = newTee(it);
    out.push(first);
    for (let i = 1; i < Number(k); i++) {
      out.push(copyf !== null ? yield* callv(copyf, [], null, null) : new PyTee(teeType, first.data, first.i));
    }
    return new PyTuple(out);
  });
}));

export { PyList, objectType, intType };

/** chain.from_iterable(starmap(repeat, items)): Counter.elements()'s lazy iterator. */
export function* elementsOf(items: any): Gen<any> {
  return new PyChain(chainType, new PyStarmap(starmapType, repeatType, yield* getIter(items)));
}
