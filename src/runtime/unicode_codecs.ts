// The text codecs behind str.encode and bytes.decode: utf-8, ascii, latin-1, cp1252, utf-16 and
// utf-32 (with endianness variants), with the error handlers strict, ignore, replace,
// backslashreplace, xmlcharrefreplace, surrogateescape and surrogatepass, raising
// UnicodeEncodeError/UnicodeDecodeError with CPython's positions and reasons.

import { PyBytes } from "./core.ts";
import { newExc, LookupError, UnicodeEncodeError, UnicodeDecodeError } from "./exceptions.ts";
import { excWithAttrs } from "./baseexception.ts";

const ALIASES: Record<string, string> = {
  utf_8: "utf-8", utf8: "utf-8", u8: "utf-8", utf: "utf-8", cp65001: "utf-8", utf8_ucs2: "utf-8", utf8_ucs4: "utf-8",
  utf_8_sig: "utf-8-sig", utf8_sig: "utf-8-sig",
  ascii: "ascii", us_ascii: "ascii", "646": "ascii", us: "ascii", cp367: "ascii", csascii: "ascii", ibm367: "ascii",
  iso646_us: "ascii", iso_ir_6: "ascii", ansi_x3_4_1968: "ascii", "ansi_x3.4_1968": "ascii",
  latin_1: "latin-1", latin1: "latin-1", latin: "latin-1", l1: "latin-1", iso_8859_1: "latin-1", iso8859_1: "latin-1",
  "8859": "latin-1", cp819: "latin-1", iso_ir_100: "latin-1", csisolatin1: "latin-1", ibm819: "latin-1",
  cp1252: "cp1252", windows_1252: "cp1252",
  utf_16: "utf-16", utf16: "utf-16", u16: "utf-16", utf_16_le: "utf-16-le", utf_16le: "utf-16-le",
  utf_16_be: "utf-16-be", utf_16be: "utf-16-be",
  utf_32: "utf-32", utf32: "utf-32", u32: "utf-32", utf_32_le: "utf-32-le", utf_32le: "utf-32-le",
  utf_32_be: "utf-32-be", utf_32be: "utf-32-be",
};
/** The codec's canonical name (as CPython reports it in errors), or a LookupError. */
export function lookupCodec(name: string): string {
  const c = ALIASES[name];
  if (c !== undefined) return c;
  const k = name.trim().toLowerCase().replace(/[-\s]+/g, "_");
  const r = ALIASES[k];
  if (r === undefined) throw newExc(LookupError, `unknown encoding: ${name}`);
  return r;
}

const HANDLERS = new Set(["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass", "namereplace"]);
function checkHandler(errors: string): void {
  if (!HANDLERS.has(errors)) throw newExc(LookupError, `unknown error handler name '${errors}'`);
}

// cp1252 bytes 0x80..0x9f (0 = undefined)
const CP1252 = [0x20ac, 0, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0, 0x17d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0, 0x17e, 0x178];
let cp1252Rev: Map<number, number> | null = null;

// --- encoding -----------------------------------------------------------------------------------

class ByteBuf {
  b = new Uint8Array(64);
  n = 0;
  push(x: number): void {
    if (this.n === this.b.length) { const nb = new Uint8Array(this.n * 2); nb.set(this.b); this.b = nb; }
    this.b[this.n++] = x;
  }
  pushStr(s: string): void { for (let i = 0; i < s.length; i++) this.push(s.charCodeAt(i)); }
  result(): Uint8Array { return this.b.slice(0, this.n); }
}

const textEncoder = new TextEncoder();

function hex(c: number, w: number): string { return c.toString(16).padStart(w, "0"); }
function escapeCP(c: number): string {
  return c <= 0xff ? "\\x" + hex(c, 2) : c <= 0xffff ? "\\u" + hex(c, 4) : "\\U" + hex(c, 8);
}
function encodeErr(enc: string, s: string, cps: number[], start: number, end: number, reason: string) {
  return excWithAttrs(UnicodeEncodeError, [enc, s, start, end, reason], { encoding: enc, object: s, start, end, reason });
}

/** Encode one code point as UTF-8 into buf. */
function utf8Push(buf: ByteBuf, c: number): void {
  if (c < 0x80) buf.push(c);
  else if (c < 0x800) { buf.push(0xc0 | (c >> 6)); buf.push(0x80 | (c & 63)); }
  else if (c < 0x10000) { buf.push(0xe0 | (c >> 12)); buf.push(0x80 | ((c >> 6) & 63)); buf.push(0x80 | (c & 63)); }
  else { buf.push(0xf0 | (c >> 18)); buf.push(0x80 | ((c >> 12) & 63)); buf.push(0x80 | ((c >> 6) & 63)); buf.push(0x80 | (c & 63)); }
}

/** str.encode(encoding, errors). */
export function encodeStr(s: string, encoding: string, errors: string): Uint8Array {
  const enc = lookupCodec(encoding);
  if (enc === "utf-8" && (s as any).isWellFormed()) return textEncoder.encode(s);
  if ((enc === "ascii" || enc === "latin-1") && /^[\x00-\x7f]*$/.test(s)) {
    const b = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
    return b;
  }
  const cps: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    cps.push(c);
    if (c > 0xffff) i++;
  }
  const buf = new ByteBuf();
  let limit = 0, reason = "", le = true, width = 0;
  switch (enc) {
    case "ascii": limit = 0x80; reason = "ordinal not in range(128)"; break;
    case "latin-1": limit = 0x100; reason = "ordinal not in range(256)"; break;
    case "cp1252": reason = "character maps to <undefined>"; break;
    case "utf-8": case "utf-8-sig": reason = "surrogates not allowed"; break;
    case "utf-16": case "utf-16-le": case "utf-16-be": width = 2; le = enc !== "utf-16-be"; reason = "surrogates not allowed"; break;
    default: width = 4; le = enc !== "utf-32-be"; reason = "surrogates not allowed";
  }
  const errName = enc === "utf-8-sig" ? "utf-8" : enc === "cp1252" ? "charmap" : enc;
  if (enc === "utf-8-sig") { buf.push(0xef); buf.push(0xbb); buf.push(0xbf); }
  const unit = (u: number) => {
    if (width === 2) { if (le) { buf.push(u & 255); buf.push(u >> 8); } else { buf.push(u >> 8); buf.push(u & 255); } }
    else if (le) { buf.push(u & 255); buf.push((u >> 8) & 255); buf.push((u >> 16) & 255); buf.push(u >>> 24); }
    else { buf.push(u >>> 24); buf.push((u >> 16) & 255); buf.push((u >> 8) & 255); buf.push(u & 255); }
  };
  const put = (c: number) => {
    if (width === 0) utf8Push(buf, c);
    else if (width === 2 && c > 0xffff) { c -= 0x10000; unit(0xd800 | (c >> 10)); unit(0xdc00 | (c & 0x3ff)); }
    else unit(c);
  };
  if (enc === "utf-16" || enc === "utf-32") unit(0xfeff);
  if (enc === "cp1252" && cp1252Rev === null) {
    cp1252Rev = new Map();
    CP1252.forEach((u, i) => { if (u) cp1252Rev!.set(u, 0x80 + i); });
  }
  const encodable = (c: number): boolean => {
    if (limit) return c < limit;
    if (enc === "cp1252") return c < 0x80 || (c >= 0xa0 && c <= 0xff) || cp1252Rev!.has(c);
    return c < 0xd800 || c > 0xdfff;
  };
  const putOk = (c: number) => {
    if (limit) buf.push(c);
    else if (enc === "cp1252") buf.push(c < 0x80 || (c >= 0xa0 && c <= 0xff) ? c : cp1252Rev!.get(c)!);
    else put(c);
  };
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    if (encodable(c)) { putOk(c); continue; }
    let end = i + 1;
    while (end < cps.length && !encodable(cps[end])) end++;
    switch (errors) {
      case "strict": throw encodeErr(errName, s, cps, i, end, reason);
      case "ignore": break;
      case "replace": for (let k = i; k < end; k++) { if (limit || enc === "cp1252") buf.push(63); else put(63); } break;
      // DEVIATION(CPython): namereplace needs the Unicode name table; it escapes like backslashreplace
      case "backslashreplace": case "namereplace":
        for (let k = i; k < end; k++) { const t = escapeCP(cps[k]); for (let m = 0; m < t.length; m++) putOk(t.charCodeAt(m)); }
        break;
      case "xmlcharrefreplace":
        if (!limit && enc !== "cp1252") throw encodeErr(errName, s, cps, i, end, reason);
        for (let k = i; k < end; k++) buf.pushStr(`&#${cps[k]};`);
        break;
      case "surrogateescape":
        for (let k = i; k < end; k++) {
          const d = cps[k];
          if (d < 0xdc80 || d > 0xdcff) throw encodeErr(errName, s, cps, k, k + 1, reason);
          buf.push(d - 0xdc00);
        }
        break;
      case "surrogatepass":
        if (limit || enc === "cp1252") throw encodeErr(errName, s, cps, i, end, reason);
        for (let k = i; k < end; k++) {
          const d = cps[k];
          if (width === 0) utf8Push(buf, d); else unit(d);
        }
        break;
      default: checkHandler(errors);
    }
    i = end - 1;
  }
  return buf.result();
}

// --- decoding -----------------------------------------------------------------------------------

const utf8Fatal = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

function decodeErr(enc: string, b: Uint8Array, start: number, end: number, reason: string) {
  const obj = new PyBytes(b.slice());
  return excWithAttrs(UnicodeDecodeError, [enc, obj, start, end, reason], { encoding: enc, object: obj, start, end, reason });
}

/** Apply a decode error handler to bytes b[start:end]; returns the replacement text. */
function decodeHandle(enc: string, b: Uint8Array, start: number, end: number, reason: string, errors: string): string {
  switch (errors) {
    case "strict": throw decodeErr(enc, b, start, end, reason);
    case "ignore": return "";
    case "replace": return "\ufffd";
    case "backslashreplace": {
      let t = "";
      for (let k = start; k < end; k++) t += "\\x" + hex(b[k], 2);
      return t;
    }
    case "surrogateescape": {
      let t = "";
      for (let k = start; k < end; k++) {
        if (b[k] < 128) throw decodeErr(enc, b, start, end, reason);
        t += String.fromCharCode(0xdc00 + b[k]);
      }
      return t;
    }
    default:
      checkHandler(errors);
      throw decodeErr(enc, b, start, end, reason);
  }
}

function fromCodes(b: Uint8Array, start: number, end: number): string {
  let s = "";
  for (let i = start; i < end; i += 4096) s += String.fromCharCode.apply(null, b.subarray(i, Math.min(end, i + 4096)) as any);
  return s;
}

function decodeUtf8Slow(b: Uint8Array, errors: string, enc: string): string {
  let out = "";
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      let j = i + 1;
      while (j < n && b[j] < 0x80) j++;
      out += fromCodes(b, i, j);
      i = j;
      continue;
    }
    let need = 0, lo = 0x80, hi = 0xbf, cp = 0;
    if (c >= 0xc2 && c <= 0xdf) { need = 1; cp = c & 0x1f; }
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2; cp = c & 0x0f;
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed && errors !== "surrogatepass") hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3; cp = c & 0x07;
      if (c === 0xf0) lo = 0x90; else if (c === 0xf4) hi = 0x8f;
    } else {
      out += decodeHandle(enc, b, i, i + 1, "invalid start byte", errors);
      i++;
      continue;
    }
    let k = 1, bad = false;
    for (; k <= need; k++) {
      if (i + k >= n) break;
      const d = b[i + k];
      if (d < (k === 1 ? lo : 0x80) || d > (k === 1 ? hi : 0xbf)) { bad = true; break; }
      cp = (cp << 6) | (d & 0x3f);
    }
    if (bad) {
      out += decodeHandle(enc, b, i, i + k, "invalid continuation byte", errors);
      i += k;
      continue;
    }
    if (k <= need) {
      out += decodeHandle(enc, b, i, n, "unexpected end of data", errors);
      i = n;
      continue;
    }
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}

function decodeUtf16or32(b: Uint8Array, enc: string, errors: string): string {
  const width = enc.startsWith("utf-16") ? 2 : 4;
  let le = !enc.endsWith("-be");
  let i = 0;
  if (enc === "utf-16" || enc === "utf-32") {
    if (width === 2 && b.length >= 2) {
      if (b[0] === 0xff && b[1] === 0xfe) i = 2;
      else if (b[0] === 0xfe && b[1] === 0xff) { i = 2; le = false; }
    } else if (width === 4 && b.length >= 4) {
      if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) i = 4;
      else if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) { i = 4; le = false; }
    }
  }
  // errors name the concrete byte order, as CPython's decoder does
  if (enc === "utf-16" || enc === "utf-32") enc = `${enc}-${le ? "le" : "be"}`;
  const rd = (p: number) => width === 2
    ? (le ? b[p] | (b[p + 1] << 8) : (b[p] << 8) | b[p + 1])
    : (le ? (b[p] | (b[p + 1] << 8) | (b[p + 2] << 16) | (b[p + 3] << 24)) >>> 0 : ((b[p] << 24) | (b[p + 1] << 16) | (b[p + 2] << 8) | b[p + 3]) >>> 0);
  let out = "";
  const n = b.length;
  while (i < n) {
    if (i + width > n) { out += decodeHandle(enc, b, i, n, "truncated data", errors); break; }
    const u = rd(i);
    if (width === 4) {
      if (u > 0x10ffff || (u >= 0xd800 && u <= 0xdfff && errors !== "surrogatepass")) {
        out += decodeHandle(enc, b, i, i + 4, "code point not in range(0x110000)", errors);
      } else out += String.fromCodePoint(u);
      i += 4;
      continue;
    }
    if (u < 0xd800 || u > 0xdfff) { out += String.fromCharCode(u); i += 2; continue; }
    if (u >= 0xdc00) { out += decodeHandle(enc, b, i, i + 2, "illegal encoding", errors); i += 2; continue; }
    if (i + 4 > n) { out += decodeHandle(enc, b, i, n, i + 2 < n ? "truncated data" : "unexpected end of data", errors); break; }
    const v = rd(i + 2);
    if (v < 0xdc00 || v > 0xdfff) { out += decodeHandle(enc, b, i, i + 2, "illegal UTF-16 surrogate", errors); i += 2; continue; }
    out += String.fromCharCode(u, v);
    i += 4;
  }
  return out;
}

/** bytes.decode(encoding, errors). */
export function decodeBytes(b: Uint8Array, encoding: string, errors: string): string {
  const enc = lookupCodec(encoding);
  switch (enc) {
    case "utf-8": case "utf-8-sig": {
      let src = b;
      if (enc === "utf-8-sig" && b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) src = b.subarray(3);
      if (src.length < 32) {
        let ascii = true;
        for (let i = 0; i < src.length; i++) if (src[i] >= 0x80) { ascii = false; break; }
        if (ascii) return fromCodes(src, 0, src.length);
      }
      try {
        return utf8Fatal.decode(src);
      } catch {
        return decodeUtf8Slow(src, errors, "utf-8");
      }
    }
    case "latin-1": return fromCodes(b, 0, b.length);
    case "ascii": {
      let out = "", start = 0;
      for (let i = 0; i < b.length; i++) {
        if (b[i] < 0x80) continue;
        out += fromCodes(b, start, i) + decodeHandle("ascii", b, i, i + 1, "ordinal not in range(128)", errors);
        start = i + 1;
      }
      return out + fromCodes(b, start, b.length);
    }
    case "cp1252": {
      let out = "";
      for (let i = 0; i < b.length; i++) {
        const c = b[i];
        if (c < 0x80 || c >= 0xa0) out += String.fromCharCode(c);
        else if (CP1252[c - 0x80]) out += String.fromCharCode(CP1252[c - 0x80]);
        else out += decodeHandle("charmap", b, i, i + 1, "character maps to <undefined>", errors);
      }
      return out;
    }
    default: return decodeUtf16or32(b, enc, errors);
  }
}
