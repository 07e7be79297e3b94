// String literal helpers: split a STRING token into prefix flags and body, and decode
// backslash escapes exactly as CPython 3.11 does for str and bytes (including its
// error messages, which quote positions in CPython's internal escape buffer).

import { lookupUnicodeName } from "./unicode_names.ts";

export interface StringParts {
  bytesmode: boolean;
  rawmode: boolean;
  fmode: boolean;
  /** Index in the token text where the body starts / ends (exclusive). */
  bodyStart: number;
  bodyEnd: number;
  quoteSize: number;
}

/** Split a STRING token's text (prefix + quotes + body) like _PyPegen_parse_string. */
export function splitStringToken(s: string): StringParts {
  let i = 0;
  let bytesmode = false, rawmode = false, fmode = false;
  for (;;) {
    const c = s.charCodeAt(i);
    if (c === 98 || c === 66) bytesmode = true;
    else if (c === 114 || c === 82) rawmode = true;
    else if (c === 102 || c === 70) fmode = true;
    else if (c === 117 || c === 85) { /* u prefix: no effect */ }
    else break;
    i++;
  }
  const q = s.charCodeAt(i);
  let quoteSize = 1;
  if (s.length - i >= 6 && s.charCodeAt(i + 1) === q && s.charCodeAt(i + 2) === q) quoteSize = 3;
  return { bytesmode, rawmode, fmode, bodyStart: i + quoteSize, bodyEnd: s.length - quoteSize, quoteSize };
}

/** Escape decoding failure; `msg` is the full SyntaxError message. */
export class EscapeError {
  constructor(public msg: string) {}
}

function hexVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/**
 * Length of `body` once CPython's decode_unicode_with_escapes has rewritten it
 * (non-ASCII code points become 10-byte \UXXXXXXXX escapes, a backslash before one
 * gets "u005c" appended). Only needed for error positions.
 */
function virtualLength(body: string): number {
  let n = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 92) {
      n++;
      const d = i + 1 < body.length ? body.charCodeAt(i + 1) : -1;
      if (d < 0 || d >= 128) n += 5;
      if (d < 0) break;
      continue;
    }
    if (c >= 128) {
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < body.length) i++;
      n += 10;
    } else n++;
  }
  return n;
}

function unicodeError(start: number, end: number, message: string): EscapeError {
  if (end === start + 1) {
    return new EscapeError(`(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position ${start}: ${message}`);
  }
  return new EscapeError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${start}-${end - 1}: ${message}`);
}

/** Decode the escapes of a (non-raw) str literal body. Throws EscapeError. */
export function decodeUnicodeEscapes(body: string): string {
  if (body.indexOf("\\") < 0) return body;
  let out = "";
  let i = 0;
  let v = 0; // position in CPython's rewritten buffer
  const n = body.length;
  let chunkStart = 0;
  while (i < n) {
    const c = body.charCodeAt(i);
    if (c !== 92) {
      if (c >= 128) {
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) i++;
        v += 10;
      } else v++;
      i++;
      continue;
    }
    out += body.slice(chunkStart, i);
    const startv = v;
    i++;
    v++;
    if (i >= n) {
      out += "\\"; // "\u005c" was appended: a literal backslash
      chunkStart = i;
      break;
    }
    const d = body.charCodeAt(i);
    if (d >= 128) {
      out += "\\";
      v += 5;
      chunkStart = i;
      continue;
    }
    i++;
    v++;
    switch (d) {
      case 10: break;
      case 92: out += "\\"; break;
      case 39: out += "'"; break;
      case 34: out += '"'; break;
      case 98: out += "\b"; break;
      case 102: out += "\f"; break;
      case 116: out += "\t"; break;
      case 110: out += "\n"; break;
      case 114: out += "\r"; break;
      case 118: out += "\v"; break;
      case 97: out += "\x07"; break;
      case 48: case 49: case 50: case 51: case 52: case 53: case 54: case 55: {
        let ch = d - 48;
        if (i < n && body.charCodeAt(i) >= 48 && body.charCodeAt(i) <= 55) {
          ch = (ch << 3) + body.charCodeAt(i++) - 48;
          v++;
          if (i < n && body.charCodeAt(i) >= 48 && body.charCodeAt(i) <= 55) {
            ch = (ch << 3) + body.charCodeAt(i++) - 48;
            v++;
          }
        }
        out += String.fromCodePoint(ch);
        break;
      }
      case 120: case 117: case 85: {
        let count = d === 120 ? 2 : d === 117 ? 4 : 8;
        const message = d === 120 ? "truncated \\xXX escape" : d === 117 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
        let ch = 0;
        for (; count; count--) {
          if (i >= n) throw unicodeError(startv, virtualLength(body), message);
          const h = hexVal(body.charCodeAt(i));
          if (h < 0) throw unicodeError(startv, v, message);
          ch = ch * 16 + h;
          i++;
          v++;
        }
        if (ch > 0x10ffff) throw unicodeError(startv, v, "illegal Unicode character");
        out += String.fromCodePoint(ch);
        break;
      }
      case 78: {
        const message = "malformed \\N character escape";
        if (i >= n) throw unicodeError(startv, virtualLength(body), message);
        if (body.charCodeAt(i) !== 123) throw unicodeError(startv, v, message);
        i++;
        v++;
        const nameStart = i;
        while (i < n && body.charCodeAt(i) !== 125) {
          const e = body.charCodeAt(i);
          if (e >= 128) {
            if (e >= 0xd800 && e <= 0xdbff && i + 1 < n) i++;
            v += 10;
          } else v++;
          i++;
        }
        if (i >= n) throw unicodeError(startv, virtualLength(body), message);
        if (i === nameStart) throw unicodeError(startv, v, message);
        const name = body.slice(nameStart, i);
        i++;
        v++;
        const cp = /^[\x20-\x7e]+$/.test(name) ? lookupUnicodeName(name) : -1;
        if (cp < 0) throw unicodeError(startv, v, "unknown Unicode character name");
        out += String.fromCodePoint(cp);
        break;
      }
      default:
        // Invalid escape: kept verbatim (CPython only warns).
        out += "\\" + String.fromCharCode(d);
    }
    chunkStart = i;
  }
  if (chunkStart < n) out += body.slice(chunkStart);
  return out;
}

/** Decode a bytes literal body (already checked to be ASCII). Throws EscapeError. */
export function decodeBytes(body: string, raw: boolean): Uint8Array {
  const n = body.length;
  if (raw || body.indexOf("\\") < 0) {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = body.charCodeAt(i);
    return out;
  }
  const out: number[] = [];
  let i = 0;
  while (i < n) {
    const c = body.charCodeAt(i);
    if (c !== 92) {
      out.push(c);
      i++;
      continue;
    }
    i++;
    if (i >= n) throw new EscapeError("(value error) Trailing \\ in string");
    const d = body.charCodeAt(i++);
    switch (d) {
      case 10: break;
      case 92: out.push(92); break;
      case 39: out.push(39); break;
      case 34: out.push(34); break;
      case 98: out.push(8); break;
      case 102: out.push(12); break;
      case 116: out.push(9); break;
      case 110: out.push(10); break;
      case 114: out.push(13); break;
      case 118: out.push(11); break;
      case 97: out.push(7); break;
      case 48: case 49: case 50: case 51: case 52: case 53: case 54: case 55: {
        let ch = d - 48;
        if (i < n && body.charCodeAt(i) >= 48 && body.charCodeAt(i) <= 55) {
          ch = (ch << 3) + body.charCodeAt(i++) - 48;
          if (i < n && body.charCodeAt(i) >= 48 && body.charCodeAt(i) <= 55) ch = (ch << 3) + body.charCodeAt(i++) - 48;
        }
        out.push(ch & 0xff);
        break;
      }
      case 120: {
        if (i + 1 < n) {
          const h1 = hexVal(body.charCodeAt(i));
          const h2 = hexVal(body.charCodeAt(i + 1));
          if (h1 >= 0 && h2 >= 0) {
            out.push(h1 * 16 + h2);
            i += 2;
            break;
          }
        }
        throw new EscapeError(`(value error) invalid \\x escape at position ${i - 2}`);
      }
      default:
        out.push(92);
        i--;
    }
  }
  return Uint8Array.from(out);
}
