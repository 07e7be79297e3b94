// The io class hierarchy (_IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase) with the generic
// methods subclasses inherit (iteration, context manager, readlines, writelines), and the two
// in-memory streams StringIO and BytesIO. File objects are in io.ts.

import {
  PyObj, PyType, PyList, PyBytes, PyByteArray, PyTuple, None, NEED, STOP, Gen, typeOf, isSubtype,
  objectType, builtinType, Ns,
} from "../runtime/core.ts";
import { defMethod, defNew } from "../runtime/function.ts";
import { defGetSet, getattr } from "../runtime/attr.ts";
import { callv } from "../runtime/call.ts";
import * as E from "../runtime/exceptions.ts";
import { newExc, typeError, valueError, PyBaseException } from "../runtime/exceptions.ts";
import { asInt, truth, iter, len, strLen, index } from "../runtime/ops.ts";
import { asStr } from "../runtime/str.ts";
import { nsDictOf } from "../runtime/type.ts";
import { strRepr } from "../runtime/repr.ts";

// --- the hierarchy ---------------------------------------------------------------------------------

/** Every io object: the closed flag lives here so IOBase.close/closed work for all subclasses. */
export class PyIOBase extends PyObj {
  closed = false;
}

export const iobaseType = builtinType("_IOBase", objectType, "_io");
iobaseType.alloc = (cls) => new PyIOBase(cls);
iobaseType.hasDict = true;
export const rawIOBaseType = builtinType("_RawIOBase", iobaseType, "_io");
export const bufferedIOBaseType = builtinType("_BufferedIOBase", iobaseType, "_io");
export const textIOBaseType = builtinType("_TextIOBase", iobaseType, "_io");

/** io.UnsupportedOperation(OSError, ValueError). */
export const UnsupportedOperation = new PyType("UnsupportedOperation", [E.OSError, E.ValueError], true);
UnsupportedOperation.mro = [UnsupportedOperation, E.OSError, E.ValueError, E.Exception, E.BaseException, objectType];
UnsupportedOperation.module = "io";
UnsupportedOperation.solid = E.BaseException;
UnsupportedOperation.hasDict = true;
UnsupportedOperation.alloc = E.OSError.alloc;

export function unsupported(msg: string): PyBaseException { return newExc(UnsupportedOperation, msg); }
export function closedError(period = true): PyBaseException {
  return valueError(period ? "I/O operation on closed file." : "I/O operation on closed file");
}

/** Is the stream closed? Asks Python for subclasses that may override `closed`. */
export function* isClosedG(self: any): Gen<boolean> {
  if (self instanceof PyIOBase && self.$cls.isBuiltin) return self.closed;
  return yield* truth(yield* getattr(self, "closed"));
}
function* checkClosedG(self: any): Gen<void> {
  if (yield* isClosedG(self)) throw closedError();
}
export function* callMethod(o: any, name: string, args: any[]): Gen<any> {
  return yield* callv(yield* getattr(o, name), args, null, null);
}

/** A size argument: None or missing -> -1, an int, else CPython's TypeError. */
export function sizeArg(v: any): number {
  if (v === undefined || v === None) return -1;
  const n = asInt(v);
  if (n === undefined) throw typeError(`argument should be integer or None, not '${typeOf(v).name}'`);
  return Number(n);
}
/** An int argument (seek positions): __index__-less strict check. */
export function intArg(v: any): number {
  const n = asInt(v);
  if (n === undefined) throw typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  return Number(n);
}
/** The bytes of a bytes-like object, or undefined. */
export function bytesLike(v: any): Uint8Array | undefined {
  if (v instanceof PyBytes) return v.b;
  if (v instanceof PyByteArray) return v.view();
  return undefined;
}

function descrError(name: string, tname: string, self: any) {
  return typeError(`descriptor '${name}' for '${tname}' objects doesn't apply to a '${typeOf(self).name}' object`);
}

// _IOBase: generic behaviour through the Python-level protocol (subclasses supply read/write).
const B = iobaseType;
defMethod(B, "__enter__", [], function* (self: any) { yield* checkClosedG(self); return self; });
defMethod(B, "__exit__", ["*args"], function* (self: any) { yield* callMethod(self, "close", []); return None; });
defMethod(B, "close", [], function* (self: any) {
  if (!(self instanceof PyIOBase) || self.closed) return None;
  try { yield* callMethod(self, "flush", []); } finally { self.closed = true; }
  return None;
});
defMethod(B, "flush", [], function* (self: any) { yield* checkClosedG(self); return None; });
defGetSet(B, "closed", (self: any) => (self instanceof PyIOBase ? self.closed : false));
defMethod(B, "__iter__", [], function* (self: any) { yield* checkClosedG(self); return self; });
defMethod(B, "__next__", [], function* (self: any) {
  const line = yield* callMethod(self, "readline", []);
  if ((yield* len(line)) === 0) throw newExc(E.StopIteration);
  return line;
});
defGetSet(B, "__dict__", (self: any) => nsDictOf(self.$d ??= new Ns()));
defMethod(B, "readable", [], () => false);
defMethod(B, "writable", [], () => false);
defMethod(B, "seekable", [], () => false);
defMethod(B, "isatty", [], function* (self: any) { yield* checkClosedG(self); return false; });
defMethod(B, "fileno", [], () => { throw unsupported("fileno"); });
defMethod(B, "seek", ["*args"], () => { throw unsupported("seek"); });
defMethod(B, "tell", [], function* (self: any) { return yield* callMethod(self, "seek", [0, 1]); });
defMethod(B, "truncate", ["*args"], () => { throw unsupported("truncate"); });
defMethod(B, "readline", ["size?", "/"], function* (self: any, size: any) {
  // byte-at-a-time through read(1): only reached by subclasses that supply read() alone
  const limit = sizeArg(size);
  const parts: number[] = [];
  while (limit < 0 || parts.length < limit) {
    const b = yield* callMethod(self, "read", [1]);
    const u = bytesLike(b);
    if (u === undefined) throw typeError(`read() should have returned a bytes object, not '${typeOf(b).name}'`);
    if (u.length === 0) break;
    parts.push(u[0]);
    if (u[0] === 10) break;
  }
  return new PyBytes(Uint8Array.from(parts));
});
defMethod(B, "readlines", ["hint?", "/"], function* (self: any, hint: any) {
  const h = sizeArg(hint);
  const out: any[] = [];
  let total = 0;
  const it = yield* iter(self);
  for (;;) {
    let line = it.nx();
    if (line === NEED) line = yield* it.nxG();
    if (line === STOP) break;
    out.push(line);
    if (h > 0) { total += yield* len(line); if (total >= h) break; }
  }
  return new PyList(out);
});
defMethod(B, "writelines", ["lines", "/"], function* (self: any, lines: any) {
  yield* checkClosedG(self);
  const it = yield* iter(lines);
  const w = yield* getattr(self, "write");
  for (;;) {
    let x = it.nx();
    if (x === NEED) x = yield* it.nxG();
    if (x === STOP) break;
    yield* callv(w, [x], null, null);
  }
  return None;
});
defMethod(B, "_checkClosed", ["msg?"], function* (self: any) { yield* checkClosedG(self); return None; });

defMethod(rawIOBaseType, "read", ["size?", "/"], function* (self: any, size: any) {
  const n = sizeArg(size);
  if (n < 0) return yield* callMethod(self, "readall", []);
  throw unsupported("readinto");
});
defMethod(rawIOBaseType, "readall", [], function* (self: any) {
  const chunks: Uint8Array[] = [];
  for (;;) {
    const b = yield* callMethod(self, "read", [8192]);
    if (b === None) break;
    const u = bytesLike(b);
    if (u === undefined || u.length === 0) break;
    chunks.push(u.slice());
  }
  return new PyBytes(concatBytes(chunks));
});
for (const m of ["read", "read1", "readinto", "write", "detach"]) {
  defMethod(bufferedIOBaseType, m, ["*args"], () => { throw unsupported(m); });
}
for (const m of ["read", "readline", "write", "detach"]) {
  defMethod(textIOBaseType, m, ["*args"], () => { throw unsupported(m); });
}
defGetSet(textIOBaseType, "encoding", () => None);
defGetSet(textIOBaseType, "newlines", () => None);
defGetSet(textIOBaseType, "errors", () => None);

export function concatBytes(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  let n = 0;
  for (const c of chunks) n += c.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const c of chunks) { out.set(c, o); o += c.length; }
  return out;
}

// --- line splitting shared by StringIO and text files ----------------------------------------------

/**
 * End (exclusive, in UTF-16 units) of the line starting at `from` in `s`, or -1 when no line
 * ending is found. `nl` is the newline mode: "\n", "\r", "\r\n", or "" for universal endings.
 * With universal endings a "\r" at the very end is reported as -2 (a "\n" may follow).
 */
export function lineEnd(s: string, from: number, nl: string): number {
  if (nl === "\n" || nl === "\r" || nl === "\r\n") {
    const i = s.indexOf(nl, from);
    return i < 0 ? -1 : i + nl.length;
  }
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) return i + 1;
    if (c === 13) {
      if (i + 1 === s.length) return -2;
      return s.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    }
  }
  return -1;
}
/** UTF-16 index after advancing `n` code points from `from` in s (clamped to s.length). */
export function advanceCP(s: string, from: number, n: number): number {
  let i = from;
  while (n > 0 && i < s.length) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c < 0xdc00 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    n--;
  }
  return i;
}
/** Newline kinds seen, as CPython's `newlines` attribute reports them (bits: CR 1, LF 2, CRLF 4). */
export function newlinesValue(seen: number): any {
  switch (seen) {
    case 0: return None;
    case 1: return "\r";
    case 2: return "\n";
    case 4: return "\r\n";
    case 3: return new PyTuple(["\r", "\n"]);
    case 5: return new PyTuple(["\r", "\r\n"]);
    case 6: return new PyTuple(["\n", "\r\n"]);
    default: return new PyTuple(["\r", "\n", "\r\n"]);
  }
}
export function scanNewlines(s: string): number {
  let seen = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) seen |= 2;
    else if (c === 13) {
      if (s.charCodeAt(i + 1) === 10) { seen |= 4; i++; } else seen |= 1;
    }
  }
  return seen;
}
export function checkNewline(v: any): string | null {
  if (v === undefined) return "\n";
  if (v === None) return null;
  const s = asStr(v);
  if (s === undefined) throw typeError(`newline must be str or None, not ${typeOf(v).name}`);
  if (s !== "" && s !== "\n" && s !== "\r" && s !== "\r\n") return "!" + s;
  return s;
}

// --- StringIO -----------------------------------------------------------------------------------

export const stringIOType = builtinType("StringIO", textIOBaseType, "_io");

/**
 * The text lives in one JS string; `pos` is a UTF-16 index (it may run past the end after a
 * seek, then a write pads with NULs). Positions seen by Python count code points.
 */
export class PyStringIO extends PyIOBase {
  s = "";
  pos = 0;
  /** Newline mode: null (translate \r\n and \r to \n on write), "", "\n", "\r", "\r\n". */
  nl: string | null = "\n";
  seen = 0;
  /** True once the text holds a surrogate pair (positions then need code-point conversion). */
  astral = false;
  inited = false;
  nx(): any {
    if (!this.$cls.isBuiltin) return NEED;
    if (this.closed) throw closedError();  // iter() skips __iter__'s check for builtin iterators
    this.check();
    const l = this.readline(-1);
    return l === "" ? STOP : l;
  }
  check(): void {
    if (!this.inited) throw valueError("I/O operation on uninitialized object");
    if (this.closed) throw closedError(false);
  }
  write(x: string): void {
    if (this.nl === null) {
      if (x.includes("\r")) { this.seen |= scanNewlines(x); x = x.replace(/\r\n?/g, "\n"); }
      else if (x.includes("\n")) this.seen |= 2;
    } else if ((this.nl === "\r" || this.nl === "\r\n") && x.includes("\n")) x = x.replace(/\n/g, this.nl);
    if (!this.astral && /[\ud800-\udbff][\udc00-\udfff]/.test(x)) this.astral = true;
    const s = this.s, p = this.pos;
    if (p === s.length) this.s = s + x;
    else if (p > s.length) this.s = s + "\0".repeat(p - s.length) + x;
    else this.s = s.slice(0, p) + x + s.slice(p + x.length);
    this.pos = p + x.length;
  }
  readline(limit: number): string {
    const s = this.s, p = this.pos;
    if (p >= s.length) return "";
    let e = lineEnd(s, p, this.nl === null ? "\n" : this.nl);
    if (e === -2) e = s.length;
    if (e < 0) e = s.length;
    if (limit >= 0) e = Math.min(e, advanceCP(s, p, limit));
    this.pos = e;
    return s.slice(p, e);
  }
  /** Code-point position <-> UTF-16 index. */
  tellCP(): number {
    if (!this.astral) return this.pos;
    if (this.pos > this.s.length) return strLen(this.s) + this.pos - this.s.length;
    return strLen(this.s.slice(0, this.pos));
  }
  unitsOf(cp: number): number {
    if (!this.astral) return cp;
    const i = advanceCP(this.s, 0, cp);
    return i < this.s.length ? i : this.s.length + (cp - strLen(this.s));
  }
}
stringIOType.alloc = (cls) => new PyStringIO(cls);

function sio(self: any, name: string): PyStringIO {
  if (!(self instanceof PyStringIO)) throw descrError(name, "_io.StringIO", self);
  self.check();
  return self;
}
const S = stringIOType;
defMethod(S, "__init__", ["initial_value?", "newline?"], (self: PyStringIO, init: any, newline: any) => {
  const nl = checkNewline(newline);
  if (nl !== null && nl.startsWith("!")) throw valueError(`illegal newline value: ${strRepr(nl.slice(1))}`);
  let v = "";
  if (init !== undefined && init !== None) {
    const s = asStr(init);
    if (s === undefined) throw typeError(`initial_value must be str or None, not ${typeOf(init).name}`);
    v = s;
  }
  self.nl = nl; self.s = ""; self.pos = 0; self.seen = 0; self.astral = false; self.inited = true; self.closed = false;
  if (v) { self.write(v); self.pos = 0; }
  return None;
});
defMethod(S, "getvalue", [], (self: any) => sio(self, "getvalue").s);
defMethod(S, "write", ["s", "/"], (self: any, x: any) => {
  const f = sio(self, "write");
  const s = asStr(x);
  if (s === undefined) throw typeError(`string argument expected, got '${typeOf(x).name}'`);
  const n = strLen(s);
  if (s.length) f.write(s);
  return n;
});
defMethod(S, "read", ["size?", "/"], (self: any, size: any) => {
  const f = sio(self, "read");
  const n = sizeArg(size);
  const s = f.s, p = f.pos;
  if (p >= s.length) return "";
  const e = n < 0 ? s.length : advanceCP(s, p, n);
  f.pos = e;
  return s.slice(p, e);
});
defMethod(S, "readline", ["size?", "/"], (self: any, size: any) => {
  const f = sio(self, "readline");
  return f.readline(sizeArg(size));
});
defMethod(S, "__next__", [], (self: any) => {
  const f = sio(self, "__next__");
  const l = f.readline(-1);
  if (l === "") throw newExc(E.StopIteration);
  return l;
});
defMethod(S, "readlines", ["hint?", "/"], (self: any, hint: any) => {
  const f = sio(self, "readlines");
  const h = sizeArg(hint);
  const out: string[] = [];
  let total = 0;
  for (;;) {
    const l = f.readline(-1);
    if (l === "") break;
    out.push(l);
    total += l.length;
    if (h > 0 && total >= h) break;
  }
  return new PyList(out);
});
defMethod(S, "tell", [], (self: any) => sio(self, "tell").tellCP());
defMethod(S, "seek", ["pos", "whence?", "/"], (self: any, pos: any, whence: any) => {
  const f = sio(self, "seek");
  const p = intArg(pos), w = whence === undefined ? 0 : intArg(whence);
  if (w !== 0 && w !== 1 && w !== 2) throw valueError(`Invalid whence (${w}, should be 0, 1 or 2)`);
  if (p < 0 && w === 0) throw valueError(`Negative seek position ${p}`);
  if (w !== 0 && p !== 0) throw newExc(E.OSError, "Can't do nonzero cur-relative seeks");  // (sic) for both, as CPython
  if (w === 0) f.pos = f.unitsOf(p);
  else if (w === 2) f.pos = f.s.length;
  return f.tellCP();
});
defMethod(S, "truncate", ["pos?", "/"], (self: any, pos: any) => {
  const f = sio(self, "truncate");
  const p = pos === undefined || pos === None ? f.tellCP() : intArg(pos);
  if (p < 0) throw valueError(`Negative size value ${p}`);
  const u = f.unitsOf(p);
  if (u < f.s.length) f.s = f.s.slice(0, u);
  return p;
});
defMethod(S, "close", [], (self: any) => {
  if (!(self instanceof PyStringIO)) throw descrError("close", "_io.StringIO", self);
  self.closed = true; self.s = "";
  return None;
});
for (const m of ["readable", "writable", "seekable"]) defMethod(S, m, [], (self: any) => { sio(self, m); return true; });
defGetSet(S, "closed", (self: PyStringIO) => { if (!self.inited) throw valueError("I/O operation on uninitialized object"); return self.closed; });
defGetSet(S, "line_buffering", (self: any) => { sio(self, "line_buffering"); return false; });
defGetSet(S, "newlines", (self: any) => { const f = sio(self, "newlines"); return f.nl === null ? newlinesValue(f.seen) : None; });
defGetSet(S, "encoding", () => None);
defGetSet(S, "errors", () => None);

// --- BytesIO ------------------------------------------------------------------------------------

export const bytesIOType = builtinType("BytesIO", bufferedIOBaseType, "_io");

/** A growable byte buffer: `b[0:n]` is the content, `pos` may run past n after a seek. */
export class PyBytesIO extends PyIOBase {
  b = new Uint8Array(0);
  n = 0;
  pos = 0;
  nx(): any {
    if (!this.$cls.isBuiltin) return NEED;
    if (this.closed) throw closedError();
    const l = this.readline(-1);
    return l.length === 0 ? STOP : new PyBytes(l);
  }
  check(): void { if (this.closed) throw closedError(false); }
  write(x: Uint8Array): void {
    const end = this.pos + x.length;
    if (end > this.b.length) {
      const nb = new Uint8Array(Math.max(end, this.b.length * 2, 64));
      nb.set(this.b.subarray(0, this.n));
      this.b = nb;
    }
    if (this.pos > this.n) this.b.fill(0, this.n, this.pos);
    this.b.set(x, this.pos);
    this.pos = end;
    if (end > this.n) this.n = end;
  }
  read(size: number): Uint8Array {
    const p = Math.min(this.pos, this.n);
    const e = size < 0 ? this.n : Math.min(this.n, p + size);
    this.pos = Math.max(this.pos, e);
    return this.b.slice(p, e);
  }
  readline(limit: number): Uint8Array {
    const p = Math.min(this.pos, this.n);
    let e = this.b.subarray(0, this.n).indexOf(10, p);
    e = e < 0 ? this.n : e + 1;
    if (limit >= 0) e = Math.min(e, p + limit);
    this.pos = Math.max(this.pos, e);
    return this.b.slice(p, e);
  }
}
bytesIOType.alloc = (cls) => new PyBytesIO(cls);

function bio(self: any, name: string): PyBytesIO {
  if (!(self instanceof PyBytesIO)) throw descrError(name, "_io.BytesIO", self);
  self.check();
  return self;
}
const BI = bytesIOType;
defMethod(BI, "__init__", ["initial_bytes?"], (self: PyBytesIO, init: any) => {
  self.b = new Uint8Array(0); self.n = 0; self.pos = 0; self.closed = false;
  if (init !== undefined && init !== None) {
    const u = bytesLike(init);
    if (u === undefined) throw typeError(`a bytes-like object is required, not '${typeOf(init).name}'`);
    self.write(u);
    self.pos = 0;
  }
  return None;
});
defMethod(BI, "getvalue", [], (self: any) => { const f = bio(self, "getvalue"); return new PyBytes(f.b.slice(0, f.n)); });
defMethod(BI, "getbuffer", [], (self: any) => { const f = bio(self, "getbuffer"); return new PyByteArray(f.b.slice(0, f.n)); });
defMethod(BI, "write", ["b", "/"], (self: any, x: any) => {
  const f = bio(self, "write");
  const u = bytesLike(x);
  if (u === undefined) throw typeError(`a bytes-like object is required, not '${typeOf(x).name}'`);
  if (u.length) f.write(u.slice());
  return u.length;
});
defMethod(BI, "read", ["size?", "/"], (self: any, size: any) => new PyBytes(bio(self, "read").read(sizeArg(size))));
defMethod(BI, "read1", ["size?", "/"], (self: any, size: any) => new PyBytes(bio(self, "read1").read(sizeArg(size))));
defMethod(BI, "readline", ["size?", "/"], (self: any, size: any) => new PyBytes(bio(self, "readline").readline(sizeArg(size))));
defMethod(BI, "__next__", [], (self: any) => {
  const l = bio(self, "__next__").readline(-1);
  if (l.length === 0) throw newExc(E.StopIteration);
  return new PyBytes(l);
});
defMethod(BI, "readlines", ["hint?", "/"], (self: any, hint: any) => {
  const f = bio(self, "readlines");
  const h = sizeArg(hint);
  const out: PyBytes[] = [];
  let total = 0;
  for (;;) {
    const l = f.readline(-1);
    if (l.length === 0) break;
    out.push(new PyBytes(l));
    total += l.length;
    if (h > 0 && total >= h) break;
  }
  return new PyList(out);
});
defMethod(BI, "readinto", ["buffer", "/"], (self: any, buf: any) => {
  const f = bio(self, "readinto");
  if (!(buf instanceof PyByteArray)) throw typeError(`readinto() argument must be read-write bytes-like object, not ${typeOf(buf).name}`);
  const data = f.read(buf.len);
  buf.b.set(data, 0);
  return data.length;
});
defMethod(BI, "tell", [], (self: any) => bio(self, "tell").pos);
defMethod(BI, "seek", ["pos", "whence?", "/"], (self: any, pos: any, whence: any) => {
  const f = bio(self, "seek");
  let p = intArg(pos);
  const w = whence === undefined ? 0 : intArg(whence);
  if (w === 0) { if (p < 0) throw valueError(`negative seek value ${p}`); }
  else if (w === 1) p = Math.max(0, f.pos + p);
  else if (w === 2) p = Math.max(0, f.n + p);
  else throw valueError(`invalid whence (${w}, should be 0, 1 or 2)`);
  f.pos = p;
  return p;
});
defMethod(BI, "truncate", ["size?", "/"], (self: any, size: any) => {
  const f = bio(self, "truncate");
  const p = size === undefined || size === None ? f.pos : intArg(size);
  if (p < 0) throw valueError(`negative size value ${p}`);
  if (p < f.n) f.n = p;
  return p;
});
defMethod(BI, "close", [], (self: any) => {
  if (!(self instanceof PyBytesIO)) throw descrError("close", "_io.BytesIO", self);
  self.closed = true;
  return None;
});
defMethod(BI, "flush", [], (self: any) => { bio(self, "flush"); return None; });
for (const m of ["readable", "writable", "seekable"]) defMethod(BI, m, [], (self: any) => { bio(self, m); return true; });
defGetSet(BI, "closed", (self: PyBytesIO) => self.closed);

export { isSubtype, index };
