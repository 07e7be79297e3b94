// range and its iterator. Bounds are JS numbers; a range whose bounds need bigints raises
// OverflowError. DEVIATION(CPython): CPython allows arbitrary-size range bounds.

import { PyObj, PyRange, PySlice, NEED, STOP, None, NotImplemented, rangeType, builtinType, Gen, typeOf, PyTuple } from "./core.ts";
import { defMethod, defMethod2, defNew } from "./function.ts";
import * as I from "./int.ts";
import { indexError, typeError, valueError, overflowError } from "./exceptions.ts";
import { index, indexS, eqS, eq, pyHash } from "./ops.ts";
import { sliceIndices, seqIndex } from "./slice.ts";
import { stopIter } from "./list.ts";

export const rangeIterType = builtinType("range_iterator");
export class PyRangeIter extends PyObj {
  cur: any; step: any; left: any;
  big: boolean;
  constructor(r: PyRange) {
    super(rangeIterType);
    this.cur = r.start; this.step = r.step; this.left = r.length;
    this.big = r.big;
  }
  nx(): any {
    if (this.big) {
      if (I.cmp(this.left, 0) <= 0) return STOP;
      this.left = I.sub(this.left, 1);
      const v = this.cur;
      this.cur = I.add(this.cur, this.step);
      return v;
    }
    if (this.left <= 0) return STOP;
    this.left--;
    const v = this.cur;
    this.cur += this.step;
    return v;
  }
}
defMethod(rangeIterType, "__iter__", [], (self) => self);
defMethod(rangeIterType, "__next__", [], (self) => { const r = self.nx(); if (r === STOP) throw stopIter(); return r; });
defMethod(rangeIterType, "__length_hint__", [], (self) => Math.max(0, self.left));

function num(v: any): any {
  const n = indexS(v);
  if (n === NEED) throw typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  return n;
}
export function makeRange(a: any, b?: any, c?: any): PyRange {
  let start: any = 0, stop: any, step: any = 1;
  if (b === undefined) stop = num(a);
  else { start = num(a); stop = num(b); if (c !== undefined) step = num(c); }
  if (step === 0 || step === 0n) throw valueError("range() arg 3 must not be zero");
  return new PyRange(start, stop, step);
}
const R = rangeType;
defNew(R, ["start", "stop?", "step?"], function* (cls, a, b, c) {
  // objects with __index__ are converted first (a generator: __index__ is Python code)
  const conv = function* (v: any) { return v === undefined || indexS(v) !== NEED ? v : yield* index(v); };
  return makeRange(yield* conv(a), yield* conv(b), yield* conv(c));
});
defMethod(R, "__len__", [], (self: PyRange) => {
  const n = self.length;
  if (typeof n === "bigint") throw overflowError("Python int too large to convert to C ssize_t");
  return n;
});
defMethod(R, "__iter__", [], (self: PyRange) => new PyRangeIter(self));
defMethod(R, "__reversed__", [], (self: PyRange) => {
  const n = self.length;
  if (self.big) {
    const last = I.add(self.start, I.mul(I.sub(n, 1), self.step));
    return new PyRangeIter(new PyRange(last, I.sub(self.start, self.step), I.neg(self.step)));
  }
  return new PyRangeIter(new PyRange(self.start + (n - 1) * self.step, self.start - self.step, -self.step));
});
export function rangeGetItemS(r: PyRange, k: any): any {
  if (k instanceof PySlice) {
    const len = r.length;
    if (typeof len === "bigint") throw overflowError("Python int too large to convert to C ssize_t");
    const [start, , step, n] = sliceIndices(k, len);
    if (r.big) {
      const s0 = I.add(r.start, I.mul(start, r.step)), st = I.mul(step, r.step);
      return new PyRange(s0, I.add(s0, I.mul(n, st)), st);
    }
    const s = r.start + start * r.step, st = step * r.step;
    return new PyRange(s, s + n * st, st);
  }
  const i = indexS(k);
  if (i === NEED) return NEED;
  if (r.big || typeof i === "bigint") {
    const len = r.length;
    let j = I.cmp(i, 0) < 0 ? I.add(i, len) : i;
    if (I.cmp(j, 0) < 0 || I.cmp(j, len) >= 0) throw indexError("range object index out of range");
    return I.add(r.start, I.mul(j, r.step));
  }
  const n = seqIndex(i, r.length, "range object");
  return r.start + n * r.step;
}
defMethod2(R, "__getitem__", ["k"], (self, k) => rangeGetItemS(self, k), function* (self, k) { return rangeGetItemS(self, yield* index(k)); });
export function rangeContains(r: PyRange, x: any): any {
  if (r.big || typeof x === "bigint") {
    if (typeof x !== "number" && typeof x !== "bigint" && typeof x !== "boolean") return NEED;
    const v: any = typeof x === "boolean" ? (x ? 1 : 0) : x;
    const { start, stop, step } = r;
    const up = I.cmp(step, 0) > 0;
    if (up ? I.cmp(v, start) < 0 || I.cmp(v, stop) >= 0 : I.cmp(v, start) > 0 || I.cmp(v, stop) <= 0) return false;
    return I.cmp(I.mod(I.sub(v, start), step), 0) === 0;
  }
  if (typeof x !== "number" && typeof x !== "boolean") return NEED;
  const v = Number(x);
  if (!Number.isInteger(v)) return false;
  const { start, stop, step } = r;
  if (step > 0 ? v < start || v >= stop : v > start || v <= stop) return false;
  return (v - start) % step === 0;
}
defMethod(R, "__contains__", ["x"], function* (self, x) {
  const r = rangeContains(self, x);
  if (r !== NEED) return r;
  for (let i = 0, v = self.start; i < self.length; i++, v += self.step) if (yield* eq(v, x)) return true;
  return false;
});
defMethod(R, "index", ["x"], (self: PyRange, x) => {
  if (rangeContains(self, x) !== true) throw valueError(`${x} is not in range`);
  if (self.big || typeof x === "bigint") return I.floordiv(I.sub(x, self.start), self.step);
  return (Number(x) - self.start) / self.step;
});
defMethod(R, "count", ["x"], (self: PyRange, x) => (rangeContains(self, x) === true ? 1 : 0));
defMethod(R, "__repr__", [], (self: PyRange) => self.step === 1 ? `range(${self.start}, ${self.stop})` : `range(${self.start}, ${self.stop}, ${self.step})`);
function rangeEq(a: PyRange, b: PyRange): boolean {
  const n = a.length;
  if (n !== b.length) return false;
  if (n === 0) return true;
  if (a.start !== b.start) return false;
  return n === 1 || a.step === b.step;
}
defMethod(R, "__eq__", ["o"], (self, o) => (o instanceof PyRange ? rangeEq(self, o) : NotImplemented));
defMethod(R, "__ne__", ["o"], (self, o) => (o instanceof PyRange ? !rangeEq(self, o) : NotImplemented));
defMethod(R, "__hash__", [], function* (self: PyRange) {
  const n = self.length;
  return yield* pyHash(new PyTuple([n, n ? self.start : None, n > 1 ? self.step : None]));
});
const getters: [string, (r: PyRange) => any][] = [["start", (r) => r.start], ["stop", (r) => r.stop], ["step", (r) => r.step]];
import { defGetSet } from "./attr.ts";
for (const [n, g] of getters) defGetSet(R, n, g);
