// str: the type's core protocol (construction, indexing with code-point semantics, iteration,
// comparison, hashing, concatenation). The text methods live in str_methods.ts and
// formatting (format(), %-formatting) in format.ts.

import { PyObj, PyBoxed, PySlice, NEED, STOP, None, NotImplemented, strType, builtinType, Gen, typeOf, isSubtype, Ns, PyBytes, PyByteArray } from "./core.ts";
import { defMethod, defMethod2, defNew } from "./function.ts";
import { indexError, typeError } from "./exceptions.ts";
import { strLen, isBmp, indexS, index, strRepeat, pyHash, EQ, NE, LT, LE, GT, GE } from "./ops.ts";
import { sliceIndices, seqIndex } from "./slice.ts";
import { str, strRepr, repr } from "./repr.ts";
import { stopIter, indexOrNeed } from "./list.ts";
import { callv } from "./call.ts";

export const strIterType = builtinType("str_ascii_iterator");

/** The JS string of a str or str-subclass instance, or undefined. */
export function asStr(v: any): string | undefined {
  if (typeof v === "string") return v;
  if (v instanceof PyBoxed && isSubtype(v.$cls, strType)) return v.v;
  return undefined;
}

/** Code points of s (array of one-code-point strings). */
export function codePoints(s: string): string[] { return isBmp(s) ? s.split("") : Array.from(s); }

export class PyStrIter extends PyObj {
  s: string; i = 0;
  constructor(s: string) { super(strIterType); this.s = s; }
  nx(): any {
    const s = this.s, i = this.i;
    if (i >= s.length) return STOP;
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { this.i = i + 2; return s.slice(i, i + 2); }
    }
    this.i = i + 1;
    return s[i];
  }
}
defMethod(strIterType, "__iter__", [], (self) => self);
defMethod(strIterType, "__next__", [], (self) => { const r = self.nx(); if (r === STOP) throw stopIter(); return r; });

export function strGetItemS(s: string, k: any): any {
  if (typeof k === "number") {
    if (isBmp(s)) {
      const i = k < 0 ? k + s.length : k;
      if (i < 0 || i >= s.length) throw indexError("string index out of range");
      return s[i];
    }
    const cps = Array.from(s);
    return cps[seqIndex(k, cps.length, "string")];
  }
  if (k instanceof PySlice) return strSlice(s, k);
  const i = indexOrNeed(k, "str");
  if (i === NEED) return NEED;
  return strGetItemS(s, Number(i));
}
export function strSlice(s: string, k: PySlice): string {
  const bmp = isBmp(s);
  const cps: any = bmp ? s : Array.from(s);
  const [start, stop, step, n] = sliceIndices(k, cps.length);
  if (step === 1) return bmp ? s.slice(start, Math.max(start, stop)) : cps.slice(start, Math.max(start, stop)).join("");
  let out = "";
  for (let i = 0, j = start; i < n; i++, j += step) out += cps[j];
  return out;
}

const S = strType;
function check(self: any): string {
  const s = asStr(self);
  if (s === undefined) throw typeError(`descriptor requires a 'str' object but received a '${typeOf(self).name}'`);
  return s;
}
defNew(S, ["object?", "encoding?", "errors?"], function* (cls, o, enc, errors) {
  let r: string;
  if (o === undefined) r = "";
  else if (enc !== undefined || errors !== undefined) {
    if (!(o instanceof PyBytes || o instanceof PyByteArray)) throw typeError(`decoding to str: need a bytes-like object, ${typeOf(o).name} found`);
    r = yield* callv(typeOf(o).lookup("decode"), [o, enc ?? "utf-8", errors ?? "strict"], null, null);
  } else r = yield* str(o);
  if (cls === strType) return r;
  const b = new PyBoxed(cls, r);
  if (cls.hasDict) b.$d = new Ns();
  return b;
});
defMethod(S, "__len__", [], (self) => strLen(check(self)));
defMethod2(S, "__getitem__", ["k"], (self, k) => strGetItemS(check(self), k), function* (self, k) {
  return strGetItemS(check(self), yield* index(k));
});
defMethod(S, "__iter__", [], (self) => new PyStrIter(check(self)));
defMethod(S, "__contains__", ["x"], (self, x) => {
  const s = asStr(x);
  if (s === undefined) throw typeError(`'in <string>' requires string as left operand, not ${typeOf(x).name}`);
  return check(self).includes(s);
});
defMethod(S, "__add__", ["other"], (self, o) => {
  const b = asStr(o);
  if (b === undefined) return NotImplemented; // the right operand's __radd__ may handle it
  return check(self) + b;
});
defMethod2(S, "__mul__", ["n"], (self, n) => {
  // a non-integer operand: NotImplemented, so the binary op reports "can't multiply sequence..."
  if (typeof n !== "number" && typeof n !== "bigint" && typeof n !== "boolean" && (typeof n !== "object" || typeOf(n).lookup("__index__") === undefined)) return NotImplemented;
  const k = indexS(n);
  if (k === NEED) return NEED;
  return strRepeat(check(self), k);
}, function* (self, n) { return strRepeat(check(self), yield* index(n)); });
S.ns.__rmul__ = S.ns.__mul__;
defMethod(S, "__hash__", [], function* (self) { return yield* pyHash(check(self)); });
defMethod(S, "__repr__", [], (self) => strRepr(check(self)));
defMethod(S, "__str__", [], (self) => check(self));
for (const [name, op] of [["__eq__", EQ], ["__ne__", NE], ["__lt__", LT], ["__le__", LE], ["__gt__", GT], ["__ge__", GE]] as const) {
  defMethod(S, name, ["other"], (self, o) => {
    const a = check(self), b = asStr(o);
    if (b === undefined) return NotImplemented;
    switch (op) {
      case EQ: return a === b; case NE: return a !== b; case LT: return a < b;
      case LE: return a <= b; case GT: return a > b; default: return a >= b;
    }
  });
}
defMethod(S, "__getnewargs__", [], (self) => check(self));

export { repr, None };
