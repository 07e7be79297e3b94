// float: CPython's repr (shortest round-trip digits, exponent outside 1e-4..1e16), arithmetic
// with Python's floor/modulo/power semantics and error messages, hashing, exact bit-level
// helpers (frexp/ldexp/nextafter, correctly rounded bigint -> double), hex and decimal rounding.

import { zeroDivisionError, overflowError, valueError } from "./exceptions.ts";
import { crPow, ilogb, scale2 } from "./libm.ts";
export { ilogb };

// --- bit access ----------------------------------------------------------------------------------

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer); // little-endian hosts: u32[0] low word, u32[1] high word

/** C frexp: x = m * 2**e with 0.5 <= |m| < 1 (m = x, e = 0 for 0, inf, nan). */
export function frexp(x: number): [number, number] {
  if (x === 0 || x !== x || x === Infinity || x === -Infinity) return [x, 0];
  const e = ilogb(x) + 1;
  return [ldexp(x, -e), e];
}

/** C ldexp: x * 2**n with a single correct rounding (subnormal results included). */
export function ldexp(x: number, n: number): number {
  if (x === 0 || x !== x || x === Infinity || x === -Infinity || n === 0) return x;
  if (n > 4000) n = 4000; else if (n < -4000) n = -4000;
  const t = ilogb(x) + n;
  if (t > 1023) return x > 0 ? Infinity : -Infinity;
  if (t >= -1022) return scale2(x, n);
  // subnormal result: round |x| * 2**(n + 1074) to an integer (half to even), in units of 2**-1074
  if (t < -1076) return x > 0 ? 0 : -0;
  const y = scale2(Math.abs(x), n + 1074);
  let k = Math.floor(y);
  const d = y - k;
  if (d > 0.5 || (d === 0.5 && k % 2 === 1)) k += 1;
  const r = k * 2 ** -1074;
  return x > 0 ? r : -r;
}

/** C nextafter. */
export function nextafter(x: number, y: number): number {
  if (x !== x || y !== y) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 2 ** -1074 : -(2 ** -1074);
  f64[0] = x;
  // moving away from zero increments the magnitude bits, towards zero decrements them
  const up = (y > x) === (x > 0);
  let lo = u32[0], hi = u32[1];
  if (up) { lo = (lo + 1) >>> 0; if (lo === 0) hi = (hi + 1) >>> 0; }
  else { if (lo === 0) hi = (hi - 1) >>> 0; lo = (lo - 1) >>> 0; }
  u32[0] = lo; u32[1] = hi;
  return f64[0];
}

/** math.ulp. */
export function ulp(x: number): number {
  if (x !== x) return x;
  x = Math.abs(x);
  if (x === Infinity) return x;
  const y = nextafter(x, Infinity);
  if (y === Infinity) return x - nextafter(x, -Infinity);
  return y - x;
}

/** Number of bits of a positive bigint. */
export function bigBitLength(q: bigint): number {
  if (q < 0n) q = -q;
  if (q === 0n) return 0;
  const h = q.toString(16);
  return (h.length - 1) * 4 + (32 - Math.clz32(parseInt(h[0], 16)));
}

/**
 * q * 2**exp correctly rounded to a double (round half to even), for q > 0. `sticky` says the
 * true value is a little above q * 2**exp (callers then give q at least 55 bits). Returns
 * Infinity on overflow.
 */
export function bigToDouble(q: bigint, exp: number, sticky = false): number {
  const bl = bigBitLength(q);
  const e = bl - 1 + exp;
  if (e > 1023) return Infinity;
  const prec = e >= -1022 ? 53 : 53 - (-1022 - e);
  if (prec < 0) return 0;
  const drop = bl - prec;
  if (drop <= 0) return scale2(Number(q), exp);
  const D = BigInt(drop);
  let m = q >> D;
  const rem = q & ((1n << D) - 1n);
  const half = 1n << (D - 1n);
  if (rem > half || (rem === half && (sticky || (m & 1n) === 1n))) m += 1n;
  return scale2(Number(m), exp + drop);
}

// --- repr ----------------------------------------------------------------------------------------

/** Shortest round-trip digits and the decimal exponent of the first digit. */
function shortest(x: number): { digits: string; exp: number } {
  const s = Math.abs(x).toExponential(); // shortest round-trip digits, e.g. "1.2345e+2"
  const e = s.indexOf("e");
  return { digits: s.slice(0, e).replace(".", ""), exp: parseInt(s.slice(e + 1), 10) };
}

export function floatRepr(x: number): string {
  if (x !== x) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const { digits, exp } = shortest(x);
  const sign = x < 0 ? "-" : "";
  if (exp < -4 || exp >= 16) {
    const mant = digits.length > 1 ? digits[0] + "." + digits.slice(1) : digits;
    const es = Math.abs(exp) < 10 ? "0" + Math.abs(exp) : String(Math.abs(exp));
    return `${sign}${mant}e${exp < 0 ? "-" : "+"}${es}`;
  }
  if (exp < 0) return `${sign}0.${"0".repeat(-exp - 1)}${digits}`;
  if (digits.length <= exp + 1) return `${sign}${digits}${"0".repeat(exp + 1 - digits.length)}.0`;
  return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}

// --- arithmetic ----------------------------------------------------------------------------------

export function floatMod(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError("float modulo");
  let r = a % b;
  if (r !== 0) { if ((b < 0) !== (r < 0)) r += b; }
  else r = b < 0 ? -0 : 0;
  return r;
}
/** CPython's float floor division (computed from fmod so that q*b + r == a holds closely). */
export function floatFloorDiv(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError("float floor division by zero");
  return floorDivCore(a, b);
}
function floorDivCore(a: number, b: number): number {
  const m = a % b;
  let div = (a - m) / b;
  if (m !== 0 && (b < 0) !== (m < 0)) div -= 1;
  if (div !== 0) {
    const f = Math.floor(div);
    return div - f > 0.5 ? f + 1 : f;
  }
  return (a / b) < 0 ? -0 : 0;
}
/** divmod() of two floats: [floor quotient, remainder]. */
export function floatDivmod(a: number, b: number): [number, number] {
  if (b === 0) throw zeroDivisionError("float divmod()");
  return [floorDivCore(a, b), floatMod(a, b)];
}
export function floatDiv(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError("float division by zero");
  return a / b;
}
function isOddInteger(y: number): boolean {
  return Number.isInteger(y) && Math.abs(y % 2) === 1;
}
/**
 * float ** float with CPython's special cases and errors; returns null when the result is
 * complex (negative base, non-integral exponent) so the caller can defer to complex.
 */
export function floatPow(a: number, b: number): number | null {
  if (b === 0) return 1;
  if (a !== a) return a;
  if (b !== b) return a === 1 ? 1 : b;
  if (b === Infinity || b === -Infinity) {
    const av = Math.abs(a);
    if (av === 1) return 1;
    return (b > 0) === (av > 1) ? Infinity : 0;
  }
  if (a === Infinity || a === -Infinity) {
    const odd = isOddInteger(b);
    if (b > 0) return odd ? a : Infinity;
    return odd ? (a > 0 ? 0 : -0) : 0;
  }
  if (a === 0) {
    if (b < 0) throw zeroDivisionError("0.0 cannot be raised to a negative power");
    return isOddInteger(b) ? a : 0;
  }
  let neg = false;
  if (a < 0) {
    if (!Number.isInteger(b)) return null;
    neg = isOddInteger(b);
    a = -a;
  }
  if (a === 1) return neg ? -1 : 1;
  const r = crPow(a, b);
  if (r === Infinity) throw overflowError("(34, 'Numerical result out of range')");
  return neg ? -r : r;
}

// --- hashing -------------------------------------------------------------------------------------

const P = 2305843009213693951n; // 2**61 - 1, CPython's hash modulus
/** CPython's hash() of an int. */
export function hashInt(n: number | bigint): number | bigint {
  if (typeof n === "number") return n === -1 ? -2 : n; // |n| < 2**53 < 2**61 - 1
  let r = (n < 0n ? -n : n) % P;
  if (n < 0n) r = -r;
  if (r === -1n) r = -2n;
  const nr = Number(r);
  return Number.isSafeInteger(nr) ? nr : r;
}
/** CPython's hash() of a float. */
export function hashFloat(x: number): number | bigint {
  if (x !== x) return 0; // DEVIATION(CPython): 3.10+ hashes NaN by identity; we return 0
  if (x === Infinity) return 314159;
  if (x === -Infinity) return -314159;
  if (Number.isInteger(x)) return hashInt(Number.isSafeInteger(x) ? x : BigInt(x));
  // x = m * 2**e exactly (m an integer); hash = m * 2**e mod P, and 2**-k == 2**(61k' - k) mod P
  const e = ilogb(x) - 52;
  const m = BigInt(ldexp(Math.abs(x), -e));
  const ee = ((e % 61) + 61) % 61;
  const M = ((m % P) << BigInt(ee)) % P;
  let r = x < 0 ? -M : M;
  if (r === -1n) r = -2n;
  const nr = Number(r);
  return Number.isSafeInteger(nr) ? nr : r;
}

// --- parsing -------------------------------------------------------------------------------------

/** Python's str.isspace for one UTF-16 unit (the characters int()/float() strip). */
export function isPySpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}
/** Strip Python whitespace from both ends. */
export function pyStrip(s: string): string {
  let i = 0, j = s.length;
  while (i < j && isPySpace(s.charCodeAt(i))) i++;
  while (j > i && isPySpace(s.charCodeAt(j - 1))) j--;
  return i === 0 && j === s.length ? s : s.slice(i, j);
}
const ND = /\p{Nd}/u;
/** The value of a Unicode decimal digit (Nd) or -1. Nd characters come in aligned runs of ten. */
export function unicodeDigit(ch: string): number {
  if (!ND.test(ch)) return -1;
  const cp = ch.codePointAt(0)!;
  let start = cp;
  while (start > 0 && ND.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}
/** Replace non-ASCII decimal digits by ASCII ones (and non-ASCII spaces by ' '), as CPython does. */
export function asciiDigits(s: string): string {
  let ok = true;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) { ok = false; break; }
  if (ok) return s;
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 128) { out += ch; continue; }
    if (isPySpace(c)) { out += " "; continue; }
    const d = unicodeDigit(ch);
    out += d >= 0 ? String.fromCharCode(48 + d) : "?";
  }
  return out;
}

const FLOAT_RE = /^[+-]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:e[+-]?\d(?:_?\d)*)?$/;
/** float(str) parsing with Python's accepted forms; undefined when invalid. */
export function parseFloat_(s: string): number | undefined {
  const t = pyStrip(asciiDigits(s)).toLowerCase();
  const m = /^([+-]?)(inf|infinity|nan)$/.exec(t);
  if (m) return m[2] === "nan" ? NaN : (m[1] === "-" ? -Infinity : Infinity);
  if (!FLOAT_RE.test(t)) return undefined;
  return Number(t.indexOf("_") >= 0 ? t.replace(/_/g, "") : t);
}

export function floatIsInteger(x: number): boolean { return Number.isInteger(x); }

/** (numerator, denominator) of a finite float, as bigints, in lowest terms. */
export function asIntegerRatio(x: number): [bigint, bigint] {
  if (!isFinite(x)) throw (x !== x ? valueError("cannot convert NaN to integer ratio") : overflowError("cannot convert Infinity to integer ratio"));
  if (Number.isInteger(x)) return [BigInt(x), 1n];
  let e = ilogb(x) - 52;
  let m = ldexp(x, -e); // integer with 53 significant bits
  while (m % 2 === 0) { m /= 2; e++; }
  return [BigInt(m), 1n << BigInt(-e)];
}

// --- hex -----------------------------------------------------------------------------------------

/** float.hex(). */
export function floatHex(x: number): string {
  if (x !== x || x === Infinity || x === -Infinity) return floatRepr(x);
  if (x === 0) return Object.is(x, -0) ? "-0x0.0p+0" : "0x0.0p+0";
  const sign = x < 0 ? "-" : "";
  x = Math.abs(x);
  let e = ilogb(x);
  let lead = 1;
  if (e < -1022) { e = -1022; lead = 0; }
  // the 52 fraction bits as 13 hex digits
  let m = ldexp(x, 52 - e) - lead * 2 ** 52;
  let digits = "";
  for (let i = 0; i < 13; i++) {
    const d = Math.floor(m / 2 ** (48 - 4 * i));
    m -= d * 2 ** (48 - 4 * i);
    digits += d.toString(16);
  }
  return `${sign}0x${lead}.${digits}p${e < 0 ? "-" : "+"}${Math.abs(e)}`;
}

/** float.fromhex(); throws ValueError/OverflowError as CPython. */
export function floatFromHex(s: string): number {
  const t = pyStrip(s);
  const bad = () => valueError("invalid hexadecimal floating-point string");
  const sp = /^([+-]?)(inf|infinity|nan)$/i.exec(t);
  if (sp) return sp[2].toLowerCase() === "nan" ? NaN : (sp[1] === "-" ? -Infinity : Infinity);
  const m = /^([+-]?)(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?$/i.exec(t);
  if (!m) throw bad();
  const ip = m[2], fp = m[3] ?? "";
  if (ip.length + fp.length === 0) throw bad();
  const neg = m[1] === "-";
  let digits = (ip + fp).replace(/^0+/, "");
  let exp = (m[4] !== undefined ? parseInt(m[4], 10) : 0) - 4 * fp.length;
  if (m[4] !== undefined && m[4].replace(/^[+-]?0*/, "").length > 9) {
    // absurd exponents: only the sign of the exponent matters (unless the mantissa is 0)
    exp = m[4].startsWith("-") ? -1e10 : 1e10;
  }
  if (digits.length === 0) return neg ? -0 : 0;
  const q = BigInt("0x" + digits);
  let r: number;
  if (exp > 1e9) r = Infinity;
  else if (exp < -1e9) r = 0;
  else r = bigToDouble(q, exp);
  if (r === Infinity) throw overflowError("hexadecimal value too large to represent as a float");
  return neg ? -r : r;
}

// --- decimal rounding ----------------------------------------------------------------------------

/**
 * round(x, nd) as CPython: the exact binary value rounded half-to-even to nd decimal places, then
 * converted back to the nearest double. Throws OverflowError when the result is out of range.
 */
export function roundDigits(x: number, nd: number): number {
  if (nd > 323) return x;
  if (nd < -308) return x < 0 || Object.is(x, -0) ? -0 : 0;
  if (x === 0 || !isFinite(x)) return x;
  // x = m * 2**e exactly
  const e = ilogb(x) - 52;
  const m = BigInt(ldexp(Math.abs(x), -e));
  let num: bigint, den: bigint;
  // value * 10**nd = num / den
  if (nd >= 0) { num = m * 10n ** BigInt(nd); den = 1n; }
  else { num = m; den = 10n ** BigInt(-nd); }
  if (e >= 0) num <<= BigInt(e); else den <<= BigInt(-e);
  let q = num / den;
  const r2 = (num % den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) q += 1n;
  let r: number;
  if (q === 0n) r = 0;
  else r = Number(q.toString() + "e" + String(-nd));
  if (r === Infinity) throw overflowError("rounded value too large to represent");
  return x < 0 ? -r : r;
}

/** round(x) to an integral double, half to even. */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  // Math.round rounds halves up; fix ties to even
  if (r - x === 0.5 && r % 2 !== 0) return r - 1;
  return r === 0 && (x < 0 || Object.is(x, -0)) ? -0 : r;
}
