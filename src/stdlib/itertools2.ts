// itertools' combinatoric iterators: product, permutations, combinations and
// combinations_with_replacement. Their pools are read eagerly (as CPython does), so stepping
// never runs Python code.

import { PyType, STOP, None, Gen, PyTuple, EMPTY_TUPLE } from "../runtime/core.ts";
import * as I from "../runtime/int.ts";
import { defBuiltin } from "../runtime/function.ts";
import { typeError, valueError, newExc, OverflowError } from "../runtime/exceptions.ts";
import { toArray, index } from "../runtime/ops.ts";
import { PyIterBase, withDict, iteratorType } from "./iterbase.ts";

class PyProduct extends PyIterBase {
  pools: any[][]; idx: number[] | null = null; cur: any[] = []; done = false;
  constructor(cls: PyType, pools: any[][]) { super(cls); this.pools = pools; }
  step(): any {
    if (this.done) return STOP;
    const pools = this.pools, n = pools.length;
    if (this.idx === null) {
      for (const p of pools) if (p.length === 0) { this.done = true; return STOP; }
      this.idx = new Array(n).fill(0);
      this.cur = pools.map((p) => p[0]);
      return n === 0 ? EMPTY_TUPLE : new PyTuple(this.cur.slice());
    }
    const idx = this.idx, cur = this.cur;
    let i = n - 1;
    for (; i >= 0; i--) {
      const p = pools[i];
      if (++idx[i] === p.length) { idx[i] = 0; cur[i] = p[0]; }
      else { cur[i] = p[idx[i]]; break; }
    }
    if (i < 0) { this.done = true; return STOP; }
    return new PyTuple(cur.slice());
  }
  *stepG(): Gen<any> { return this.step(); }
}

class PyPermutations extends PyIterBase {
  pool: any[]; r: number; idx: number[]; cycles: number[]; first = true; done = false;
  constructor(cls: PyType, pool: any[], r: number) {
    super(cls);
    this.pool = pool; this.r = r;
    const n = pool.length;
    this.idx = Array.from({ length: n }, (_, i) => i);
    this.cycles = Array.from({ length: r }, (_, i) => n - i);
    if (r > n) this.done = true;
  }
  out(): PyTuple {
    const a = new Array(this.r);
    for (let i = 0; i < this.r; i++) a[i] = this.pool[this.idx[i]];
    return new PyTuple(a);
  }
  step(): any {
    if (this.done) return STOP;
    if (this.first) { this.first = false; return this.out(); }
    const n = this.pool.length, r = this.r, idx = this.idx, cyc = this.cycles;
    if (n === 0) { this.done = true; return STOP; }
    for (let i = r - 1; i >= 0; i--) {
      if (--cyc[i] === 0) {
        // rotate idx[i:] left by one
        const x = idx[i];
        for (let j = i; j < n - 1; j++) idx[j] = idx[j + 1];
        idx[n - 1] = x;
        cyc[i] = n - i;
      } else {
        const j = n - cyc[i];
        const t = idx[i]; idx[i] = idx[j]; idx[j] = t;
        return this.out();
      }
    }
    this.done = true;
    return STOP;
  }
  *stepG(): Gen<any> { return this.step(); }
}

class PyCombinations extends PyIterBase {
  pool: any[]; r: number; idx: number[]; first = true; done = false; repl: boolean;
  constructor(cls: PyType, pool: any[], r: number, repl: boolean) {
    super(cls);
    this.pool = pool; this.r = r; this.repl = repl;
    this.idx = repl ? new Array(r).fill(0) : Array.from({ length: r }, (_, i) => i);
    if (repl ? pool.length === 0 && r > 0 : r > pool.length) this.done = true;
  }
  out(): PyTuple {
    const a = new Array(this.r);
    for (let i = 0; i < this.r; i++) a[i] = this.pool[this.idx[i]];
    return new PyTuple(a);
  }
  step(): any {
    if (this.done) return STOP;
    if (this.first) { this.first = false; return this.out(); }
    const n = this.pool.length, r = this.r, idx = this.idx;
    let i = r - 1;
    if (this.repl) {
      while (i >= 0 && idx[i] === n - 1) i--;
      if (i < 0) { this.done = true; return STOP; }
      const v = idx[i] + 1;
      for (let j = i; j < r; j++) idx[j] = v;
    } else {
      while (i >= 0 && idx[i] === i + n - r) i--;
      if (i < 0) { this.done = true; return STOP; }
      idx[i]++;
      for (let j = i + 1; j < r; j++) idx[j] = idx[j - 1] + 1;
    }
    return this.out();
  }
  *stepG(): Gen<any> { return this.step(); }
}

/** r argument: a non-negative int (index-sized). */
function* rArg(v: any): Gen<number> {
  const r = yield* index(v);
  if (typeof r === "bigint") {
    if (r < 0n) throw valueError("r must be non-negative");
    throw newExc(OverflowError, "Python int too large to convert to C ssize_t");
  }
  if (r < 0) throw valueError("r must be non-negative");
  return r;
}

const ns: Record<string, any> = {};
{
  const productType = iteratorType("product", "itertools", PyProduct);
  defBuiltin(productType.ns, "__new__", ["cls", "*iterables", "repeat?"], function* (cls: PyType, its: any[], repeat: any) {
    let rep = 1;
    if (repeat !== undefined) {
      const r = yield* index(repeat);
      if (I.cmp(r, 0) < 0) throw valueError("repeat argument cannot be negative");
      if (typeof r === "bigint") throw newExc(OverflowError, "Python int too large to convert to C ssize_t");
      rep = r;
      if (rep > 0 && its.length > 0 && rep * its.length > 2 ** 28) throw typeError("repeat argument too large");
    }
    const base: any[][] = [];
    for (const x of its) base.push(yield* toArray(x));
    const pools: any[][] = [];
    for (let i = 0; i < rep; i++) for (const p of base) pools.push(p);
    return withDict(new PyProduct(cls, pools), cls);
  });
  ns.product = productType;

  const permType = iteratorType("permutations", "itertools", PyPermutations);
  defBuiltin(permType.ns, "__new__", ["cls", "iterable", "r?"], function* (cls: PyType, it: any, r: any) {
    const pool = yield* toArray(it);
    const rr = r === undefined || r === None ? pool.length : yield* rArg(r);
    return withDict(new PyPermutations(cls, pool, rr), cls);
  });
  ns.permutations = permType;

  const combType = iteratorType("combinations", "itertools", PyCombinations);
  defBuiltin(combType.ns, "__new__", ["cls", "iterable?", "r?"], function* (cls: PyType, it: any, r: any) {
    if (it === undefined) throw typeError("combinations() missing required argument 'iterable' (pos 1)");
    if (r === undefined) throw typeError("combinations() missing required argument 'r' (pos 2)");
    const pool = yield* toArray(it);
    return withDict(new PyCombinations(cls, pool, yield* rArg(r), false), cls);
  });
  ns.combinations = combType;

  const cwrType = iteratorType("combinations_with_replacement", "itertools", PyCombinations);
  defBuiltin(cwrType.ns, "__new__", ["cls", "iterable?", "r?"], function* (cls: PyType, it: any, r: any) {
    if (it === undefined) throw typeError("combinations_with_replacement() missing required argument 'iterable' (pos 1)");
    if (r === undefined) throw typeError("combinations_with_replacement() missing required argument 'r' (pos 2)");
    const pool = yield* toArray(it);
    return withDict(new PyCombinations(cls, pool, yield* rArg(r), true), cls);
  });
  ns.combinations_with_replacement = cwrType;
}
/** Put the combinatoric types into the itertools module namespace. */
export function installCombinatorics(target: Record<string, any>): void { Object.assign(target, ns); }
