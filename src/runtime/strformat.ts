// str.format / str.format_map (PEP 3101 fields) and printf-style '%' formatting for str and
// bytes, with CPython's parsing rules and error messages.
//
// Both engines are written once, as sync code. Operations that may run Python code (str() of a
// user object, __format__, attribute lookups...) go through need(): the sync attempt aborts
// with PENDING before any Python code ran; the generator fallback (replay) then performs the
// operation, memoizes its result and re-runs the engine, which takes results from the memo in
// order. Only side-effect-free builtin work is ever repeated.

import { NEED, PyFloat, PyComplex, PyBoxed, PyTuple, PyBytes, PyByteArray, PyObj, floatType, intType, strType, typeOf, isSubtype, Gen, None } from "./core.ts";
import { typeError, valueError, overflowError, keyError, newExc, IndexError } from "./exceptions.ts";
import { strLen, isBmp, getitemS, getitem, index, indexS, asInt } from "./ops.ts";
import { getattrS, getattr } from "./attr.ts";
import { reprS, repr, str as pyStr } from "./repr.ts";
import { callDunder } from "./call.ts";
import { floatRepr } from "./float.ts";
import { toFloat } from "./int.ts";
import { dtoa, formatValueS } from "./format.ts";
import { hooks } from "./hooks.ts";

// --- replay machinery -------------------------------------------------------------------------

const PENDING: any = { pending: true };
export class Replay {
  memo: any[] = [];
  k = 0;
  op = 0;
  a: any = null;
  b: any = null;
}
const OP_STR = 1, OP_REPR = 2, OP_ASCII = 3, OP_FORMAT = 4, OP_GETATTR = 5, OP_GETITEM = 6,
  OP_INT = 7, OP_INDEX = 8, OP_FLOAT = 9, OP_BYTES = 10;

/** The result of an operation that needs Python code: from the memo, or abort the sync run. */
function need(rp: Replay | null, op: number, a: any, b: any): any {
  if (rp !== null) {
    if (rp.k < rp.memo.length) return rp.memo[rp.k++];
    rp.op = op; rp.a = a; rp.b = b;
  }
  throw PENDING;
}

function* perform(op: number, a: any, b: any): Gen<any> {
  switch (op) {
    case OP_STR: return yield* pyStr(a);
    case OP_REPR: return yield* repr(a);
    case OP_ASCII: return asciiOf(yield* repr(a));
    case OP_FORMAT: return yield* hooks.format(a, b);
    case OP_GETATTR: return yield* getattr(a, b);
    case OP_GETITEM: return yield* getitem(a, b);
    case OP_INDEX: return yield* index(a);
    case OP_INT: {
      const t = typeOf(a);
      const f = t.lookup("__int__");
      if (f !== undefined && f !== None) {
        const r = yield* callDunder(f, a, t, []);
        const n = asInt(r);
        if (n === undefined) throw typeError(`__int__ returned non-int (type ${typeOf(r).name})`);
        return n;
      }
      return yield* index(a);
    }
    case OP_FLOAT: {
      const t = typeOf(a);
      const f = t.lookup("__float__");
      if (f !== undefined && f !== None) {
        const r = yield* callDunder(f, a, t, []);
        if (!(r instanceof PyFloat)) throw typeError(`${t.name}.__float__ returned non-float (type ${typeOf(r).name})`);
        return r.v;
      }
      return toFloat(yield* index(a));
    }
    case OP_BYTES: {
      const t = typeOf(a);
      const r = yield* callDunder(t.lookup("__bytes__"), a, t, []);
      if (!(r instanceof PyBytes)) throw typeError(`__bytes__ returned non-bytes (type ${typeOf(r).name})`);
      return latin1(r.b);
    }
  }
  throw new Error("strformat: bad op");
}

/** Run a sync engine; NEED when it needs Python code. */
function runSync<A, B, C>(f: (rp: Replay | null, a: A, b: B, c: C) => any, a: A, b: B, c: C): any {
  try {
    return f(null, a, b, c);
  } catch (e) {
    if (e === PENDING) return NEED;
    throw e;
  }
}
/** Run an engine to completion, performing its Python operations one by one. */
function* runGen<A, B, C>(f: (rp: Replay | null, a: A, b: B, c: C) => any, a: A, b: B, c: C): Gen<any> {
  const rp = new Replay();
  for (;;) {
    rp.k = 0;
    try {
      return f(rp, a, b, c);
    } catch (e) {
      if (e !== PENDING) throw e;
    }
    rp.memo.push(yield* perform(rp.op, rp.a, rp.b));
  }
}

// --- conversions with sync fast paths ---------------------------------------------------------

/** ascii(): the repr with non-ASCII characters escaped. */
export function asciiOf(r: string): string {
  if (/^[\x00-\x7f]*$/.test(r)) return r;
  let out = "";
  for (const ch of r) {
    const c = ch.codePointAt(0)!;
    if (c < 128) out += ch;
    else if (c <= 0xff) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c <= 0xffff) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += "\\U" + c.toString(16).padStart(8, "0");
  }
  return out;
}
function strOf(rp: Replay | null, v: any): string {
  switch (typeof v) {
    case "string": return v;
    case "number": case "bigint": return String(v);
    case "boolean": return v ? "True" : "False";
  }
  if (v.$cls.isBuiltin) {
    if (v instanceof PyFloat) return floatRepr(v.v);
    const r = reprS(v);
    if (r !== NEED) return r;
  }
  return need(rp, OP_STR, v, null);
}
function reprOf(rp: Replay | null, v: any): string {
  const r = reprS(v);
  return r !== NEED ? r : need(rp, OP_REPR, v, null);
}
function asciiOfV(rp: Replay | null, v: any): string {
  const r = reprS(v);
  return r !== NEED ? asciiOf(r) : need(rp, OP_ASCII, v, null);
}
function getitemOp(rp: Replay | null, o: any, k: any): any {
  const r = getitemS(o, k);
  return r !== NEED ? r : need(rp, OP_GETITEM, o, k);
}

/** A JS string of the bytes' latin-1 characters. */
export function latin1(b: Uint8Array): string {
  if (b.length < 4096) return String.fromCharCode.apply(null, b as any);
  let s = "";
  for (let i = 0; i < b.length; i += 4096) s += String.fromCharCode.apply(null, b.subarray(i, i + 4096) as any);
  return s;
}
/** The bytes of a string of characters < 256. */
export function fromLatin1(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}

// --- str.format -------------------------------------------------------------------------------

class FmtState {
  args: any[] | null;
  kw: any;           // an Ns of keyword arguments, a mapping (format_map), or null
  kwIsNs: boolean;
  auto = 0;          // 0 init, 1 automatic numbering, 2 manual
  next = 0;
  constructor(args: any[] | null, kw: any, kwIsNs: boolean) { this.args = args; this.kw = kw; this.kwIsNs = kwIsNs; }
}

/** Decimal value of a field-name part, -1 if it is not all digits. */
function fieldInt(s: string): number {
  if (s.length === 0) return -1;
  let acc = 0;
  for (let i = 0; i < s.length; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    if (acc > (9223372036854775807 - d) / 10) throw valueError("Too many decimal digits in format string");
    acc = acc * 10 + d;
  }
  return acc;
}

function getField(rp: Replay | null, name: string, st: FmtState): any {
  let i = 0;
  const n = name.length;
  while (i < n) { const c = name.charCodeAt(i); if (c === 46 || c === 91) break; i++; }
  const first = name.slice(0, i);
  let idx = fieldInt(first);
  const empty = first.length === 0;
  if (empty || idx !== -1) {
    if (st.auto === 0) st.auto = empty ? 1 : 2;
    if (st.auto === 2 && empty) throw valueError("cannot switch from manual field specification to automatic field numbering");
    if (st.auto === 1 && !empty) throw valueError("cannot switch from automatic field numbering to manual field specification");
    if (empty) idx = st.next++;
  }
  let obj: any;
  if (idx === -1) {
    const kw = st.kw;
    if (kw === null) throw keyError(first);
    if (st.kwIsNs) {
      obj = kw[first];
      if (obj === undefined) throw keyError(first);
    } else obj = getitemOp(rp, kw, first);
  } else {
    if (st.args === null) throw valueError("Format string contains positional fields");
    if (idx >= st.args.length) throw newExc(IndexError, `Replacement index ${idx} out of range for positional args tuple`);
    obj = st.args[idx];
  }
  while (i < n) {
    const c = name.charCodeAt(i++);
    let part: string, isAttr: boolean;
    if (c === 46) {
      const s = i;
      while (i < n) { const d = name.charCodeAt(i); if (d === 46 || d === 91) break; i++; }
      part = name.slice(s, i);
      isAttr = true;
    } else if (c === 91) {
      const s = i;
      while (i < n && name.charCodeAt(i) !== 93) i++;
      if (i >= n) throw valueError("Missing ']' in format string");
      part = name.slice(s, i++);
      isAttr = false;
    } else throw valueError("Only '.' or '[' may follow ']' in format field specifier");
    if (part.length === 0) throw valueError("Empty attribute in format string");
    if (isAttr) {
      const r = getattrS(obj, part);
      obj = r !== NEED ? r : need(rp, OP_GETATTR, obj, part);
    } else {
      const k = fieldInt(part);
      obj = getitemOp(rp, obj, k === -1 ? part : k);
    }
  }
  return obj;
}

function buildString(rp: Replay | null, s: string, st: FmtState, depth: number): string {
  if (depth <= 0) throw valueError("Max string recursion exceeded");
  const n = s.length;
  let out = "";
  let i = 0;
  while (i < n) {
    // literal text up to the next brace
    const start = i;
    let c = 0, markup = false;
    while (i < n) {
      c = s.charCodeAt(i++);
      if (c === 123 || c === 125) { markup = true; break; }
    }
    const atEnd = i >= n;
    let end = i;
    if (markup && c === 125 && (atEnd || s.charCodeAt(i) !== 125)) throw valueError("Single '}' encountered in format string");
    if (markup && atEnd && c === 123) throw valueError("Single '{' encountered in format string");
    if (markup) {
      if (s.charCodeAt(i) === c) { i++; markup = false; } // escaped {{ or }}
      else end--;
    }
    if (end > start) out += s.slice(start, end);
    if (!markup) continue;
    // the field: name up to '!', ':' or '}' ('[...]' may contain them)
    const fstart = i;
    c = 0;
    while (i < n) {
      c = s.charCodeAt(i++);
      if (c === 123) throw valueError("unexpected '{' in field name");
      if (c === 91) { while (i < n && s.charCodeAt(i) !== 93) i++; continue; }
      if (c === 125 || c === 58 || c === 33) break;
    }
    const fname = s.slice(fstart, i - 1);
    let conv = 0, spec = "", expand = false;
    if (c === 33 || c === 58) {
      let done = false;
      if (c === 33) {
        if (i >= n) throw valueError("end of string while looking for conversion specifier");
        conv = s.codePointAt(i)!;
        i += conv > 0xffff ? 2 : 1;
        if (i < n) {
          const d = s.charCodeAt(i++);
          if (d === 125) done = true;
          else if (d !== 58) throw valueError("expected ':' after conversion specifier");
        }
      }
      if (!done) {
        const sstart = i;
        let count = 1;
        while (i < n) {
          const d = s.charCodeAt(i++);
          if (d === 123) { expand = true; count++; }
          else if (d === 125 && --count === 0) { done = true; break; }
        }
        if (!done) throw valueError("unmatched '{' in format spec");
        spec = s.slice(sstart, i - 1);
      }
    } else if (c !== 125) throw valueError("expected '}' before end of string");
    let obj = getField(rp, fname, st);
    if (conv !== 0) {
      if (conv === 114) obj = reprOf(rp, obj);
      else if (conv === 115) obj = strOf(rp, obj);
      else if (conv === 97) obj = asciiOfV(rp, obj);
      else if (conv > 32 && conv < 127) throw valueError(`Unknown conversion specifier ${String.fromCharCode(conv)}`);
      else throw valueError(`Unknown conversion specifier \\x${conv.toString(16)}`);
    }
    if (expand) spec = buildString(rp, spec, st, depth - 1);
    if (typeof obj === "string" && spec === "") { out += obj; continue; }
    const r = formatValueS(obj, spec);
    out += r !== NEED ? r : need(rp, OP_FORMAT, obj, spec);
  }
  return out;
}

function formatEngine(rp: Replay | null, s: string, st: FmtState, _: any): string {
  st.auto = 0; st.next = 0;
  return buildString(rp, s, st, 2);
}

/** str.format(*args, **kwargs): sync attempt (NEED when Python code must run). */
export function strFormatS(s: string, args: any[], kw: any): any {
  return runSync(formatEngine, s, new FmtState(args, kw, true), null);
}
export function* strFormat(s: string, args: any[], kw: any): Gen<string> {
  return yield* runGen(formatEngine, s, new FmtState(args, kw, true), null);
}
/** str.format_map(mapping). */
export function strFormatMapS(s: string, mapping: any): any {
  return runSync(formatEngine, s, new FmtState(null, mapping, false), null);
}
export function* strFormatMap(s: string, mapping: any): Gen<string> {
  return yield* runGen(formatEngine, s, new FmtState(null, mapping, false), null);
}

// --- printf-style formatting ------------------------------------------------------------------

const F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16;

class PctState {
  items: any[] | null = null;
  cur: any;
  arglen: number;
  argidx: number;
  constructor(args: any) {
    if (args instanceof PyTuple) { this.items = args.items; this.arglen = args.items.length; this.argidx = 0; }
    else { this.cur = args; this.arglen = -1; this.argidx = -2; }
  }
  next(): any {
    const i = this.argidx;
    if (i < this.arglen) {
      this.argidx++;
      return this.arglen < 0 ? this.cur : this.items![i];
    }
    throw typeError("not enough arguments for format string");
  }
}

function isIntVal(v: any): boolean {
  const t = typeof v;
  return t === "number" || t === "bigint" || t === "boolean" || (v instanceof PyBoxed && isSubtype(v.$cls, intType));
}
function hasAny(v: any, a: string, b: string, c?: string): boolean {
  const t = typeOf(v);
  return t.lookup(a) !== undefined || t.lookup(b) !== undefined || (c !== undefined && t.lookup(c) !== undefined);
}

/** The int for %d/%i/%u (int() of real numbers). */
function pctInt(rp: Replay | null, v: any, ch: string): number | bigint {
  const n = asInt(v);
  if (n !== undefined) return n;
  if (v instanceof PyFloat && v.$cls === floatType) return floatToInt(v.v);
  if (typeof v === "object" && !(v instanceof PyComplex) && asStrLike(v) === undefined && hasAny(v, "__int__", "__index__", "__float__"))
    return need(rp, OP_INT, v, null);
  throw typeError(`%${ch} format: a real number is required, not ${typeOf(v).name}`);
}
function floatToInt(x: number): number | bigint {
  if (x !== x) throw valueError("cannot convert float NaN to integer");
  if (x === Infinity || x === -Infinity) throw overflowError("cannot convert float infinity to integer");
  const t = Math.trunc(x);
  return Number.isSafeInteger(t) ? (t === 0 ? 0 : t) : BigInt(t);
}
function asStrLike(v: any): any {
  return typeof v === "string" || (v instanceof PyBoxed && isSubtype(v.$cls, strType)) ? v : undefined;
}
/** The int for %o/%x/%X (__index__ only). */
function pctIndex(rp: Replay | null, v: any, ch: string): number | bigint {
  const n = asInt(v);
  if (n !== undefined) return n;
  if (typeof v === "object" && typeOf(v).lookup("__index__") !== undefined) return need(rp, OP_INDEX, v, null);
  throw typeError(`%${ch} format: an integer is required, not ${typeOf(v).name}`);
}
/** The float for %e/%f/%g. */
function pctFloat(rp: Replay | null, v: any): number {
  if (v instanceof PyFloat) { if (v.$cls === floatType || typeOf(v).lookup("__float__") === floatType.ns.__float__) return v.v; }
  const n = asInt(v);
  if (n !== undefined) return toFloat(n);
  if (typeof v === "object" && hasAny(v, "__float__", "__index__")) return need(rp, OP_FLOAT, v, null);
  throw typeError(`must be real number, not ${typeOf(v).name}`);
}

function intText(n: number | bigint, ch: string, flags: number, prec: number): string {
  const neg = n < 0;
  const a = neg ? -n : n;
  let digits: string;
  switch (ch) {
    case "o": digits = a.toString(8); break;
    case "x": digits = a.toString(16); break;
    case "X": digits = a.toString(16).toUpperCase(); break;
    default: digits = a.toString();
  }
  if (prec > digits.length) digits = "0".repeat(prec - digits.length) + digits;
  const pre = (flags & F_ALT) && ch !== "d" && ch !== "i" && ch !== "u" ? "0" + ch : "";
  return (neg ? "-" : "") + pre + digits;
}

/** Width/sign/fill layout of one converted value (CPython's unicode_format_arg_output). */
function pctOut(s: string, isNum: boolean, ch: string, flags: number, width: number, prec: number): string {
  let len: number;
  if (!isNum && (ch === "s" || ch === "r" || ch === "a" || ch === "b")) {
    len = strLen(s);
    if (prec >= 0 && len > prec) {
      s = len === s.length ? s.slice(0, prec) : Array.from(s).slice(0, prec).join("");
      len = prec;
    }
  } else len = isNum ? s.length : strLen(s);
  if (width <= len && !isNum) return s;
  let sign = "";
  if (isNum) {
    const c0 = s.charCodeAt(0);
    if (c0 === 45 || c0 === 43) { sign = s[0]; s = s.slice(1); len--; }
    else if (flags & F_SIGN) sign = "+";
    else if (flags & F_BLANK) sign = " ";
  }
  let prefix = "";
  if ((flags & F_ALT) && (ch === "x" || ch === "X" || ch === "o")) { prefix = s.slice(0, 2); s = s.slice(2); len -= 2; }
  const total = sign.length + prefix.length + len;
  if (width <= total) return sign + prefix + s;
  const pad = width - total;
  if (flags & F_LJUST) return sign + prefix + s + " ".repeat(pad);
  if (isNum && (flags & F_ZERO)) return sign + prefix + "0".repeat(pad) + s;
  return " ".repeat(pad) + sign + prefix + s;
}

/** Is `args` used as the mapping for %(key)s? (PyMapping_Check minus tuples and strings.) */
function mappingOf(args: any, bytesMode: boolean): any {
  if (typeof args !== "object" || args instanceof PyTuple || asStrLike(args) !== undefined) return null;
  if (bytesMode && (args instanceof PyBytes || args instanceof PyByteArray)) return null;
  return typeOf(args).lookup("__getitem__") !== undefined ? args : null;
}

function badChar(fmt: string, i: number, bytesMode: boolean) {
  const c = bytesMode ? fmt.charCodeAt(i) : fmt.codePointAt(i)!;
  const shown = c >= 31 && c <= 126 ? String.fromCharCode(c) : "?";
  const at = bytesMode || isBmp(fmt) ? i : strLen(fmt.slice(0, i));
  return valueError(`unsupported format character '${shown}' (0x${c.toString(16)}) at index ${at}`);
}

function pctEngine(rp: Replay | null, fmt: string, args: any, bytesMode: boolean): string {
  const st = new PctState(args);
  const dict = mappingOf(args, bytesMode);
  const n = fmt.length;
  let out = "";
  let i = 0;
  while (i < n) {
    const j = fmt.indexOf("%", i);
    if (j < 0) { out += i === 0 ? fmt : fmt.slice(i); break; }
    if (j > i) out += fmt.slice(i, j);
    i = j + 1;
    if (i < n && fmt.charCodeAt(i) === 37) { out += "%"; i++; continue; }
    // mapping key
    if (i < n && fmt.charCodeAt(i) === 40) {
      if (dict === null) throw typeError("format requires a mapping");
      const ks = ++i;
      let depth = 1;
      while (depth > 0 && i < n) {
        const c = fmt.charCodeAt(i++);
        if (c === 41) depth--;
        else if (c === 40) depth++;
      }
      if (depth > 0) throw valueError("incomplete format key");
      const ktext = fmt.slice(ks, i - 1);
      st.cur = getitemOp(rp, dict, bytesMode ? new PyBytes(fromLatin1(ktext)) : ktext);
      st.arglen = -1; st.argidx = -2;
    }
    // flags
    let flags = 0, c = -1;
    while (i < n) {
      c = fmt.charCodeAt(i++);
      if (c === 45) flags |= F_LJUST;
      else if (c === 43) flags |= F_SIGN;
      else if (c === 32) flags |= F_BLANK;
      else if (c === 35) flags |= F_ALT;
      else if (c === 48) flags |= F_ZERO;
      else break;
      c = -1;
    }
    if (c < 0) throw valueError("incomplete format");
    let eof = false;
    // width
    let width = -1;
    if (c === 42) {
      const v = st.next();
      if (!isIntVal(v)) throw typeError("* wants int");
      const w = asInt(v)!;
      if (typeof w === "bigint") throw overflowError("Python int too large to convert to C ssize_t");
      width = w;
      if (width < 0) { flags |= F_LJUST; width = -width; }
      if (i < n) c = fmt.charCodeAt(i++); else eof = true;
    } else if (c >= 48 && c <= 57) {
      width = c - 48;
      for (;;) {
        if (i >= n) { eof = true; break; }
        c = fmt.charCodeAt(i++);
        if (c < 48 || c > 57) break;
        if (width > (9223372036854775807 - (c - 48)) / 10) throw valueError("width too big");
        width = width * 10 + (c - 48);
      }
    }
    // precision
    let prec = -1;
    if (!eof && c === 46) {
      prec = 0;
      if (i < n) c = fmt.charCodeAt(i++); else eof = true;
      if (!eof && c === 42) {
        const v = st.next();
        if (!isIntVal(v)) throw typeError("* wants int");
        const p = asInt(v)!;
        if (typeof p === "bigint" || p > 2147483647 || p < -2147483648) throw overflowError("Python int too large to convert to C int");
        prec = p < 0 ? 0 : p;
        if (i < n) c = fmt.charCodeAt(i++); else eof = true;
      } else if (!eof && c >= 48 && c <= 57) {
        prec = c - 48;
        for (;;) {
          if (i >= n) { eof = true; break; }
          c = fmt.charCodeAt(i++);
          if (c < 48 || c > 57) break;
          if (prec > (2147483647 - (c - 48)) / 10) throw valueError("precision too big");
          prec = prec * 10 + (c - 48);
        }
      }
    }
    if (!eof && (c === 104 || c === 108 || c === 76)) { if (i < n) c = fmt.charCodeAt(i++); else eof = true; }
    if (eof) throw valueError("incomplete format");
    // the conversion
    const v = st.next();
    const ch = String.fromCharCode(c);
    let s: string, isNum = false;
    switch (ch) {
      case "s":
        if (bytesMode) { s = bytesArg(rp, v); break; }
        s = strOf(rp, v); break;
      case "b":
        if (!bytesMode) throw badChar(fmt, i - 1, bytesMode);
        s = bytesArg(rp, v); break;
      case "r":
        s = bytesMode ? asciiOfV(rp, v) : reprOf(rp, v); break;
      case "a":
        s = asciiOfV(rp, v); break;
      case "d": case "i": case "u":
        s = intText(pctInt(rp, v, ch), "d", flags, prec); isNum = true; break;
      case "o": case "x": case "X":
        s = intText(pctIndex(rp, v, ch), ch, flags, prec); isNum = true; break;
      case "e": case "E": case "f": case "F": case "g": case "G":
        s = dtoa(pctFloat(rp, v), ch, prec < 0 ? 6 : prec, (flags & F_ALT) !== 0, false, false); isNum = true; break;
      case "c":
        s = bytesMode ? byteChar(v) : charOf(rp, v); break;
      default:
        throw badChar(fmt, i - 1, bytesMode);
    }
    out += pctOut(s, isNum, ch, flags, width, prec);
  }
  if (st.argidx < st.arglen && dict === null)
    throw typeError(`not all arguments converted during ${bytesMode ? "bytes" : "string"} formatting`);
  return out;
}

function charOf(rp: Replay | null, v: any): string {
  const s = asStrLike(v);
  if (s !== undefined) {
    const t = typeof s === "string" ? s : s.v;
    if (strLen(t) !== 1) throw typeError("%c requires int or char");
    return t;
  }
  let n: any = asInt(v);
  if (n === undefined) {
    if (v instanceof PyFloat || typeof v !== "object" || typeOf(v).lookup("__index__") === undefined) throw typeError("%c requires int or char");
    n = need(rp, OP_INDEX, v, null);
  }
  if (n < 0 || n > 0x10ffff) throw overflowError("%c arg not in range(0x110000)");
  return String.fromCodePoint(Number(n));
}
function byteChar(v: any): string {
  if (v instanceof PyBytes || v instanceof PyByteArray) {
    const b = v instanceof PyBytes ? v.b : v.view();
    if (b.length === 1) return String.fromCharCode(b[0]);
  } else {
    const n = asInt(v);
    if (n !== undefined) {
      if (n < 0 || n > 255) throw overflowError("%c arg not in range(256)");
      return String.fromCharCode(Number(n));
    }
  }
  throw typeError("%c requires an integer in range(256) or a single byte");
}
function bytesArg(rp: Replay | null, v: any): string {
  if (v instanceof PyBytes) return latin1(v.b);
  if (v instanceof PyByteArray) return latin1(v.view());
  if (typeof v === "object" && typeOf(v).lookup("__bytes__") !== undefined) return need(rp, OP_BYTES, v, null);
  throw typeError(`%b requires a bytes-like object, or an object that implements __bytes__, not '${typeOf(v).name}'`);
}

/** fmt % args for str (sync attempt: NEED when Python code must run). */
export function percentS(fmt: string, args: any): any { return runSync(pctEngine, fmt, args, false); }
export function* percent(fmt: string, args: any): Gen<string> { return yield* runGen(pctEngine, fmt, args, false); }
/** fmt % args for bytes: fmt and the result are latin-1 strings (one char per byte). */
export function percentBytesS(fmt: string, args: any): any { return runSync(pctEngine, fmt, args, true); }
export function* percentBytes(fmt: string, args: any): Gen<string> { return yield* runGen(pctEngine, fmt, args, true); }

export { PyObj, indexS };
