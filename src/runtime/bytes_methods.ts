// The text-like methods shared by bytes and bytearray (find, split, strip, replace, join, case
// conversion, predicates, padding, hex/fromhex, decode, translate/maketrans). They work on the
// latin-1 JS string of the data with the str algorithms, but with ASCII-only character classes.

import { PyType, PyBytes, PyByteArray, PyTuple, PyList, NEED, STOP, None, bytesType, bytearrayType, typeOf, isSubtype, Gen, tuple, Ns } from "./core.ts";
import { defMethod, defMethod2, defBuiltin } from "./function.ts";
import { typeError, valueError, PyBaseException, TypeError } from "./exceptions.ts";
import { iter, asInt } from "./ops.ts";
import { PyClassMethod, PyStaticMethod } from "./attr.ts";
import { asStr } from "./str.ts";
import { latin1, fromLatin1 } from "./strformat.ts";
import { decodeBytes } from "./unicode_codecs.ts";
import { callv } from "./call.ts";
import {
  findImpl, countImpl, tailMatch, splitSep, rsplitSep, replaceImpl, sliceArg, sizeArg, withIndex, needsIndex,
} from "./str_methods.ts";

const MAXI = 9007199254740991;

function bufOf(v: any): Uint8Array | undefined {
  if (v instanceof PyBytes) return v.b;
  if (v instanceof PyByteArray) return v.view();
  return undefined;
}
function mk(isBA: boolean, s: string): PyBytes | PyByteArray {
  const b = fromLatin1(s);
  return isBA ? new PyByteArray(b) : new PyBytes(b);
}
function needBytes(v: any): string {
  const b = bufOf(v);
  if (b === undefined) throw typeError(`a bytes-like object is required, not '${typeOf(v).name}'`);
  return latin1(b);
}
/** The sub argument of find/count/index: bytes-like or an int in range(256). */
function subArg(v: any): string {
  const b = bufOf(v);
  if (b !== undefined) return latin1(b);
  const n = asInt(v);
  if (n === undefined) throw typeError(`argument should be integer or bytes-like object, not '${typeOf(v).name}'`);
  if (n < 0 || n > 255) throw valueError("byte must be in range(0, 256)");
  return String.fromCharCode(Number(n));
}

// ASCII character classes (Py_ISSPACE etc.)
function isSp(c: number): boolean { return c === 32 || (c >= 9 && c <= 13); }
function isLo(c: number): boolean { return c >= 97 && c <= 122; }
function isUp(c: number): boolean { return c >= 65 && c <= 90; }
function isDi(c: number): boolean { return c >= 48 && c <= 57; }
function allOf(s: string, f: (c: number) => boolean): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!f(s.charCodeAt(i))) return false;
  return true;
}
function isAl(c: number): boolean { return isLo(c) || isUp(c); }
function isAlNum(c: number): boolean { return isLo(c) || isUp(c) || isDi(c); }
function mapAscii(s: string, f: (c: number, prev: boolean) => number): string {
  let out = "";
  let prev = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += String.fromCharCode(f(c, prev));
    prev = isAl(c);
  }
  return out;
}
const toUp = (c: number) => (isLo(c) ? c - 32 : c);
const toLo = (c: number) => (isUp(c) ? c + 32 : c);

function splitWsB(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSp(s.charCodeAt(i))) i++;
    if (i >= n) break;
    if (maxsplit-- === 0) { out.push(s.slice(i)); return out; }
    const j = i;
    while (i < n && !isSp(s.charCodeAt(i))) i++;
    out.push(s.slice(j, i));
  }
  return out;
}
function rsplitWsB(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = s.length - 1;
  while (i >= 0) {
    while (i >= 0 && isSp(s.charCodeAt(i))) i--;
    if (i < 0) break;
    if (maxsplit-- === 0) { out.push(s.slice(0, i + 1)); break; }
    const j = i;
    while (i >= 0 && !isSp(s.charCodeAt(i))) i--;
    out.push(s.slice(i + 1, j + 1));
  }
  return out.reverse();
}

const HEX = "0123456789abcdef";

for (const T of [bytesType, bytearrayType] as PyType[]) {
  const isBA = T === bytearrayType;
  const tname = T.name;
  const self_ = (v: any, name: string): string => {
    if (isBA ? v instanceof PyByteArray : v instanceof PyBytes) return latin1(isBA ? v.view() : v.b);
    throw typeError(`descriptor '${name}' for '${tname}' objects doesn't apply to a '${typeOf(v).name}' object`);
  };
  const data_ = (v: any, name: string): Uint8Array => {
    if (isBA ? v instanceof PyByteArray : v instanceof PyBytes) return isBA ? v.view() : v.b;
    throw typeError(`descriptor '${name}' for '${tname}' objects doesn't apply to a '${typeOf(v).name}' object`);
  };
  const list = (parts: string[]) => new PyList(parts.map((p) => mk(isBA, p)));

  // searching
  for (const [name, rev, raise] of [["find", false, false], ["rfind", true, false], ["index", false, true], ["rindex", true, true]] as const) {
    const sync = (self: any, sub: any, start: any, end: any) => {
      const s = self_(self, name), t = subArg(sub);
      const a = sliceArg(start, 0), b = sliceArg(end, MAXI);
      if (a === NEED || b === NEED) return NEED;
      const r = findImpl(s, t, a, b, rev);
      if (r < 0 && raise) throw valueError("subsection not found");
      return r;
    };
    defMethod2(T, name, ["sub", "start?", "end?", "/"], sync, withIndex(sync, [2, 3]));
  }
  {
    const sync = (self: any, sub: any, start: any, end: any) => {
      const s = self_(self, "count"), t = subArg(sub);
      const a = sliceArg(start, 0), b = sliceArg(end, MAXI);
      if (a === NEED || b === NEED) return NEED;
      return countImpl(s, t, a, b);
    };
    defMethod2(T, "count", ["sub", "start?", "end?", "/"], sync, withIndex(sync, [2, 3]));
  }
  for (const [name, atEnd] of [["startswith", false], ["endswith", true]] as const) {
    const sync = (self: any, prefix: any, start: any, end: any) => {
      const s = self_(self, name);
      const a = sliceArg(start, 0), b = sliceArg(end, MAXI);
      if (a === NEED || b === NEED) return NEED;
      const p = bufOf(prefix);
      if (p !== undefined) return tailMatch(s, latin1(p), a, b, atEnd);
      if (prefix instanceof PyTuple) {
        for (const x of prefix.items) if (tailMatch(s, needBytes(x), a, b, atEnd)) return true;
        return false;
      }
      throw typeError(`${name} first arg must be bytes or a tuple of bytes, not ${typeOf(prefix).name}`);
    };
    defMethod2(T, name, ["prefix", "start?", "end?", "/"], sync, withIndex(sync, [2, 3]));
  }

  // split, partition, lines
  for (const [name, rev] of [["split", false], ["rsplit", true]] as const) {
    const sync = (self: any, sep: any, maxsplit: any) => {
      const s = self_(self, name);
      const m = maxsplit === undefined ? -1 : sizeArg(maxsplit);
      if (m === NEED) return NEED;
      if (sep === undefined || sep === None) return list(rev ? rsplitWsB(s, m) : splitWsB(s, m));
      const t = needBytes(sep);
      if (t.length === 0) throw valueError("empty separator");
      return list(rev ? rsplitSep(s, t, m) : splitSep(s, t, m));
    };
    defMethod2(T, name, ["sep?", "maxsplit?"], sync, withIndex(sync, [2]));
  }
  for (const [name, rev] of [["partition", false], ["rpartition", true]] as const) {
    defMethod(T, name, ["sep", "/"], (self: any, sep: any) => {
      const s = self_(self, name), t = needBytes(sep);
      if (t.length === 0) throw valueError("empty separator");
      const i = rev ? s.lastIndexOf(t) : s.indexOf(t);
      if (i < 0) return rev ? tuple([mk(isBA, ""), mk(isBA, ""), mk(isBA, s)]) : tuple([mk(isBA, s), mk(isBA, ""), mk(isBA, "")]);
      return tuple([mk(isBA, s.slice(0, i)), mk(isBA, t), mk(isBA, s.slice(i + t.length))]);
    });
  }
  {
    const sync = (self: any, keepends: any) => {
      const s = self_(self, "splitlines");
      let k = false;
      if (keepends !== undefined) { const n = sizeArg(keepends); if (n === NEED) return NEED; k = n !== 0; }
      const out: string[] = [];
      let i = 0;
      while (i < s.length) {
        let j = i;
        while (j < s.length && s.charCodeAt(j) !== 10 && s.charCodeAt(j) !== 13) j++;
        let eol = j;
        if (j < s.length) eol = j + (s.charCodeAt(j) === 13 && s.charCodeAt(j + 1) === 10 ? 2 : 1);
        out.push(s.slice(i, k ? eol : j));
        i = eol;
      }
      return list(out);
    };
    defMethod2(T, "splitlines", ["keepends?"], sync, withIndex(sync, [1]));
  }

  // strip, prefixes
  for (const [name, left, right] of [["strip", true, true], ["lstrip", true, false], ["rstrip", false, true]] as const) {
    defMethod(T, name, ["bytes?", "/"], (self: any, chars: any) => {
      const s = self_(self, name);
      let i = 0, j = s.length;
      if (chars === undefined || chars === None) {
        if (left) while (i < j && isSp(s.charCodeAt(i))) i++;
        if (right) while (j > i && isSp(s.charCodeAt(j - 1))) j--;
      } else {
        const cs = needBytes(chars);
        if (left) while (i < j && cs.includes(s[i])) i++;
        if (right) while (j > i && cs.includes(s[j - 1])) j--;
      }
      return mk(isBA, s.slice(i, j));
    });
  }
  defMethod(T, "removeprefix", ["prefix", "/"], (self: any, p: any) => {
    const s = self_(self, "removeprefix"), t = needBytes(p);
    return mk(isBA, t.length && s.startsWith(t) ? s.slice(t.length) : s);
  });
  defMethod(T, "removesuffix", ["suffix", "/"], (self: any, p: any) => {
    const s = self_(self, "removesuffix"), t = needBytes(p);
    return mk(isBA, t.length && s.endsWith(t) ? s.slice(0, s.length - t.length) : s);
  });

  // replace, join
  {
    const sync = (self: any, old: any, nw: any, count: any) => {
      const s = self_(self, "replace"), o = needBytes(old), n = needBytes(nw);
      const c = count === undefined ? -1 : sizeArg(count);
      if (c === NEED) return NEED;
      return mk(isBA, replaceImpl(s, o, n, c));
    };
    defMethod2(T, "replace", ["old", "new", "count?", "/"], sync, withIndex(sync, [3]));
  }
  const joinItems = (sep: string, items: any[]) => {
    const parts: string[] = new Array(items.length);
    for (let i = 0; i < items.length; i++) {
      const b = bufOf(items[i]);
      if (b === undefined) throw typeError(`sequence item ${i}: expected a bytes-like object, ${typeOf(items[i]).name} found`);
      parts[i] = latin1(b);
    }
    return mk(isBA, parts.join(sep));
  };
  defMethod2(T, "join", ["iterable_of_bytes", "/"], (self: any, it: any) => {
    const sep = self_(self, "join");
    if ((it instanceof PyList || it instanceof PyTuple) && it.$cls.isBuiltin) return joinItems(sep, it.items);
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
    return joinItems(sep, items);
  });

  // padding
  const fillArg = (f: any, name: string): string => {
    if (f === undefined) return " ";
    const b = bufOf(f);
    if (b === undefined || b.length !== 1) throw typeError(`${name}() argument 2 must be a byte string of length 1, not ${typeOf(f).name}`);
    return String.fromCharCode(b[0]);
  };
  for (const [name, kind] of [["ljust", 0], ["rjust", 1], ["center", 2]] as const) {
    const sync = (self: any, width: any, fill: any) => {
      const s = self_(self, name);
      const w = sizeArg(width);
      if (w === NEED) return NEED;
      const f = fillArg(fill, name);
      if (w <= s.length) return mk(isBA, s);
      const marg = w - s.length;
      if (kind === 0) return mk(isBA, s + f.repeat(marg));
      if (kind === 1) return mk(isBA, f.repeat(marg) + s);
      const left = (marg >> 1) + (marg & w & 1);
      return mk(isBA, f.repeat(left) + s + f.repeat(marg - left));
    };
    defMethod2(T, name, ["width", "fillchar?", "/"], sync, withIndex(sync, [1]));
  }
  {
    const sync = (self: any, width: any) => {
      const s = self_(self, "zfill");
      const w = sizeArg(width);
      if (w === NEED) return NEED;
      const fill = w - s.length;
      if (fill <= 0) return mk(isBA, s);
      const c = s.charCodeAt(0);
      return mk(isBA, c === 43 || c === 45 ? s[0] + "0".repeat(fill) + s.slice(1) : "0".repeat(fill) + s);
    };
    defMethod2(T, "zfill", ["width", "/"], sync, withIndex(sync, [1]));
  }
  {
    const sync = (self: any, tabsize: any) => {
      const s = self_(self, "expandtabs");
      const ts = tabsize === undefined ? 8 : sizeArg(tabsize);
      if (ts === NEED) return NEED;
      let out = "", col = 0;
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c === 9) { if (ts > 0) { const k = ts - (col % ts); out += " ".repeat(k); col += k; } }
        else { out += s[i]; col = c === 10 || c === 13 ? 0 : col + 1; }
      }
      return mk(isBA, out);
    };
    defMethod2(T, "expandtabs", ["tabsize?"], sync, withIndex(sync, [1]));
  }

  // case conversion and predicates (ASCII only)
  defMethod(T, "upper", [], (self: any) => mk(isBA, mapAscii(self_(self, "upper"), toUp)));
  defMethod(T, "lower", [], (self: any) => mk(isBA, mapAscii(self_(self, "lower"), toLo)));
  defMethod(T, "swapcase", [], (self: any) => mk(isBA, mapAscii(self_(self, "swapcase"), (c) => (isLo(c) ? c - 32 : isUp(c) ? c + 32 : c))));
  defMethod(T, "title", [], (self: any) => mk(isBA, mapAscii(self_(self, "title"), (c, prev) => (prev ? toLo(c) : toUp(c)))));
  defMethod(T, "capitalize", [], (self: any) => {
    const s = self_(self, "capitalize");
    return mk(isBA, s.length ? String.fromCharCode(toUp(s.charCodeAt(0))) + mapAscii(s.slice(1), toLo) : s);
  });
  defMethod(T, "isalpha", [], (self: any) => allOf(self_(self, "isalpha"), isAl));
  defMethod(T, "isalnum", [], (self: any) => allOf(self_(self, "isalnum"), isAlNum));
  defMethod(T, "isdigit", [], (self: any) => allOf(self_(self, "isdigit"), isDi));
  defMethod(T, "isspace", [], (self: any) => allOf(self_(self, "isspace"), isSp));
  defMethod(T, "isascii", [], (self: any) => { const s = self_(self, "isascii"); for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false; return true; });
  defMethod(T, "islower", [], (self: any) => {
    const s = self_(self, "islower");
    let cased = false;
    for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (isUp(c)) return false; if (isLo(c)) cased = true; }
    return cased;
  });
  defMethod(T, "isupper", [], (self: any) => {
    const s = self_(self, "isupper");
    let cased = false;
    for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (isLo(c)) return false; if (isUp(c)) cased = true; }
    return cased;
  });
  defMethod(T, "istitle", [], (self: any) => {
    const s = self_(self, "istitle");
    let cased = false, prev = false;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (isUp(c)) { if (prev) return false; prev = cased = true; }
      else if (isLo(c)) { if (!prev) return false; prev = cased = true; }
      else prev = false;
    }
    return cased;
  });

  // hex, decode, translate
  defMethod(T, "hex", ["sep?", "bytes_per_sep?"], (self: any, sep: any, per: any) => {
    const b = data_(self, "hex");
    let out = "";
    if (sep === undefined) {
      for (let i = 0; i < b.length; i++) out += HEX[b[i] >> 4] + HEX[b[i] & 15];
      return out;
    }
    let sp: string;
    const ss = asStr(sep);
    if (ss !== undefined) sp = ss;
    else {
      const sb = bufOf(sep);
      if (sb === undefined) throw typeError(`object of type '${typeOf(sep).name}' has no len()`);
      sp = latin1(sb);
    }
    if (sp.length !== 1) throw valueError("sep must be length 1.");
    if (sp.charCodeAt(0) > 127) throw valueError("sep must be ASCII.");
    let n = per === undefined ? 1 : Number(asInt(per) ?? 1);
    const fromLeft = n < 0;
    if (n < 0) n = -n;
    if (n === 0) n = b.length || 1;
    for (let i = 0; i < b.length; i++) {
      if (i > 0 && (fromLeft ? i % n === 0 : (b.length - i) % n === 0)) out += sp;
      out += HEX[b[i] >> 4] + HEX[b[i] & 15];
    }
    return out;
  });
  defMethod(T, "decode", ["encoding?", "errors?"], (self: any, enc: any, errors: any) => {
    const b = data_(self, "decode");
    let e = "utf-8", r = "strict";
    if (enc !== undefined) {
      const s = asStr(enc);
      if (s === undefined) throw typeError(`decode() argument 'encoding' must be str, not ${typeOf(enc).name}`);
      e = s;
    }
    if (errors !== undefined) {
      const s = asStr(errors);
      if (s === undefined) throw typeError(`decode() argument 'errors' must be str, not ${typeOf(errors).name}`);
      r = s;
    }
    return decodeBytes(b, e, r);
  });
  defMethod(T, "translate", ["table", "/", "delete?"], (self: any, table: any, del: any) => {
    const s = self_(self, "translate");
    let tb: Uint8Array | null = null;
    if (table !== None) {
      const t = bufOf(table);
      if (t === undefined) throw typeError(`a bytes-like object is required, not '${typeOf(table).name}'`);
      if (t.length !== 256) throw valueError("translation table must be 256 characters long");
      tb = t;
    }
    const d = del === undefined ? "" : needBytes(del);
    let out = "";
    for (let i = 0; i < s.length; i++) {
      if (d.length && d.includes(s[i])) continue;
      const c = s.charCodeAt(i);
      out += tb === null ? s[i] : String.fromCharCode(tb[c]);
    }
    return mk(isBA, out);
  });
  const maketrans = defBuiltin(new Ns(), "maketrans", ["frm", "to", "/"], (frm: any, to: any) => {
    const f = needBytes(frm), t = needBytes(to);
    if (f.length !== t.length) throw valueError("maketrans arguments must have same length");
    const tb = new Uint8Array(256);
    for (let i = 0; i < 256; i++) tb[i] = i;
    for (let i = 0; i < f.length; i++) tb[f.charCodeAt(i)] = t.charCodeAt(i);
    return new PyBytes(tb);
  });
  maketrans.qualname = `${tname}.maketrans`;
  T.ns.maketrans = new PyStaticMethod(maketrans);
  const fromhex = defBuiltin(new Ns(), "fromhex", ["cls", "string", "/"], function* (cls: any, str: any) {
    const s = asStr(str);
    if (s === undefined) throw typeError(`fromhex() argument must be str, not ${typeOf(str).name}`);
    const out: number[] = [];
    let i = 0;
    const hv = (c: number) => (c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1);
    while (i < s.length) {
      const c = s.charCodeAt(i);
      if (isSp(c)) { i++; continue; }
      const hi = hv(c);
      if (hi < 0) throw valueError(`non-hexadecimal number found in fromhex() arg at position ${i}`);
      const lo = i + 1 < s.length ? hv(s.charCodeAt(i + 1)) : -1;
      if (lo < 0) throw valueError(`non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
      out.push(hi * 16 + lo);
      i += 2;
    }
    const data = new Uint8Array(out);
    const base = isBA ? new PyByteArray(data) : new PyBytes(data);
    if (cls === T) return base;
    return yield* callv(cls, [base], null, null);
  });
  fromhex.qualname = `${tname}.fromhex`;
  T.ns.fromhex = new PyClassMethod(fromhex);
}


export { needsIndex };
