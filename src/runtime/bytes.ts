// bytes and bytearray: construction, repr, indexing and slicing, iteration, comparison, hashing,
// concatenation, containment, % formatting and bytearray mutation. The text-like methods
// shared by both types (split, find, upper, hex, decode...) live in bytes_methods.ts.

import {
  PyObj, PyType, PyBytes, PyByteArray, PyBoxed, PySlice, PyTuple, PyList, NEED, STOP, None, NotImplemented, Ns,
  bytesType, bytearrayType, builtinType, strType, intType, typeOf, isSubtype, Gen, tuple,
} from "./core.ts";
import { defMethod, defMethod2, defNew } from "./function.ts";
import { typeError, valueError, indexError, overflowError, newExc, MemoryError, PyBaseException, TypeError } from "./exceptions.ts";
import { asInt, index, iter, indexS } from "./ops.ts";
import { sliceIndices } from "./slice.ts";
import { callDunder } from "./call.ts";
import { reprHooks } from "./repr.ts";
import { stopIter } from "./list.ts";
import { asStr } from "./str.ts";
import { encodeStr } from "./unicode_codecs.ts";
import { percentBytesS, percentBytes, latin1, fromLatin1 } from "./strformat.ts";
import { needsIndex } from "./str_methods.ts";
import "./bytes_methods.ts";

/** The bytes of a bytes-like object (bytes, bytearray), or undefined. */
export function bufOf(v: any): Uint8Array | undefined {
  if (v instanceof PyBytes) return v.b;
  if (v instanceof PyByteArray) return v.view();
  return undefined;
}
/** A new bytes or bytearray (exact type) like `self`. */
export function like(self: any, b: Uint8Array): PyBytes | PyByteArray {
  return self instanceof PyByteArray ? new PyByteArray(b) : new PyBytes(b);
}
export function kindName(self: any): string { return self instanceof PyByteArray ? "bytearray" : "bytes"; }

/** CPython's bytes repr: b'...' with the quote that needs no escaping when possible. */
export function bytesRepr(b: Uint8Array, ba = false): string {
  let q = 39;
  if (b.indexOf(39) >= 0 && b.indexOf(34) < 0) q = 34;
  let out = q === 39 ? "b'" : 'b"';
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    // bytearray's repr escapes ' even inside double quotes
    if (c === q || c === 92 || (ba && c === 39)) out += "\\" + String.fromCharCode(c);
    else if (c === 9) out += "\\t";
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c < 32 || c >= 127) out += (c < 16 ? "\\x0" : "\\x") + c.toString(16);
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(q);
}
function bytearrayRepr(ba: PyByteArray): string {
  return `${ba.$cls.name}(${bytesRepr(ba.view(), true)})`;
}
reprHooks.set(bytesType, function* (v: any) { return bytesRepr(v.b); } as any);
reprHooks.set(bytearrayType, function* (v: any) { return bytearrayRepr(v); } as any);

/** The bytes hash: equal to hash() of the str with the same (latin-1) characters. */
function bytesHash(b: Uint8Array): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < b.length; i++) h = Math.imul(h ^ b[i], 16777619);
  return h === -1 ? -2 : h;
}

// --- bytearray storage ---------------------------------------------------------------------------

/** Make room for n bytes in ba (amortized doubling). */
export function baReserve(ba: PyByteArray, n: number): void {
  if (ba.b.length >= n) return;
  if (n > 2 ** 31) throw newExc(MemoryError);
  const nb = new Uint8Array(Math.max(n, ba.b.length * 2, 16));
  nb.set(ba.b.subarray(0, ba.len));
  ba.b = nb;
}
/** Replace ba's contents with a copy of data. */
export function baAssign(ba: PyByteArray, data: Uint8Array): void {
  ba.b = data.slice();
  ba.len = data.length;
}
function baAppendBytes(ba: PyByteArray, data: Uint8Array): void {
  const n = ba.len + data.length;
  if (data.buffer === ba.b.buffer) data = data.slice();
  baReserve(ba, n);
  ba.b.set(data, ba.len);
  ba.len = n;
}
/** Replace ba[start:stop] by data (the general splice). */
function baSplice(ba: PyByteArray, start: number, stop: number, data: Uint8Array): void {
  if (stop < start) stop = start;
  const tail = ba.b.slice(stop, ba.len);
  if (data.buffer === ba.b.buffer) data = data.slice();
  const n = start + data.length + tail.length;
  baReserve(ba, n);
  ba.b.set(data, start);
  ba.b.set(tail, start + data.length);
  ba.len = n;
}

// --- construction -------------------------------------------------------------------------------------

function byteVal(v: any, msg: string): number {
  const n = asInt(v);
  if (n === undefined) throw typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  if (n < 0 || n > 255) throw valueError(msg);
  return Number(n);
}
/** Bytes from an iterable of ints (runs Python code for user iterables and __index__). */
function* bytesFromIterable(v: any, msg: string, what: string): Gen<Uint8Array> {
  if ((v instanceof PyList || v instanceof PyTuple) && v.$cls.isBuiltin) {
    const a = v.items, out = new Uint8Array(a.length);
    for (let i = 0; i < a.length; i++) {
      const x = a[i];
      out[i] = typeof x === "number" && x >= 0 && x <= 255 ? x : needsIndex(x) ? byteVal(yield* index(x), msg) : byteVal(x, msg);
    }
    return out;
  }
  const t = typeOf(v);
  if (t.lookup("__iter__") === undefined && t.lookup("__getitem__") === undefined)
    throw typeError(`cannot convert '${t.name}' object to ${what}`);
  const it = yield* iter(v);
  const buf = new PyByteArray(new Uint8Array(16));
  buf.len = 0;
  for (;;) {
    let x = it.nx();
    if (x === NEED) x = yield* it.nxG();
    if (x === STOP) break;
    const b = typeof x === "number" && x >= 0 && x <= 255 ? x : needsIndex(x) ? byteVal(yield* index(x), msg) : byteVal(x, msg);
    baReserve(buf, buf.len + 1);
    buf.b[buf.len++] = b;
  }
  return buf.view().slice();
}
function countArg(n: any): number {
  if (typeof n === "bigint") throw overflowError("cannot fit 'int' into an index-sized integer");
  if (n < 0) throw valueError("negative count");
  if (n > 2 ** 31) throw newExc(MemoryError);
  return n;
}
/** The data of bytes(x, encoding, errors) / bytearray(...); `what` is the type name for errors. */
function* bytesData(x: any, enc: any, errors: any, what: string): Gen<Uint8Array | PyBytes> {
  if (x === undefined) {
    if (enc !== undefined) throw typeError("encoding without a string argument");
    if (errors !== undefined) throw typeError("errors without a string argument");
    return new Uint8Array(0);
  }
  const s = asStr(x);
  if (enc !== undefined) {
    if (s === undefined) throw typeError("encoding without a string argument");
    const e = asStr(enc);
    if (e === undefined) throw typeError(`${what}() argument 'encoding' must be str, not ${typeOf(enc).name}`);
    let r = "strict";
    if (errors !== undefined) {
      const es = asStr(errors);
      if (es === undefined) throw typeError(`${what}() argument 'errors' must be str, not ${typeOf(errors).name}`);
      r = es;
    }
    return encodeStr(s, e, r);
  }
  if (errors !== undefined) throw typeError(s !== undefined ? "string argument without an encoding" : "errors without a string argument");
  if (s !== undefined) throw typeError("string argument without an encoding");
  const b = bufOf(x);
  if (b !== undefined) return b.slice();
  const t = typeOf(x);
  if (what === "bytes") {
    const f = t.lookup("__bytes__");
    if (f !== undefined && f !== None) {
      const r = yield* callDunder(f, x, t, []);
      if (!(r instanceof PyBytes)) throw typeError(`__bytes__ returned non-bytes (type ${typeOf(r).name})`);
      return r;
    }
  }
  const n = asInt(x);
  if (n !== undefined) return new Uint8Array(countArg(n));
  if (needsIndex(x)) {
    let k: any;
    try { k = yield* index(x); } catch (e) {
      if (!(e instanceof PyBaseException && isSubtype(e.$cls, TypeError))) throw e;
      k = undefined;
    }
    if (k !== undefined) return new Uint8Array(countArg(k));
  }
  if (typeof x === "object" && x.$cls === typeOf(None)) throw typeError(`cannot convert 'NoneType' object to ${what}`);
  return yield* bytesFromIterable(x, what === "bytes" ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)", what);
}

defNew(bytesType, ["source?", "encoding?", "errors?"], function* (cls: PyType, x: any, enc: any, errors: any) {
  if (cls === bytesType && x instanceof PyBytes && x.$cls === bytesType && enc === undefined && errors === undefined) return x;
  const d = yield* bytesData(x, enc, errors, "bytes");
  if (d instanceof PyBytes) {
    if (cls === bytesType) return d;
    return newBytes(cls, d.b);
  }
  return cls === bytesType ? new PyBytes(d) : newBytes(cls, d);
});
function newBytes(cls: PyType, b: Uint8Array): PyBytes {
  const o = new PyBytes(b, cls);
  if (cls.hasDict) o.$d = new Ns();
  return o;
}
defMethod(bytearrayType, "__init__", ["source?", "encoding?", "errors?"], function* (self: any, x: any, enc: any, errors: any) {
  const d = yield* bytesData(x, enc, errors, "bytearray");
  baAssign(self, d instanceof PyBytes ? d.b : d);
  return None;
});

// --- iteration ------------------------------------------------------------------------------------------

export const bytesIterType = builtinType("bytes_iterator");
export const bytearrayIterType = builtinType("bytearray_iterator");
export class PyBytesIter extends PyObj {
  o: any; i = 0;
  constructor(o: any) { super(o instanceof PyByteArray ? bytearrayIterType : bytesIterType); this.o = o; }
  nx(): any {
    const o = this.o;
    if (o instanceof PyBytes) return this.i < o.b.length ? o.b[this.i++] : (this.i = Infinity, STOP);
    return this.i < o.len ? o.b[this.i++] : (this.i = Infinity, STOP);
  }
}
for (const T of [bytesIterType, bytearrayIterType]) {
  defMethod(T, "__iter__", [], (self: any) => self);
  defMethod(T, "__next__", [], (self: any) => { const r = self.nx(); if (r === STOP) throw stopIter(); return r; });
  defMethod(T, "__length_hint__", [], (self: any) => Math.max(0, (self.o instanceof PyBytes ? self.o.b.length : self.o.len) - self.i));
}

// --- the protocol shared by bytes and bytearray -------------------------------------------------------

function checkSelf(T: PyType, name: string) {
  return (v: any): Uint8Array => {
    if (T === bytesType ? v instanceof PyBytes : v instanceof PyByteArray) return T === bytesType ? v.b : v.view();
    throw typeError(`descriptor '${name}' for '${T.name}' objects doesn't apply to a '${typeOf(v).name}' object`);
  };
}

function cmpBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}
function containsBytes(hay: Uint8Array, x: any): boolean {
  const n = asInt(x);
  if (n !== undefined) {
    if (n < 0 || n > 255) throw valueError("byte must be in range(0, 256)");
    return hay.indexOf(Number(n)) >= 0;
  }
  const b = bufOf(x);
  if (b === undefined) throw typeError(`a bytes-like object is required, not '${typeOf(x).name}'`);
  if (b.length === 0) return true;
  if (b.length === 1) return hay.indexOf(b[0]) >= 0;
  return latin1(hay).includes(latin1(b));
}
function repeatBytes(b: Uint8Array, n: any): Uint8Array {
  if (typeof n === "bigint") {
    if (n <= 0n) return new Uint8Array(0);
    throw overflowError("cannot fit 'int' into an index-sized integer");
  }
  if (n <= 0 || b.length === 0) return new Uint8Array(0);
  if (b.length * n > 2 ** 30) throw newExc(MemoryError);
  const out = new Uint8Array(b.length * n);
  if (b.length === 1) out.fill(b[0]);
  else for (let i = 0; i < n; i++) out.set(b, i * b.length);
  return out;
}

function getItem(self: any, data: Uint8Array, k: any): any {
  if (typeof k === "number") {
    const i = k < 0 ? k + data.length : k;
    if (i < 0 || i >= data.length) throw indexError(self instanceof PyByteArray ? "bytearray index out of range" : "index out of range");
    return data[i];
  }
  if (k instanceof PySlice) {
    const [start, stop, step, n] = sliceIndices(k, data.length);
    if (step === 1) return like(self, data.slice(start, Math.max(start, stop)));
    const out = new Uint8Array(n);
    for (let i = 0, j = start; i < n; i++, j += step) out[i] = data[j];
    return like(self, out);
  }
  const n = asInt(k);
  if (n !== undefined) return getItem(self, data, typeof n === "bigint" ? (n < 0n ? -Infinity : Infinity) : n);
  if (needsIndex(k)) return NEED;
  throw typeError(`${self instanceof PyByteArray ? "bytearray" : "byte"} indices must be integers or slices, not ${typeOf(k).name}`);
}

for (const T of [bytesType, bytearrayType]) {
  const data = checkSelf(T, "__len__");
  const isBA = T === bytearrayType;
  defMethod(T, "__len__", [], (self: any) => data(self).length);
  defMethod(T, "__iter__", [], (self: any) => { data(self); return new PyBytesIter(self); });
  defMethod2(T, "__getitem__", ["key", "/"], (self: any, k: any) => getItem(self, data(self), k),
    function* (self: any, k: any) { return getItem(self, data(self), yield* index(k)); });
  defMethod(T, "__contains__", ["key", "/"], (self: any, x: any) => containsBytes(data(self), x));
  defMethod(T, "__add__", ["other", "/"], (self: any, o: any) => {
    const a = data(self), b = bufOf(o);
    if (b === undefined) throw typeError(`can't concat ${typeOf(o).name} to ${T.name}`);
    const out = new Uint8Array(a.length + b.length);
    out.set(a);
    out.set(b, a.length);
    return like(self, out);
  });
  defMethod2(T, "__mul__", ["value", "/"], (self: any, n: any) => {
    const a = data(self);
    const k = asInt(n);
    if (k === undefined) return needsIndex(n) ? NEED : NotImplemented;
    return like(self, repeatBytes(a, k));
  }, function* (self: any, n: any) { return like(self, repeatBytes(data(self), yield* index(n))); });
  T.ns.__rmul__ = T.ns.__mul__;
  for (const [name, op] of [["__eq__", 0], ["__ne__", 1], ["__lt__", 2], ["__le__", 3], ["__gt__", 4], ["__ge__", 5]] as const) {
    defMethod(T, name, ["value", "/"], (self: any, o: any) => {
      const a = data(self), b = isBA ? bufOf(o) : o instanceof PyBytes ? o.b : undefined;
      if (b === undefined) return NotImplemented; // bytes leaves bytearray to the reflected method
      if (op <= 1) {
        let eq = a.length === b.length;
        if (eq) for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) { eq = false; break; }
        return op === 0 ? eq : !eq;
      }
      const c = cmpBytes(a, b);
      return op === 2 ? c < 0 : op === 3 ? c <= 0 : op === 4 ? c > 0 : c >= 0;
    });
  }
  defMethod(T, "__repr__", [], (self: any) => (isBA ? bytearrayRepr(self) : bytesRepr(data(self))));
  defMethod(T, "__str__", [], (self: any) => (isBA ? bytearrayRepr(self) : bytesRepr(data(self))));
  defMethod2(T, "__mod__", ["value", "/"], (self: any, v: any) => {
    const r = percentBytesS(latin1(data(self)), v);
    return r === NEED ? NEED : like(self, fromLatin1(r));
  }, function* (self: any, v: any) { return like(self, fromLatin1(yield* percentBytes(latin1(data(self)), v))); });
  defMethod(T, "__rmod__", ["value", "/"], () => NotImplemented);
  defMethod(T, "__getnewargs__", [], (self: any) => tuple([new PyBytes(data(self).slice())]));
  defMethod(T, "__sizeof__", [], (self: any) => (isBA ? 56 + self.b.length : 33 + data(self).length));
}
defMethod(bytesType, "__hash__", [], (self: any) => bytesHash(self.b));
defMethod(bytesType, "__bytes__", [], (self: any) => (self.$cls === bytesType ? self : new PyBytes(self.b)));
bytearrayType.ns.__hash__ = None;

// --- bytearray mutation --------------------------------------------------------------------------------

const BA = bytearrayType;
function ba_(v: any, name: string): PyByteArray {
  if (v instanceof PyByteArray) return v;
  throw typeError(`descriptor '${name}' for 'bytearray' objects doesn't apply to a '${typeOf(v).name}' object`);
}
/** A byte value argument (int in range(256)); NEED for __index__ objects. */
function byteArg(v: any): number {
  if (typeof v === "number") {
    if (v < 0 || v > 255) throw valueError("byte must be in range(0, 256)");
    return v;
  }
  if (needsIndex(v)) return NEED;
  return byteVal(v, "byte must be in range(0, 256)");
}
function baIndex(ba: PyByteArray, k: any, what: string): number {
  let n = asInt(k)!;
  if (typeof n === "bigint") throw indexError(what);
  if (n < 0) n += ba.len;
  if (n < 0 || n >= ba.len) throw indexError(what);
  return n;
}

defMethod2(BA, "append", ["item", "/"], (self: any, x: any) => {
  const ba = ba_(self, "append"), v = byteArg(x);
  if (v === NEED) return NEED;
  baReserve(ba, ba.len + 1);
  ba.b[ba.len++] = v;
  return None;
}, function* (self: any, x: any) {
  const ba = ba_(self, "append"), v = byteVal(yield* index(x), "byte must be in range(0, 256)");
  baReserve(ba, ba.len + 1);
  ba.b[ba.len++] = v;
  return None;
});
defMethod(BA, "extend", ["iterable_of_ints", "/"], function* (self: any, it: any) {
  const ba = ba_(self, "extend");
  const b = bufOf(it);
  if (b !== undefined) { baAppendBytes(ba, b); return None; }
  const t = typeOf(it);
  if (asStr(it) === undefined && t.lookup("__iter__") === undefined && t.lookup("__getitem__") === undefined)
    throw typeError(`can't extend bytearray with ${t.name}`);
  baAppendBytes(ba, yield* bytesFromIterable(it, "byte must be in range(0, 256)", "bytearray"));
  return None;
});
defMethod(BA, "insert", ["index", "item", "/"], function* (self: any, i: any, x: any) {
  const ba = ba_(self, "insert");
  let n: any = yield* index(i);
  const v = byteVal(needsIndex(x) ? yield* index(x) : x, "byte must be in range(0, 256)");
  if (typeof n === "bigint") n = n < 0n ? 0 : ba.len;
  if (n < 0) { n += ba.len; if (n < 0) n = 0; }
  if (n > ba.len) n = ba.len;
  baSplice(ba, n, n, new Uint8Array([v]));
  return None;
});
defMethod(BA, "pop", ["index?", "/"], function* (self: any, i: any) {
  const ba = ba_(self, "pop");
  if (ba.len === 0) throw indexError("pop from empty bytearray");
  const k = i === undefined ? ba.len - 1 : baIndex(ba, yield* index(i), "pop index out of range");
  const v = ba.b[k];
  ba.b.copyWithin(k, k + 1, ba.len);
  ba.len--;
  return v;
});
defMethod(BA, "remove", ["value", "/"], function* (self: any, x: any) {
  const ba = ba_(self, "remove");
  const v = byteVal(needsIndex(x) ? yield* index(x) : x, "byte must be in range(0, 256)");
  const k = ba.view().indexOf(v);
  if (k < 0) throw valueError("value not found in bytearray");
  ba.b.copyWithin(k, k + 1, ba.len);
  ba.len--;
  return None;
});
defMethod(BA, "clear", [], (self: any) => { const ba = ba_(self, "clear"); ba.b = new Uint8Array(0); ba.len = 0; return None; });
defMethod(BA, "copy", [], (self: any) => new PyByteArray(ba_(self, "copy").view().slice()));
defMethod(BA, "reverse", [], (self: any) => { ba_(self, "reverse").view().reverse(); return None; });
defMethod(BA, "__alloc__", [], (self: any) => ba_(self, "__alloc__").b.length + 1);
defMethod(BA, "__iadd__", ["value", "/"], (self: any, o: any) => {
  const ba = ba_(self, "__iadd__"), b = bufOf(o);
  if (b === undefined) throw typeError(`can't concat ${typeOf(o).name} to bytearray`);
  baAppendBytes(ba, b);
  return ba;
});
defMethod(BA, "__imul__", ["value", "/"], function* (self: any, n: any) {
  const ba = ba_(self, "__imul__");
  baAssign(ba, repeatBytes(ba.view(), yield* index(n)));
  return ba;
});

/** Bytes for a slice assignment: bytes-like, or an iterable of ints (not str, not int). */
function* assignData(v: any): Gen<Uint8Array> {
  const b = bufOf(v);
  if (b !== undefined) return b.slice();
  if (asStr(v) !== undefined || asInt(v) !== undefined || (typeof v === "object" && typeOf(v).lookup("__iter__") === undefined))
    throw typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
  return yield* bytesFromIterable(v, "byte must be in range(0, 256)", "bytearray");
}
defMethod(BA, "__setitem__", ["key", "value", "/"], function* (self: any, k: any, v: any) {
  const ba = ba_(self, "__setitem__");
  if (k instanceof PySlice) {
    const data = yield* assignData(v);
    const [start, stop, step, n] = sliceIndices(k, ba.len);
    if (step === 1) { baSplice(ba, start, stop, data); return None; }
    if (data.length !== n) throw valueError(`attempt to assign bytes of size ${data.length} to extended slice of size ${n}`);
    for (let i = 0, j = start; i < n; i++, j += step) ba.b[j] = data[i];
    return None;
  }
  const i = asInt(k) !== undefined ? k : needsIndex(k) ? yield* index(k) : undefined;
  if (i === undefined) throw typeError(`bytearray indices must be integers or slices, not ${typeOf(k).name}`);
  const pos = baIndex(ba, i, "bytearray index out of range");
  ba.b[pos] = byteVal(needsIndex(v) ? yield* index(v) : v, "byte must be in range(0, 256)");
  return None;
});
defMethod(BA, "__delitem__", ["key", "/"], function* (self: any, k: any) {
  const ba = ba_(self, "__delitem__");
  if (k instanceof PySlice) {
    const [start, stop, step, n] = sliceIndices(k, ba.len);
    if (step === 1) { if (stop > start) baSplice(ba, start, stop, new Uint8Array(0)); return None; }
    const del = new Uint8Array(ba.len);
    for (let i = 0, j = start; i < n; i++, j += step) del[j] = 1;
    let w = 0;
    for (let r = 0; r < ba.len; r++) if (!del[r]) ba.b[w++] = ba.b[r];
    ba.len = w;
    return None;
  }
  const i = asInt(k) !== undefined ? k : needsIndex(k) ? yield* index(k) : undefined;
  if (i === undefined) throw typeError(`bytearray indices must be integers or slices, not ${typeOf(k).name}`);
  const pos = baIndex(ba, i, "bytearray index out of range");
  ba.b.copyWithin(pos, pos + 1, ba.len);
  ba.len--;
  return None;
});

bytesType.ns.__doc__ = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\nbytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by the parameter initialized with null bytes\nbytes() -> empty bytes object\n\nConstruct an immutable array of bytes from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - any object implementing the buffer API.\n  - an integer";
bytearrayType.ns.__doc__ = "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\nbytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size given by the parameter initialized with null bytes\nbytearray() -> empty bytes array\n\nConstruct a mutable bytearray object from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - a bytes or a buffer object\n  - any object implementing the buffer API.\n  - an integer";

export { PyBoxed, strType, intType, indexS };
