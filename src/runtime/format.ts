// The format-spec mini-language (format(), f-strings, str.format fields) for int, bool, float,
// str and complex, float-to-decimal conversion rounded exactly as CPython's dtoa, and the
// __format__ methods of those types. str.format and %-formatting live in strformat.ts.

import { NEED, PyFloat, PyComplex, PyBoxed, intType, floatType, strType, complexType, typeOf, isSubtype, Gen } from "./core.ts";
import { defMethod2 } from "./function.ts";
import { valueError, typeError, overflowError } from "./exceptions.ts";
import { isBmp, strLen } from "./ops.ts";
import { toFloat } from "./int.ts";
import { str } from "./repr.ts";
import { hooks } from "./hooks.ts";

// --- float -> decimal digits ------------------------------------------------------------------

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const pow5s: bigint[] = [1n];
function pow5(n: number): bigint {
  let p = pow5s[n];
  if (p === undefined) { p = 5n ** BigInt(n); if (n < 1100) pow5s[n] = p; }
  return p;
}
function stripZeros(s: string): string {
  let e = s.length;
  while (e > 1 && s.charCodeAt(e - 1) === 48) e--;
  return e === s.length ? s : s.slice(0, e);
}

/**
 * The exact decimal expansion of a finite a > 0 as [digits, decpt]: a = 0.digits × 10**decpt,
 * digits without trailing zeros. Every double is a dyadic rational, so this is finite.
 */
function exactDigits(a: number): [string, number] {
  if (a < 9007199254740992 && Number.isInteger(a)) {
    const s = String(a);
    return [stripZeros(s), s.length];
  }
  F64[0] = a;
  const lo = U32[0], hi = U32[1];
  const eb = (hi >>> 20) & 0x7ff;
  let m = BigInt(hi & 0xfffff) * 4294967296n + BigInt(lo);
  let e2: number;
  if (eb === 0) e2 = -1074;
  else { m += 4503599627370496n; e2 = eb - 1075; }
  while (e2 < 0 && (m & 1n) === 0n) { m >>= 1n; e2++; }
  let s: string, decpt: number;
  if (e2 >= 0) { s = (m << BigInt(e2)).toString(); decpt = s.length; }
  else { s = (m * pow5(-e2)).toString(); decpt = s.length + e2; }
  return [stripZeros(s), decpt];
}

/** Round 0.D × 10**dp to n significant digits (n may be <= 0), half to even. "" means zero. */
function roundDigits(D: string, dp: number, n: number): [string, number] {
  if (D.length <= n) return [D, dp];
  if (n < 0) return ["", dp];
  const c = D.charCodeAt(n);
  const up = c > 53 || (c === 53 && (D.length > n + 1 || (n > 0 && (D.charCodeAt(n - 1) & 1) === 1)));
  if (!up) {
    let e = n;
    while (e > 0 && D.charCodeAt(e - 1) === 48) e--;
    return [D.slice(0, e), dp];
  }
  let i = n - 1;
  while (i >= 0 && D.charCodeAt(i) === 57) i--;
  if (i < 0) return ["1", dp + 1];
  return [D.slice(0, i) + String.fromCharCode(D.charCodeAt(i) + 1), dp];
}

/** Parse JS exponential notation ("1.2345e+2") into [digits without trailing zeros, decpt]. */
function parseExp(s: string): [string, number] {
  const ei = s.indexOf("e");
  const k = +s.slice(ei + 1);
  const mant = s.charCodeAt(1) === 46 ? s[0] + s.slice(2, ei) : s.slice(0, ei);
  return [stripZeros(mant), k + 1];
}

/** a > 0 rounded to n >= 1 significant digits: [digits, decpt]. */
function sigDigits(a: number, n: number): [string, number] {
  if (n <= 101) {
    // toExponential is correctly rounded except that exact ties go up (Python: to even). A tie
    // needs the exact expansion to stop at digit n+1, which a * 2**j being an integer detects.
    const s = a.toExponential(n - 1);
    const ei = s.indexOf("e");
    const j = n - +s.slice(ei + 1) + 1;
    if (!Number.isInteger(a) && !(j >= 0 && Number.isInteger(a * 2 ** j))) return parseExp(s);
  }
  const [D, dp] = exactDigits(a);
  return roundDigits(D, dp, n);
}

/** Lay out digits as CPython's format_float_short does (virtual zero padding on both sides). */
function render(D: string, decpt: number, vend: number, useExp: boolean, alt: boolean, addDot0: boolean): string {
  let exp = 0;
  if (useExp) { exp = decpt - 1; decpt = 1; }
  if (!useExp && addDot0) { if (vend <= decpt) vend = decpt + 1; }
  else if (vend < decpt) vend = decpt;
  const n = D.length;
  let out = decpt <= 0 ? "0." + "0".repeat(-decpt) : "";
  if (0 < decpt && decpt <= n) out += D.slice(0, decpt) + "." + D.slice(decpt);
  else out += D;
  if (n < decpt) out += "0".repeat(decpt - n) + "." + "0".repeat(vend - decpt);
  else if (vend > n) out += "0".repeat(vend - n);
  if (!alt && out.charCodeAt(out.length - 1) === 46) out = out.slice(0, -1);
  if (useExp) {
    const ax = exp < 0 ? -exp : exp;
    out += (exp < 0 ? "e-" : "e+") + (ax < 10 ? "0" : "") + ax;
  }
  return out;
}

/** 'f' formatting of a >= 0 with p digits after the point. */
function fixedBody(a: number, p: number, alt: boolean): string {
  let s: string;
  let m: number, q: number;
  if (a === 0) s = p > 0 ? "0." + "0".repeat(p) : "0";
  else if (a < 1e21 && p <= 100 && (!Number.isInteger(m = a * 2 ** (p + 1)) || Number.isInteger(a))) s = a.toFixed(p);
  else if (a < 1e21 && p <= 22 && (q = m! * 5 ** p) <= 9007199254740992) {
    // a * 10**p == q / 2 exactly: round half to even in doubles
    const h = (q - 1) / 2;
    const r = q % 2 === 0 ? q / 2 : h % 2 === 0 ? h : h + 1;
    s = String(r);
    if (p > 0) { s = s.padStart(p + 1, "0"); s = s.slice(0, s.length - p) + "." + s.slice(s.length - p); }
  } else {
    const [D, dp] = exactDigits(a);
    let [R, rdp] = roundDigits(D, dp, dp + p);
    if (R === "") rdp = -p;
    s = render(R, rdp, rdp + p, false, false, false);
  }
  return alt && p === 0 ? s + "." : s;
}

/**
 * CPython's PyOS_double_to_string: type is one of e E f F g G r, with precision, '#' (alt),
 * "add .0 to integers" (format() without a type) and 'z' (negative zero coercion).
 */
export function dtoa(x: number, type: string, prec: number, alt: boolean, addDot0: boolean, noNeg0: boolean): string {
  let t = type, upper = false;
  if (t === "E" || t === "F" || t === "G") { upper = true; t = t.toLowerCase(); }
  let body: string;
  let neg = x < 0 || (x === 0 && 1 / x < 0);
  if (x !== x) { body = "nan"; neg = false; }
  else if (x === Infinity || x === -Infinity) body = "inf";
  else {
    const a = neg ? -x : x;
    if (t === "f") body = fixedBody(a, prec, alt);
    else if (t === "e") {
      const [D, dp] = a === 0 ? ["0", 1] as [string, number] : sigDigits(a, prec + 1);
      body = render(D, dp, prec + 1, true, alt, false);
    } else if (t === "g") {
      const p = prec === 0 ? 1 : prec;
      const [D, dp] = a === 0 ? ["0", 1] as [string, number] : sigDigits(a, p);
      body = render(D, dp, alt ? p : D.length, dp <= -4 || dp > (addDot0 ? p - 1 : p), alt, addDot0);
    } else {
      const [D, dp] = a === 0 ? ["0", 1] as [string, number] : parseExp(a.toExponential());
      body = render(D, dp, D.length, dp <= -4 || dp > 16, alt, addDot0);
    }
    if (neg && noNeg0 && isZeroBody(body)) neg = false;
  }
  if (neg) body = "-" + body;
  return upper ? body.toUpperCase() : body;
}
function isZeroBody(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 101) return true; // 'e': mantissa was all zeros
    if (c !== 48 && c !== 46) return false;
  }
  return true;
}

// --- the format spec --------------------------------------------------------------------------

export interface FSpec {
  fill: string; align: string; sign: string; z: boolean; alt: boolean;
  width: number; group: string; gsize: number; prec: number; type: string;
}
const specCache = new Map<string, FSpec>();

function isAlign(c: string | undefined): boolean { return c === "<" || c === ">" || c === "=" || c === "^"; }

/** Read decimal digits at cs[i...]; returns [value, next index] (value -1 when none). */
function readInt(cs: any, i: number): [number, number] {
  let acc = -1;
  while (i < cs.length) {
    const c = cs[i].charCodeAt(0) - 48;
    if (c < 0 || c > 9 || cs[i].length !== 1) break;
    if (acc < 0) acc = 0;
    if (acc > (9223372036854775807 - c) / 10) throw valueError("Too many decimal digits in format string");
    acc = acc * 10 + c;
    i++;
  }
  return [acc, i];
}

/** Parse a format spec (CPython's parse_internal_render_format_spec, 3.11). */
export function parseSpec(spec: string, tname: string, defAlign: string, defType: string): FSpec {
  const key = defAlign + defType + spec;
  const hit = specCache.get(key);
  if (hit !== undefined) return hit;
  const cs: any = isBmp(spec) ? spec : Array.from(spec);
  const n = cs.length;
  let i = 0, fill = " ", align = defAlign, fillSet = false, alignSet = false;
  if (n >= 2 && isAlign(cs[1])) { fill = cs[0]; align = cs[1]; fillSet = alignSet = true; i = 2; }
  else if (n >= 1 && isAlign(cs[0])) { align = cs[0]; alignSet = true; i = 1; }
  let sign = "";
  if (i < n && (cs[i] === "+" || cs[i] === "-" || cs[i] === " ")) sign = cs[i++];
  let z = false;
  if (i < n && cs[i] === "z") { z = true; i++; }
  let alt = false;
  if (i < n && cs[i] === "#") { alt = true; i++; }
  if (!fillSet && i < n && cs[i] === "0") {
    fill = "0";
    if (!alignSet && defAlign === ">") align = "=";
    i++;
  }
  let width: number;
  [width, i] = readInt(cs, i);
  let group = "";
  if (i < n && cs[i] === ",") { group = ","; i++; }
  if (i < n && cs[i] === "_") {
    if (group !== "") throw valueError("Cannot specify both ',' and '_'.");
    group = "_"; i++;
  }
  if (i < n && cs[i] === ",") {
    if (group === "_") throw valueError("Cannot specify both ',' and '_'.");
    throw valueError("Cannot specify ',' with ','.");
  }
  let prec = -1;
  if (i < n && cs[i] === ".") {
    [prec, i] = readInt(cs, i + 1);
    if (prec < 0) throw valueError("Format specifier missing precision");
  }
  if (n - i > 1) throw valueError(`Invalid format specifier '${spec}' for object of type '${tname}'`);
  const type = n - i === 1 ? cs[i] : defType;
  let gsize = 3;
  if (group !== "") {
    switch (type) {
      case "d": case "e": case "f": case "g": case "E": case "G": case "%": case "F": case "": break;
      case "b": case "o": case "x": case "X":
        if (group === "_") { gsize = 4; break; }
      // falls through
      default: throw valueError(`Cannot specify '${group}' with ${fmtChar(type)}.`);
    }
  }
  const f: FSpec = { fill, align, sign, z, alt, width, group, gsize, prec, type };
  if (specCache.size > 500) specCache.clear();
  specCache.set(key, f);
  return f;
}
function fmtChar(c: string): string {
  const k = c.codePointAt(0)!;
  return k > 32 && k < 128 ? `'${c}'` : `'\\x${k.toString(16)}'`;
}
function unknownType(type: string, tname: string) {
  return valueError(`Unknown format code ${fmtChar(type)} for object of type '${tname}'`);
}

/** Insert group separators into digits, zero-padding on the left up to minWidth (CPython's rules). */
function groupDigits(digits: string, minWidth: number, sep: string, size: number): string {
  let remaining = digits.length, pos = digits.length, mw = minWidth;
  let out = "";
  let first = true;
  for (;;) {
    const l = Math.min(size, Math.max(remaining, mw, 1));
    const nz = Math.max(0, l - remaining), nc = Math.max(0, Math.min(remaining, l));
    out = (nz ? "0".repeat(nz) : "") + digits.slice(pos - nc, pos) + (first ? "" : sep) + out;
    first = false;
    pos -= nc;
    remaining -= nc;
    mw -= l;
    if (remaining <= 0 && mw <= 0) break;
    mw -= 1;
  }
  return out;
}

/** CPython's calc_number_widths + fill_number: sign, prefix, grouped digits, tail, padding. */
function numberOut(f: FSpec, neg: boolean, prefix: string, digits: string, tail: string, tailLen: number): string {
  const signCh = f.sign === "+" ? (neg ? "-" : "+") : f.sign === " " ? (neg ? "-" : " ") : (neg ? "-" : "");
  const fixed = signCh.length + prefix.length + tailLen;
  let g = digits;
  if (f.group !== "" && digits.length > 0) {
    const minw = f.fill === "0" && f.align === "=" ? f.width - fixed : 0;
    g = groupDigits(digits, minw, f.group, f.gsize);
  }
  const pad = f.width - (fixed + g.length);
  if (pad <= 0) return signCh + prefix + g + tail;
  const fill = f.fill;
  switch (f.align) {
    case "<": return signCh + prefix + g + tail + fill.repeat(pad);
    case "^": { const l = pad >> 1; return fill.repeat(l) + signCh + prefix + g + tail + fill.repeat(pad - l); }
    case "=": return signCh + prefix + fill.repeat(pad) + g + tail;
    default: return fill.repeat(pad) + signCh + prefix + g + tail;
  }
}

/** Pad already-formatted text of `len` code points to the spec's width. */
function padText(s: string, len: number, f: FSpec): string {
  const pad = f.width - len;
  if (pad <= 0) return s;
  switch (f.align) {
    case ">": return f.fill.repeat(pad) + s;
    case "^": { const l = pad >> 1; return f.fill.repeat(l) + s + f.fill.repeat(pad - l); }
    default: return s + f.fill.repeat(pad);
  }
}

// --- per-type formatters (sync; the value is already a JS primitive) --------------------------

export function formatStr(s: string, spec: string, tname = "str"): string {
  if (spec === "") return s;
  const f = parseSpec(spec, tname, "<", "s");
  if (f.type !== "s") throw unknownType(f.type, tname);
  if (f.sign !== "") throw valueError(f.sign === " " ? "Space not allowed in string format specifier" : "Sign not allowed in string format specifier");
  if (f.z) throw valueError("Negative zero coercion (z) not allowed in string format specifier");
  if (f.alt) throw valueError("Alternate form (#) not allowed in string format specifier");
  if (f.align === "=") throw valueError("'=' alignment not allowed in string format specifier");
  let len = strLen(s);
  if (f.prec >= 0 && len > f.prec) {
    s = len === s.length ? s.slice(0, f.prec) : Array.from(s).slice(0, f.prec).join("");
    len = f.prec;
  }
  return padText(s, len, f);
}

export function formatInt(v: number | bigint, spec: string, tname = "int"): string {
  if (spec === "") return String(v);
  const f = parseSpec(spec, tname, ">", "d");
  let base = 10, prefix = "";
  switch (f.type) {
    case "d": case "n": break;
    case "b": base = 2; prefix = "0b"; break;
    case "o": base = 8; prefix = "0o"; break;
    case "x": base = 16; prefix = "0x"; break;
    case "X": base = 16; prefix = "0X"; break;
    case "c": break;
    case "e": case "E": case "f": case "F": case "g": case "G": case "%":
      return floatSpec(toFloat(v), f, tname);
    default: throw unknownType(f.type, tname);
  }
  if (f.prec >= 0) throw valueError("Precision not allowed in integer format specifier");
  if (f.z) throw valueError("Negative zero coercion (z) not allowed in integer format specifier");
  if (f.type === "c") {
    if (f.sign !== "") throw valueError("Sign not allowed with integer format specifier 'c'");
    if (f.alt) throw valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (typeof v === "bigint" && (v > 9223372036854775807n || v < -9223372036854775808n))
      throw overflowError("Python int too large to convert to C long");
    if (v < 0 || v > 0x10ffff) throw overflowError("%c arg not in range(0x110000)");
    return numberOut(f, false, "", "", String.fromCodePoint(Number(v)), 1);
  }
  const neg = v < 0;
  let digits = (neg ? -v : v).toString(base);
  if (f.type === "X") digits = digits.toUpperCase();
  if (f.sign === "" && f.width < 0 && f.group === "" && !f.alt) return neg ? "-" + digits : digits;
  return numberOut(f, neg, f.alt ? prefix : "", digits, "", 0);
}

/** Split "-123.45e+06" into the parts numberOut wants. */
function numParts(f: FSpec, s: string): string {
  let neg = false, i = 0;
  if (s.charCodeAt(0) === 45) { neg = true; i = 1; }
  let j = i;
  while (j < s.length) { const c = s.charCodeAt(j); if (c < 48 || c > 57) break; j++; }
  return numberOut(f, neg, "", s.slice(i, j), s.slice(j), s.length - j);
}

function floatSpec(x: number, f: FSpec, tname: string): string {
  let type = f.type, prec = f.prec, addDot0 = false, defPrec = 6, pct = false;
  switch (type) {
    case "": type = "r"; addDot0 = true; defPrec = 0; break;
    case "n": type = "g"; break;
    case "%": type = "f"; x *= 100; pct = true; break;
    case "e": case "E": case "f": case "F": case "g": case "G": break;
    default: throw unknownType(type, tname);
  }
  if (prec < 0) prec = defPrec;
  else if (type === "r") type = "g";
  let s = dtoa(x, type, prec, f.alt, addDot0, f.z);
  if (pct) s += "%";
  if (f.sign === "" && f.width < 0 && f.group === "") return s;
  return numParts(f, s);
}

export function formatFloat(x: number, spec: string, tname = "float"): string {
  if (spec === "") return dtoa(x, "r", 0, false, true, false);
  return floatSpec(x, parseSpec(spec, tname, ">", ""), tname);
}

export function formatComplex(re: number, im: number, spec: string, tname = "complex"): string {
  const f = parseSpec(spec, tname, ">", "");
  if (f.fill === "0") throw valueError("Zero padding is not allowed in complex format specifier");
  if (f.align === "=") throw valueError("'=' alignment flag is not allowed in complex format specifier");
  let type = f.type, prec = f.prec, defPrec = 6, skipRe = false, parens = false;
  switch (type) {
    case "":
      type = "r"; defPrec = 0;
      if (re === 0 && 1 / re > 0) skipRe = true; else parens = true;
      break;
    case "n": type = "g"; break;
    case "e": case "E": case "f": case "F": case "g": case "G": break;
    default: throw unknownType(type, tname);
  }
  if (prec < 0) prec = defPrec;
  else if (type === "r") type = "g";
  // the parts are laid out without width; the whole is padded afterwards
  const inner: FSpec = { ...f, fill: " ", align: "<", width: -1 };
  const reS = skipRe ? "" : numParts(inner, dtoa(re, type, prec, f.alt, false, f.z));
  if (!skipRe) inner.sign = "+";
  const imS = numParts(inner, dtoa(im, type, prec, f.alt, false, f.z));
  const body = (parens ? "(" : "") + reS + imS + (parens ? "j)" : "j");
  return padText(body, body.length, { ...f, align: f.align });
}

// --- dispatch ---------------------------------------------------------------------------------

function checkSpec(spec: any): string {
  if (typeof spec === "string") return spec;
  if (spec instanceof PyBoxed && isSubtype(spec.$cls, strType)) return spec.v;
  throw typeError(`__format__() argument must be str, not ${typeOf(spec).name}`);
}

/** format(v, spec) for builtin values without running Python code; NEED otherwise. */
export function formatValueS(v: any, spec: string): any {
  switch (typeof v) {
    case "string": return formatStr(v, spec);
    case "number": case "bigint": return formatInt(v, spec);
    case "boolean": return spec === "" ? (v ? "True" : "False") : formatInt(v ? 1 : 0, spec, "bool");
  }
  if (v instanceof PyFloat && v.$cls === floatType) return formatFloat(v.v, spec);
  if (v instanceof PyComplex && v.$cls === complexType) return formatComplex(v.re, v.im, spec);
  return NEED;
}
/** format(v, spec): the full protocol through type(v).__format__. */
export function* formatValue(v: any, spec: string): Gen<string> {
  const r = formatValueS(v, spec);
  if (r !== NEED) return r;
  return yield* hooks.format(v, spec);
}

// int (and bool, which inherits it), float, str, complex: an empty spec means str(self), which
// for a subclass may be Python code.
defMethod2(intType, "__format__", ["format_spec", "/"], (self: any, spec: any) => {
  const s = checkSpec(spec);
  if (typeof self === "number" || typeof self === "bigint") return formatInt(self, s);
  if (s === "") return typeof self === "boolean" ? (self ? "True" : "False") : NEED;
  const v = typeof self === "boolean" ? (self ? 1 : 0) : self.v;
  return formatInt(v, s, typeOf(self).name);
}, function* (self: any, spec: any) { checkSpec(spec); return yield* str(self); });

defMethod2(floatType, "__format__", ["format_spec", "/"], (self: any, spec: any) => {
  const s = checkSpec(spec);
  if (s === "" && self.$cls !== floatType) return NEED;
  return formatFloat(self.v, s, self.$cls.name);
}, function* (self: any, spec: any) { checkSpec(spec); return yield* str(self); });

defMethod2(strType, "__format__", ["format_spec", "/"], (self: any, spec: any) => {
  const s = checkSpec(spec);
  if (typeof self === "string") return formatStr(self, s);
  if (s === "") return NEED;
  return formatStr(self.v, s, self.$cls.name);
}, function* (self: any, spec: any) { checkSpec(spec); return yield* str(self); });

defMethod2(complexType, "__format__", ["format_spec", "/"], (self: any, spec: any) => {
  const s = checkSpec(spec);
  if (s === "") return self.$cls === complexType ? formatComplex(self.re, self.im, "") : NEED;
  return formatComplex(self.re, self.im, s, self.$cls.name);
}, function* (self: any, spec: any) { checkSpec(spec); return yield* str(self); });
