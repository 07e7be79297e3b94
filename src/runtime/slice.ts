// slice objects and the index arithmetic shared by every sequence (PySlice_AdjustIndices).

import { PySlice, None, sliceType, NEED } from "./core.ts";
import { indexS } from "./ops.ts";
import { valueError, typeError, indexError } from "./exceptions.ts";

function sliceIndex(v: any): number {
  const r = indexS(v);
  if (r === NEED) throw typeError("slice indices must be integers or None or have an __index__ method");
  if (typeof r === "bigint") return r > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  return r;
}

/** Resolve a slice against a length: [start, stop, step, count]. */
export function sliceIndices(s: PySlice, len: number): [number, number, number, number] {
  let step = 1;
  if (s.step !== None) {
    step = sliceIndex(s.step);
    if (step === 0) throw valueError("slice step cannot be zero");
  }
  let start: number, stop: number;
  if (s.start === None) start = step < 0 ? len - 1 : 0;
  else {
    start = sliceIndex(s.start);
    if (start < 0) { start += len; if (start < 0) start = step < 0 ? -1 : 0; }
    else if (start >= len) start = step < 0 ? len - 1 : len;
  }
  if (s.stop === None) stop = step < 0 ? -1 : len;
  else {
    stop = sliceIndex(s.stop);
    if (stop < 0) { stop += len; if (stop < 0) stop = step < 0 ? -1 : 0; }
    else if (stop >= len) stop = step < 0 ? len - 1 : len;
  }
  let n = 0;
  if (step < 0) { if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1; }
  else if (start < stop) n = Math.floor((stop - start - 1) / step) + 1;
  return [start, stop, step, n];
}

/** Take a slice of a JS array. */
export function sliceArray<T>(a: T[], s: PySlice): T[] {
  const [start, stop, step, n] = sliceIndices(s, a.length);
  if (step === 1) return a.slice(start, stop > start ? stop : start);
  const out = new Array(n);
  for (let i = 0, j = start; i < n; i++, j += step) out[i] = a[j];
  return out;
}

/** Normalize a sequence index (negative from the end); throws IndexError with `what`. */
export function seqIndex(i: any, len: number, what: string): number {
  let n = typeof i === "number" ? i : indexNumber(i, what);
  if (n < 0) n += len;
  if (n < 0 || n >= len) throw indexError(`${what} index out of range`);
  return n;
}
function indexNumber(i: any, what: string): number {
  const r = indexS(i);
  if (r === NEED) throw new Error("seqIndex: __index__ objects must be converted by the caller");
  if (typeof r === "bigint") throw indexError(`cannot fit 'int' into an index-sized integer`);
  return r;
}

export { PySlice, sliceType };

// --- the slice type ------------------------------------------------------------------------------
import { defMethod, defNew } from "./function.ts";
import { defGetSet } from "./attr.ts";
import { repr } from "./repr.ts";
import { PyTuple, NotImplemented, Gen } from "./core.ts";
import { compare, EQ } from "./ops.ts";

defNew(sliceType, ["start", "stop?", "step?"], (cls: any, a: any, b: any, c: any) => {
  if (b === undefined) return new PySlice(None, a, None);
  return new PySlice(a, b, c === undefined ? None : c);
});
defGetSet(sliceType, "start", (s: PySlice) => s.start);
defGetSet(sliceType, "stop", (s: PySlice) => s.stop);
defGetSet(sliceType, "step", (s: PySlice) => s.step);
defMethod(sliceType, "indices", ["length"], (s: PySlice, n: any) => {
  const len = indexS(n);
  if (typeof len !== "number" || len < 0) throw valueError("length should not be negative");
  const [start, stop, step] = sliceIndices(s, len);
  return new PyTuple([start, stop, step]);
});
defMethod(sliceType, "__repr__", [], function* (s: PySlice): Gen<string> {
  return `slice(${yield* repr(s.start)}, ${yield* repr(s.stop)}, ${yield* repr(s.step)})`;
});
defMethod(sliceType, "__eq__", ["other"], function* (s: PySlice, o: any) {
  if (!(o instanceof PySlice)) return NotImplemented;
  return yield* compare(new PyTuple([s.start, s.stop, s.step]), new PyTuple([o.start, o.stop, o.step]), EQ);
});
sliceType.ns.__hash__ = None;
