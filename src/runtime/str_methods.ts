// The methods of str (split, join, find, replace, strip, case conversions, predicates, encode,
// format, %, translate...) with CPython 3.11's semantics and messages. Indices are code points:
// strings without surrogate pairs use UTF-16 offsets directly, others are converted.

import { PyBoxed, PyList, PyTuple, NEED, STOP, None, NotImplemented, PyBytes, strType, intType, typeOf, isSubtype, Gen, Ns, tuple } from "./core.ts";
import { defMethod, defMethod2, defBuiltin, PyBuiltin } from "./function.ts";
import { typeError, valueError, overflowError, PyBaseException, LookupError, TypeError } from "./exceptions.ts";
import { strLen, isBmp, index, iter, getitem, asInt } from "./ops.ts";
import { PyStaticMethod } from "./attr.ts";
import { PyDict } from "./dict.ts";
import { asStr, codePoints } from "./str.ts";
import {
  isSpaceCP, isLineBreak, isAscii, strIsAlpha, strIsDecimal, strIsDigit, strIsNumeric, strIsAlnum, strIsSpace,
  strIsPrintable, strIsIdentifier, strIsLower, strIsUpper, strIsTitle, strTitle, strCapitalize, strSwapcase,
  strCasefold, titleChar,
} from "./unicode_text.ts";
import { encodeStr } from "./unicode_codecs.ts";
import { strFormatS, strFormat, strFormatMapS, strFormatMap, percentS, percent } from "./strformat.ts";

const S = strType;
const MAXI = 9007199254740991;

function self_(v: any, name: string): string {
  const s = asStr(v);
  if (s === undefined) throw typeError(`descriptor '${name}' for 'str' objects doesn't apply to a '${typeOf(v).name}' object`);
  return s;
}
function argStr(v: any, what: string): string {
  const s = asStr(v);
  if (s === undefined) throw typeError(`${what}, not ${typeOf(v).name}`);
  return s;
}
/** An object whose __index__ must be called (Python code): the sync paths give up on it. */
export function needsIndex(v: any): boolean {
  return typeof v === "object" && v !== None && !(v instanceof PyBoxed && isSubtype(v.$cls, intType)) && v.$cls.lookup("__index__") !== undefined;
}
/** A start/end argument (None allowed): a number clamped to ±2**53, or NEED. */
export function sliceArg(v: any, dflt: number): number {
  if (v === undefined || v === None) return dflt;
  if (typeof v === "number") return v;
  const n = asInt(v);
  if (n !== undefined) return typeof n === "bigint" ? (n < 0n ? -MAXI : MAXI) : n;
  if (needsIndex(v)) return NEED;
  throw typeError("slice indices must be integers or None or have an __index__ method");
}
/** A size argument (width, maxsplit, count...): Py_ssize_t semantics; NEED for __index__ objects. */
export function sizeArg(v: any): number {
  if (typeof v === "number") return v;
  const n = asInt(v);
  if (n !== undefined) {
    if (typeof n === "bigint") throw overflowError("Python int too large to convert to C ssize_t");
    return n;
  }
  if (needsIndex(v)) return NEED;
  throw typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
}
/** Generator fallback for methods whose int arguments (at the given positions) need __index__. */
export function withIndex(sync: (...a: any[]) => any, positions: number[]): (...a: any[]) => Gen<any> {
  return function* (...a: any[]) {
    for (const p of positions) if (a[p] !== undefined && needsIndex(a[p])) a[p] = yield* index(a[p]);
    return sync(...a);
  };
}

// --- code point <-> UTF-16 offsets ----------------------------------------------------------------

function cpToOff(s: string, cp: number): number {
  let off = 0;
  for (let k = 0; k < cp && off < s.length; k++) {
    const c = s.charCodeAt(off);
    off += c >= 0xd800 && c <= 0xdbff && off + 1 < s.length && (s.charCodeAt(off + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return off;
}
function offToCp(s: string, off: number): number { return strLen(s.slice(0, off)); }

/** CPython's ADJUST_INDICES. */
function adjust(start: number, end: number, len: number): [number, number] {
  if (end > len) end = len;
  else if (end < 0) { end += len; if (end < 0) end = 0; }
  if (start < 0) { start += len; if (start < 0) start = 0; }
  return [start, end];
}

// --- searching ------------------------------------------------------------------------------------

/** The code point index of UTF-16 offset off (counts surrogate pairs before it). */
function cpIndex(s: string, off: number): number {
  let n = off;
  for (let i = 0; i < off - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { n--; i++; }
  }
  return n;
}

export function findImpl(s: string, sub: string, st: number, en: number, rev: boolean): number {
  if (st === 0 && en === MAXI) {
    // the whole string: no code point range to convert, only the result offset
    const r = rev ? s.lastIndexOf(sub) : s.indexOf(sub);
    return r <= 0 ? r : cpIndex(s, r);
  }
  const bmp = isBmp(s);
  const len = bmp ? s.length : strLen(s);
  const [start, end] = adjust(st, en, len);
  const sublen = bmp ? sub.length : strLen(sub);
  if (end - start < sublen) return -1;
  if (sublen === 0) return rev ? end : start;
  if (bmp) {
    if (rev) { const r = s.lastIndexOf(sub, end - sub.length); return r >= start ? r : -1; }
    const r = s.indexOf(sub, start);
    return r >= 0 && r + sub.length <= end ? r : -1;
  }
  const a = cpToOff(s, start), b = cpToOff(s, end);
  const part = s.slice(a, b);
  const r = rev ? part.lastIndexOf(sub) : part.indexOf(sub);
  return r < 0 ? -1 : start + offToCp(part, r);
}
export function countImpl(s: string, sub: string, st: number, en: number): number {
  if (st === 0 && en === MAXI && sub.length > 0) {
    let n = 0, i = s.indexOf(sub);
    while (i >= 0) { n++; i = s.indexOf(sub, i + sub.length); }
    return n;
  }
  const bmp = isBmp(s);
  const len = bmp ? s.length : strLen(s);
  const [start, end] = adjust(st, en, len);
  if (end < start) return 0;
  if (sub.length === 0) return end - start + 1;
  const part = bmp ? (start === 0 && end === len ? s : s.slice(start, end)) : s.slice(cpToOff(s, start), cpToOff(s, end));
  let n = 0, i = part.indexOf(sub);
  while (i >= 0) { n++; i = part.indexOf(sub, i + sub.length); }
  return n;
}
export function tailMatch(s: string, sub: string, st: number, en: number, atEnd: boolean): boolean {
  if (st === 0 && en === MAXI) return atEnd ? s.endsWith(sub) : s.startsWith(sub);
  const bmp = isBmp(s) && isBmp(sub);
  const len = bmp ? s.length : strLen(s);
  let [start, end] = adjust(st, en, len);
  const sublen = bmp ? sub.length : strLen(sub);
  end -= sublen;
  if (end < start || start > len) return false;
  if (sublen === 0) return true;
  const pos = atEnd ? end : start;
  const off = bmp ? pos : cpToOff(s, pos);
  return s.startsWith(sub, off);
}

function defFind(name: string, rev: boolean, raise: boolean) {
  const sync = (self: any, sub: any, start: any, end: any) => {
    const s = self_(self, name), t = argStr(sub, "must be str");
    const a = sliceArg(start, 0), b = sliceArg(end, MAXI);
    if (a === NEED || b === NEED) return NEED;
    const r = findImpl(s, t, a, b, rev);
    if (r < 0 && raise) throw valueError("substring not found");
    return r;
  };
  defMethod2(S, name, ["sub", "start?", "end?", "/"], sync, withIndex(sync, [2, 3]));
}
defFind("find", false, false);
defFind("rfind", true, false);
defFind("index", false, true);
defFind("rindex", true, true);
{
  const sync = (self: any, sub: any, start: any, end: any) => {
    const s = self_(self, "count"), t = argStr(sub, "must be str");
    const a = sliceArg(start, 0), b = sliceArg(end, MAXI);
    if (a === NEED || b === NEED) return NEED;
    return countImpl(s, t, a, b);
  };
  defMethod2(S, "count", ["sub", "start?", "end?", "/"], sync, withIndex(sync, [2, 3]));
}
function defTail(name: string, atEnd: boolean) {
  const sync = (self: any, prefix: any, start: any, end: any) => {
    const s = self_(self, name);
    const a = sliceArg(start, 0), b = sliceArg(end, MAXI);
    if (a === NEED || b === NEED) return NEED;
    const p = asStr(prefix);
    if (p !== undefined) return tailMatch(s, p, a, b, atEnd);
    if (prefix instanceof PyTuple) {
      for (const x of prefix.items) {
        const q = asStr(x);
        if (q === undefined) throw typeError(`tuple for ${name} must only contain str, not ${typeOf(x).name}`);
        if (tailMatch(s, q, a, b, atEnd)) return true;
      }
      return false;
    }
    throw typeError(`${name} first arg must be str or a tuple of str, not ${typeOf(prefix).name}`);
  };
  defMethod2(S, name, ["prefix", "start?", "end?", "/"], sync, withIndex(sync, [2, 3]));
}
defTail("startswith", false);
defTail("endswith", true);

// --- split / partition ------------------------------------------------------------------------------

function isWs(c: number): boolean { return c <= 32 ? (c === 32 || (c >= 9 && c <= 13) || c >= 28) : c >= 0x85 && isSpaceCP(c); }

/** Whitespace split (sep=None), CPython's split_whitespace. */
function splitWs(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    while (i < n && isWs(s.charCodeAt(i))) i++;
    if (i >= n) break;
    if (maxsplit-- === 0) {
      out.push(s.slice(i));
      return out;
    }
    const j = i;
    while (i < n && !isWs(s.charCodeAt(i))) i++;
    out.push(s.slice(j, i));
  }
  return out;
}
function rsplitWs(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = s.length - 1;
  while (i >= 0) {
    while (i >= 0 && isWs(s.charCodeAt(i))) i--;
    if (i < 0) break;
    if (maxsplit-- === 0) {
      out.push(s.slice(0, i + 1));
      break;
    }
    const j = i;
    while (i >= 0 && !isWs(s.charCodeAt(i))) i--;
    out.push(s.slice(i + 1, j + 1));
  }
  return out.reverse();
}
export function splitSep(s: string, sep: string, maxsplit: number): string[] {
  if (maxsplit < 0) return s.split(sep);
  const out: string[] = [];
  let i = 0;
  while (maxsplit-- > 0) {
    const j = s.indexOf(sep, i);
    if (j < 0) break;
    out.push(s.slice(i, j));
    i = j + sep.length;
  }
  out.push(s.slice(i));
  return out;
}
export function rsplitSep(s: string, sep: string, maxsplit: number): string[] {
  if (maxsplit < 0) maxsplit = MAXI;
  const out: string[] = [];
  let end = s.length;
  while (maxsplit-- > 0) {
    const j = end - sep.length < 0 ? -1 : s.lastIndexOf(sep, end - sep.length);
    if (j < 0) break;
    out.push(s.slice(j + sep.length, end));
    end = j;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}
function defSplit(name: string, rev: boolean) {
  const sync = (self: any, sep: any, maxsplit: any) => {
    const s = self_(self, name);
    const m = maxsplit === undefined ? -1 : sizeArg(maxsplit);
    if (m === NEED) return NEED;
    if (sep === undefined || sep === None) return new PyList(rev ? rsplitWs(s, m) : splitWs(s, m));
    const t = asStr(sep);
    if (t === undefined) throw typeError(`must be str or None, not ${typeOf(sep).name}`);
    if (t.length === 0) throw valueError("empty separator");
    return new PyList(rev ? rsplitSep(s, t, m) : splitSep(s, t, m));
  };
  defMethod2(S, name, ["sep?", "maxsplit?"], sync, withIndex(sync, [2]));
}
defSplit("split", false);
defSplit("rsplit", true);

export function splitLines(s: string, keepends: boolean): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    let j = i;
    while (j < n && !isLineBreak(s.charCodeAt(j))) j++;
    let eol = j;
    if (j < n) {
      eol = j + (s.charCodeAt(j) === 13 && j + 1 < n && s.charCodeAt(j + 1) === 10 ? 2 : 1);
    }
    out.push(s.slice(i, keepends ? eol : j));
    i = eol;
  }
  return out;
}
{
  const sync = (self: any, keepends: any) => {
    const s = self_(self, "splitlines");
    let k = false;
    if (keepends !== undefined) {
      const n = sizeArg(keepends);
      if (n === NEED) return NEED;
      k = n !== 0;
    }
    return new PyList(splitLines(s, k));
  };
  defMethod2(S, "splitlines", ["keepends?"], sync, withIndex(sync, [1]));
}
function defPartition(name: string, rev: boolean) {
  defMethod(S, name, ["sep", "/"], (self: any, sep: any) => {
    const s = self_(self, name), t = argStr(sep, "must be str");
    if (t.length === 0) throw valueError("empty separator");
    const i = rev ? s.lastIndexOf(t) : s.indexOf(t);
    if (i < 0) return rev ? tuple(["", "", s]) : tuple([s, "", ""]);
    return tuple([s.slice(0, i), t, s.slice(i + t.length)]);
  });
}
defPartition("partition", false);
defPartition("rpartition", true);

// --- strip ------------------------------------------------------------------------------------------

function stripImpl(s: string, chars: any, left: boolean, right: boolean, name: string): string {
  let i = 0, j = s.length;
  if (chars === undefined || chars === None) {
    if (left) while (i < j && isWs(s.charCodeAt(i))) i++;
    if (right) while (j > i && isWs(s.charCodeAt(j - 1))) j--;
  } else {
    const cs = asStr(chars);
    if (cs === undefined) throw typeError(`${name} arg must be None or str`);
    if (isBmp(cs)) {
      if (left) while (i < j && cs.includes(s[i])) i++;
      if (right) while (j > i && cs.includes(s[j - 1])) j--;
    } else {
      const set = new Set(Array.from(cs));
      const cps = Array.from(s);
      let a = 0, b = cps.length;
      if (left) while (a < b && set.has(cps[a])) a++;
      if (right) while (b > a && set.has(cps[b - 1])) b--;
      return cps.slice(a, b).join("");
    }
  }
  return i === 0 && j === s.length ? s : s.slice(i, j);
}
defMethod(S, "strip", ["chars?", "/"], (self: any, c: any) => stripImpl(self_(self, "strip"), c, true, true, "strip"));
defMethod(S, "lstrip", ["chars?", "/"], (self: any, c: any) => stripImpl(self_(self, "lstrip"), c, true, false, "lstrip"));
defMethod(S, "rstrip", ["chars?", "/"], (self: any, c: any) => stripImpl(self_(self, "rstrip"), c, false, true, "rstrip"));
defMethod(S, "removeprefix", ["prefix", "/"], (self: any, p: any) => {
  const s = self_(self, "removeprefix"), t = argStr(p, "removeprefix() argument must be str");
  return t.length && s.startsWith(t) ? s.slice(t.length) : s;
});
defMethod(S, "removesuffix", ["suffix", "/"], (self: any, p: any) => {
  const s = self_(self, "removesuffix"), t = argStr(p, "removesuffix() argument must be str");
  return t.length && s.endsWith(t) ? s.slice(0, s.length - t.length) : s;
});

// --- replace, join ------------------------------------------------------------------------------------

export function replaceImpl(s: string, old: string, nw: string, count: number): string {
  if (count === 0) return s;
  if (old.length === 0) {
    const cps = isBmp(s) ? s.split("") : Array.from(s);
    const k = count < 0 || count > cps.length + 1 ? cps.length + 1 : count;
    let out = "";
    for (let i = 0; i < cps.length; i++) out += i < k ? nw + cps[i] : cps[i];
    return k > cps.length ? out + nw : out;
  }
  if (count < 0) return s.split(old).join(nw);
  let out = "", i = 0;
  while (count-- > 0) {
    const j = s.indexOf(old, i);
    if (j < 0) break;
    out += s.slice(i, j) + nw;
    i = j + old.length;
  }
  return out + s.slice(i);
}
{
  const sync = (self: any, old: any, nw: any, count: any) => {
    const s = self_(self, "replace");
    const o = argStr(old, "replace() argument 1 must be str"), n = argStr(nw, "replace() argument 2 must be str");
    const c = count === undefined ? -1 : sizeArg(count);
    if (c === NEED) return NEED;
    return replaceImpl(s, o, n, c);
  };
  defMethod2(S, "replace", ["old", "new", "count?", "/"], sync, withIndex(sync, [3]));
}

function joinErr(i: number, x: any) { return typeError(`sequence item ${i}: expected str instance, ${typeOf(x).name} found`); }
function joinArray(sep: string, items: any[]): string {
  let boxed = false;
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    if (typeof x !== "string") {
      if (x instanceof PyBoxed && isSubtype(x.$cls, strType)) boxed = true;
      else throw joinErr(i, x);
    }
  }
  if (!boxed) return items.length === 1 ? items[0] : items.join(sep);
  return items.map((x) => (typeof x === "string" ? x : x.v)).join(sep);
}
defMethod2(S, "join", ["iterable", "/"], (self: any, it: any) => {
  const sep = self_(self, "join");
  if ((it instanceof PyList || it instanceof PyTuple) && it.$cls.isBuiltin) return joinArray(sep, it.items);
  if (typeof it === "string") return codePoints(it).join(sep);
  return NEED;
}, function* (self: any, it: any) {
  const sep = self_(self, "join");
  let i: any;
  try {
    i = yield* iter(it);
  } catch (e) {
    if (e instanceof PyBaseException && isSubtype(e.$cls, TypeError)) throw typeError("can only join an iterable");
    throw e;
  }
  const items: any[] = [];
  for (;;) {
    let x = i.nx();
    if (x === NEED) x = yield* i.nxG();
    if (x === STOP) break;
    items.push(x);
  }
  return joinArray(sep, items);
});

// --- padding ---------------------------------------------------------------------------------------

function fillArg(f: any): string {
  if (f === undefined) return " ";
  const s = asStr(f);
  if (s === undefined) throw typeError(`The fill character must be a unicode character, not ${typeOf(f).name}`);
  if (strLen(s) !== 1) throw typeError("The fill character must be exactly one character long");
  return s;
}
function defPad(name: string, kind: number) {
  const sync = (self: any, width: any, fill: any) => {
    const s = self_(self, name);
    const w = sizeArg(width);
    if (w === NEED) return NEED;
    const f = fillArg(fill);
    const len = strLen(s);
    if (w <= len) return s;
    const marg = w - len;
    if (kind === 0) return s + f.repeat(marg);
    if (kind === 1) return f.repeat(marg) + s;
    const left = (marg >> 1) + (marg & w & 1);
    return f.repeat(left) + s + f.repeat(marg - left);
  };
  defMethod2(S, name, ["width", "fillchar?", "/"], sync, withIndex(sync, [1]));
}
defPad("ljust", 0);
defPad("rjust", 1);
defPad("center", 2);
{
  const sync = (self: any, width: any) => {
    const s = self_(self, "zfill");
    const w = sizeArg(width);
    if (w === NEED) return NEED;
    const fill = w - strLen(s);
    if (fill <= 0) return s;
    const c = s.charCodeAt(0);
    if (c === 43 || c === 45) return s[0] + "0".repeat(fill) + s.slice(1);
    return "0".repeat(fill) + s;
  };
  defMethod2(S, "zfill", ["width", "/"], sync, withIndex(sync, [1]));
}
{
  const sync = (self: any, tabsize: any) => {
    const s = self_(self, "expandtabs");
    const ts = tabsize === undefined ? 8 : sizeArg(tabsize);
    if (ts === NEED) return NEED;
    if (!s.includes("\t")) return s;
    let out = "", col = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 9) {
        if (ts > 0) { const k = ts - (col % ts); out += " ".repeat(k); col += k; }
      } else {
        out += s[i];
        if (c === 10 || c === 13) col = 0;
        else if (c < 0xdc00 || c > 0xdfff || i === 0 || (s.charCodeAt(i - 1) & 0xfc00) !== 0xd800) col++;
      }
    }
    return out;
  };
  defMethod2(S, "expandtabs", ["tabsize?"], sync, withIndex(sync, [1]));
}

// --- case and predicates ----------------------------------------------------------------------------

defMethod(S, "upper", [], (self: any) => self_(self, "upper").toUpperCase());
defMethod(S, "lower", [], (self: any) => self_(self, "lower").toLowerCase());
defMethod(S, "casefold", [], (self: any) => strCasefold(self_(self, "casefold")));
defMethod(S, "swapcase", [], (self: any) => strSwapcase(self_(self, "swapcase")));
defMethod(S, "title", [], (self: any) => strTitle(self_(self, "title")));
defMethod(S, "capitalize", [], (self: any) => strCapitalize(self_(self, "capitalize")));
defMethod(S, "isascii", [], (self: any) => isAscii(self_(self, "isascii")));
defMethod(S, "isalpha", [], (self: any) => strIsAlpha(self_(self, "isalpha")));
defMethod(S, "isdecimal", [], (self: any) => strIsDecimal(self_(self, "isdecimal")));
defMethod(S, "isdigit", [], (self: any) => strIsDigit(self_(self, "isdigit")));
defMethod(S, "isnumeric", [], (self: any) => strIsNumeric(self_(self, "isnumeric")));
defMethod(S, "isalnum", [], (self: any) => strIsAlnum(self_(self, "isalnum")));
defMethod(S, "isspace", [], (self: any) => strIsSpace(self_(self, "isspace")));
defMethod(S, "islower", [], (self: any) => strIsLower(self_(self, "islower")));
defMethod(S, "isupper", [], (self: any) => strIsUpper(self_(self, "isupper")));
defMethod(S, "istitle", [], (self: any) => strIsTitle(self_(self, "istitle")));
defMethod(S, "isprintable", [], (self: any) => strIsPrintable(self_(self, "isprintable")));
defMethod(S, "isidentifier", [], (self: any) => strIsIdentifier(self_(self, "isidentifier")));

// --- encode, translate, maketrans ---------------------------------------------------------------------

defMethod(S, "encode", ["encoding?", "errors?"], (self: any, enc: any, errors: any) => {
  const s = self_(self, "encode");
  const e = enc === undefined ? "utf-8" : argStr(enc, "encode() argument 'encoding' must be str");
  const r = errors === undefined ? "strict" : argStr(errors, "encode() argument 'errors' must be str");
  return new PyBytes(encodeStr(s, e, r));
});

/** Apply one translate-table value for code point `ch` (already looked up). */
function transValue(v: any): string | null {
  if (v === None) return null;
  if (typeof v === "string") return v;
  const n = asInt(v);
  if (n !== undefined) {
    if (n < 0 || n > 0x10ffff) throw valueError("character mapping must be in range(0x110000)");
    return String.fromCodePoint(Number(n));
  }
  const s = asStr(v);
  if (s !== undefined) return s;
  throw typeError("character mapping must return integer, None or str");
}
function isLookupError(e: any): boolean { return e instanceof PyBaseException && isSubtype(e.$cls, LookupError); }
defMethod2(S, "translate", ["table", "/"], (self: any, table: any) => {
  const s = self_(self, "translate");
  if (!(table instanceof PyDict) || !table.$cls.isBuiltin) return NEED;
  let out = "";
  for (const ch of s) {
    const v = table.getS(ch.codePointAt(0)!);
    if (v === NEED) return NEED;
    if (v === undefined) { out += ch; continue; }
    const r = transValue(v);
    if (r !== null) out += r;
  }
  return out;
}, function* (self: any, table: any) {
  const s = self_(self, "translate");
  let out = "";
  for (const ch of s) {
    let v: any;
    try {
      v = yield* getitem(table, ch.codePointAt(0)!);
    } catch (e) {
      if (isLookupError(e)) { out += ch; continue; }
      throw e;
    }
    const r = transValue(v);
    if (r !== null) out += r;
  }
  return out;
});

const maketrans = defBuiltin(new Ns(), "maketrans", ["x", "y?", "z?", "/"], (x: any, y: any, z: any) => {
  const d = new PyDict();
  if (y === undefined) {
    if (!(x instanceof PyDict)) throw typeError("if you give only one argument to maketrans it must be a dict");
    for (const [k, v] of x.items()) {
      const ks = asStr(k);
      if (ks !== undefined) {
        if (strLen(ks) !== 1) throw valueError("string keys in translate table must be of length 1");
        d.setS(ks.codePointAt(0)!, v);
      } else if (asInt(k) !== undefined) d.setS(k, v);
      else throw typeError("keys in translate table must be strings or integers");
    }
    return d;
  }
  const xs = asStr(x);
  if (xs === undefined) throw typeError("first maketrans argument must be a string if there is a second argument");
  const ys = argStr(y, "maketrans() argument 2 must be str");
  const xc = codePoints(xs), yc = codePoints(ys);
  if (xc.length !== yc.length) throw valueError("the first two maketrans arguments must have equal length");
  for (let i = 0; i < xc.length; i++) d.setS(xc[i].codePointAt(0)!, yc[i].codePointAt(0)!);
  if (z !== undefined) for (const c of codePoints(argStr(z, "maketrans() argument 3 must be str"))) d.setS(c.codePointAt(0)!, None);
  return d;
});
maketrans.qualname = "str.maketrans";
S.ns.maketrans = new PyStaticMethod(maketrans);

// --- formatting ---------------------------------------------------------------------------------------

defMethod2(S, "format", ["*args", "**kwargs"], (self: any, args: any[], kw: any) => strFormatS(self_(self, "format"), args, kw),
  function* (self: any, args: any[], kw: any) { return yield* strFormat(self_(self, "format"), args, kw); });
defMethod2(S, "format_map", ["mapping", "/"], (self: any, m: any) => strFormatMapS(self_(self, "format_map"), m),
  function* (self: any, m: any) { return yield* strFormatMap(self_(self, "format_map"), m); });
defMethod2(S, "__mod__", ["value", "/"], (self: any, v: any) => {
  const s = asStr(self);
  return s === undefined ? NotImplemented : percentS(s, v);
}, function* (self: any, v: any) {
  const s = asStr(self);
  return s === undefined ? NotImplemented : yield* percent(s, v);
});
defMethod(S, "__rmod__", ["value", "/"], () => NotImplemented);
defMethod(S, "__sizeof__", [], (self: any) => {
  const s = self_(self, "__sizeof__");
  const n = strLen(s);
  let max = 0;
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (c > max) max = c; }
  if (max < 128) return 49 + n;
  if (max < 256) return 73 + n;
  return n === s.length ? 74 + 2 * n : 76 + 4 * n;
});

export { titleChar, PyBuiltin };

S.ns.__doc__ = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\nCreate a new string object from the given object. If encoding or\nerrors is specified, then the object must expose a data buffer\nthat will be decoded using the given encoding and error handler.\nOtherwise, returns the result of object.__str__() (if defined)\nor repr(object).\nencoding defaults to sys.getdefaultencoding().\nerrors defaults to 'strict'.";
