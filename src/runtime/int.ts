// int arithmetic on the split representation: JS number while |n| <= 2**53-1, JS bigint beyond.
// Every result goes through norm() so a value has exactly one representation. Also int <-> str
// conversion (with CPython 3.11's int_max_str_digits limit) and correctly rounded int -> float.

import { zeroDivisionError, overflowError, valueError, newExc, MemoryError } from "./exceptions.ts";
import { bigToDouble, bigBitLength, isPySpace, unicodeDigit } from "./float.ts";

export type Int = number | bigint;
const MAX = 9007199254740991;
const BMAX = 9007199254740991n;

export function norm(b: bigint): Int {
  return b <= BMAX && b >= -BMAX ? Number(b) : b;
}
export function big(a: Int): bigint { return typeof a === "bigint" ? a : BigInt(a); }
export function isSmall(n: number): boolean { return n <= MAX && n >= -MAX; }

/** V8 limits bigints to about 2**30 bits; past that CPython would just run out of memory. */
const BIG_BITS_LIMIT = 1 << 30;
function tooBig(): any { return newExc(MemoryError); }

export function add(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (r <= MAX && r >= -MAX) return r;
  }
  return norm(big(a) + big(b));
}
export function sub(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (r <= MAX && r >= -MAX) return r;
  }
  return norm(big(a) - big(b));
}
export function mul(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (r <= MAX && r >= -MAX) return r === 0 ? 0 : r;
  }
  if (typeof a === "bigint" && typeof b === "bigint" && bigBitLength(a) + bigBitLength(b) > BIG_BITS_LIMIT) throw tooBig();
  return norm(big(a) * big(b));
}
export function floordiv(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) throw zeroDivisionError("integer division or modulo by zero");
    // a / b in doubles is exact enough to floor correctly only while both are below 2**52
    if (Math.abs(a) < 2 ** 52 && Math.abs(b) < 2 ** 52) {
      const r = Math.floor(a / b);
      return r === 0 ? 0 : r;
    }
  }
  const A = big(a), B = big(b);
  if (B === 0n) throw zeroDivisionError("integer division or modulo by zero");
  let q = A / B;
  // BigInt division truncates; floor differs only for operands of opposite signs with a
  // remainder (checked from q, to avoid a second big division)
  if ((A < 0n) !== (B < 0n) && q * B !== A) q -= 1n;
  return norm(q);
}
export function mod(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) throw zeroDivisionError("integer modulo by zero");
    let r = a % b;
    if (r !== 0 && (r < 0) !== (b < 0)) r += b;
    return r === 0 ? 0 : r;
  }
  const A = big(a), B = big(b);
  if (B === 0n) throw zeroDivisionError("integer modulo by zero");
  let r = A % B;
  if (r !== 0n && (r < 0n) !== (B < 0n)) r += B;
  return norm(r);
}
/** divmod(a, b) for ints: [floor quotient, remainder]. */
export function divmod(a: Int, b: Int): [Int, Int] {
  if (typeof a === "number" && typeof b === "number" && b !== 0 && Math.abs(a) < 2 ** 52 && Math.abs(b) < 2 ** 52) {
    const q = Math.floor(a / b);
    const r = a - q * b;
    return [q === 0 ? 0 : q, r === 0 ? 0 : r];
  }
  const q = floordiv(a, b);
  return [q, sub(a, mul(q, b))];
}
export function neg(a: Int): Int {
  return typeof a === "number" ? (a === 0 ? 0 : -a) : norm(-a);
}
export function abs(a: Int): Int {
  return typeof a === "number" ? Math.abs(a) : (a < 0n ? -a : a);
}
export function cmp(a: Int, b: Int): number {
  if (typeof a === "number" && typeof b === "number") return a < b ? -1 : a > b ? 1 : 0;
  const A = big(a), B = big(b);
  return A < B ? -1 : A > B ? 1 : 0;
}
export function lt(a: Int, b: Int): boolean { return typeof a === "number" && typeof b === "number" ? a < b : big(a) < big(b); }
export function sign(a: Int): number { return typeof a === "number" ? (a > 0 ? 1 : a < 0 ? -1 : 0) : (a > 0n ? 1 : -1); }

/** int / int -> correctly rounded float value (CPython's long_true_divide). */
export function truediv(a: Int, b: Int): number {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) throw zeroDivisionError("division by zero");
    return a / b; // both exact doubles: one IEEE division rounds correctly
  }
  const A = big(a), B = big(b);
  if (B === 0n) throw zeroDivisionError("division by zero");
  const negate = (A < 0n) !== (B < 0n);
  if (A === 0n) return negate ? -0 : 0;
  const n = A < 0n ? -A : A, d = B < 0n ? -B : B;
  // scale so the integer quotient has 55-56 bits; the remainder decides the sticky bit
  const shift = bigBitLength(d) - bigBitLength(n) + 55;
  let q: bigint, r: bigint;
  if (shift >= 0) { const N = n << BigInt(shift); q = N / d; r = N % d; }
  else { const D = d << BigInt(-shift); q = n / D; r = n % D; }
  const v = bigToDouble(q, -shift, r !== 0n);
  if (v === Infinity) throw overflowError("integer division result too large for a float");
  return negate ? -v : v;
}

export function bitLength(a: Int): number {
  if (typeof a === "number") {
    a = Math.abs(a);
    if (a === 0) return 0;
    if (a < 2 ** 31) return 32 - Math.clz32(a);
    const hi = Math.floor(a / 2 ** 32);
    return 64 - Math.clz32(hi);
  }
  return bigBitLength(a);
}
/** Number of one bits in |a|. */
export function bitCount(a: Int): number {
  let n = 0;
  if (typeof a === "number") {
    a = Math.abs(a);
    let lo = a % 2 ** 32, hi = Math.floor(a / 2 ** 32);
    for (const w of [lo, hi]) {
      let x = w >>> 0;
      x = x - ((x >>> 1) & 0x55555555);
      x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
      n += (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
    }
    return n;
  }
  const h = (a < 0n ? -a : a).toString(16);
  const pc = [0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4];
  for (let i = 0; i < h.length; i++) n += pc[parseInt(h[i], 16)];
  return n;
}

export function pow(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number" && b < 64) {
    // square-and-multiply in doubles while every partial result stays exact
    let r = 1, x = a, e = b, ok = true;
    while (e > 0) {
      if (e & 1) { r *= x; if (r > MAX || r < -MAX) { ok = false; break; } }
      e >>= 1;
      if (e > 0) { x *= x; if (x > MAX) { ok = false; break; } }
    }
    if (ok) return r === 0 ? 0 : r;
  }
  if (a === 0 || a === 1) return a;
  if (a === -1) return mod(b, 2) === 0 ? 1 : -1;
  if (typeof b === "bigint" || bitLength(a) * b > BIG_BITS_LIMIT) throw tooBig();
  return norm(big(a) ** big(b));
}
export function powmod(a: Int, b: Int, m: Int): Int {
  let M = big(m);
  if (M === 0n) throw valueError("pow() 3rd argument cannot be 0");
  let B = big(b), A = big(a);
  const negM = M < 0n;
  if (negM) M = -M;
  if (M === 1n) return 0;
  if (B < 0n) {
    A = modinv(A, M);
    B = -B;
  }
  let r = 1n;
  A = ((A % M) + M) % M;
  while (B > 0n) {
    if (B & 1n) r = (r * A) % M;
    A = (A * A) % M;
    B >>= 1n;
  }
  if (negM && r !== 0n) r -= M;
  return norm(r);
}
function modinv(a: bigint, m: bigint): bigint {
  const [g, x] = egcd(((a % m) + m) % m, m);
  if (g !== 1n) throw valueError("base is not invertible for the given modulus");
  return ((x % m) + m) % m;
}
function egcd(a: bigint, b: bigint): [bigint, bigint] {
  let oldR = a, r = b, oldS = 1n, s = 0n;
  while (r !== 0n) {
    const q = oldR / r;
    let t = oldR - q * r; oldR = r; r = t;
    t = oldS - q * s; oldS = s; s = t;
  }
  return [oldR, oldS];
}
/** gcd of two ints (non-negative result). */
export function gcd(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    let x = Math.abs(a), y = Math.abs(b);
    while (y) { const t = x % y; x = y; y = t; }
    return x;
  }
  let A = big(a), B = big(b);
  if (A < 0n) A = -A;
  if (B < 0n) B = -B;
  while (B) { const t = A % B; A = B; B = t; }
  return norm(A);
}

function i32(a: Int): boolean { return typeof a === "number" && (a | 0) === a; }
export function and(a: Int, b: Int): Int { return i32(a) && i32(b) ? ((a as number) & (b as number)) : norm(big(a) & big(b)); }
export function or(a: Int, b: Int): Int { return i32(a) && i32(b) ? ((a as number) | (b as number)) : norm(big(a) | big(b)); }
export function xor(a: Int, b: Int): Int { return i32(a) && i32(b) ? ((a as number) ^ (b as number)) : norm(big(a) ^ big(b)); }
export function invert(a: Int): Int { return typeof a === "number" && a !== MAX ? -a - 1 : norm(~big(a)); }
export function lshift(a: Int, b: Int): Int {
  if (cmp(b, 0) < 0) throw valueError("negative shift count");
  if (typeof a === "number" && typeof b === "number" && b < 53 && Math.abs(a) < 2 ** (53 - b)) { const r = a * 2 ** b; return r === 0 ? 0 : r; }
  if (a === 0) return 0;
  if (typeof b === "bigint" || b > 2 ** 40) throw overflowError("too many digits in integer");
  if (bitLength(a) + b > BIG_BITS_LIMIT) throw tooBig();
  return norm(big(a) << BigInt(b));
}
export function rshift(a: Int, b: Int): Int {
  if (cmp(b, 0) < 0) throw valueError("negative shift count");
  if (typeof b === "bigint") return cmp(a, 0) < 0 ? -1 : 0;
  if (typeof a === "number") {
    if (b >= 54) return a < 0 ? -1 : 0;
    const r = Math.floor(a / 2 ** b);
    return r === 0 ? 0 : r;
  }
  if (b > BIG_BITS_LIMIT) return a < 0n ? -1 : 0;
  return norm(a >> BigInt(b));
}

/** int -> float value, with CPython's OverflowError past the double range. */
export function toFloat(a: Int): number {
  if (typeof a === "number") return a;
  const r = Number(a); // correctly rounded (ties to even) by the language spec
  if (r === Infinity || r === -Infinity) throw overflowError("int too large to convert to float");
  return r;
}
/** Compare a double with an int exactly: -1, 0, 1, or NaN when x is NaN. */
export function cmpFloatInt(x: number, n: Int): number {
  if (x !== x) return NaN;
  if (typeof n === "number") return x < n ? -1 : x > n ? 1 : 0;
  if (x === Infinity) return 1;
  if (x === -Infinity) return -1;
  const fl = Math.floor(x);
  const c = cmp(fromFloat(fl), n);
  if (c !== 0) return c;
  return x > fl ? 1 : 0;
}
/** float value -> int (the caller has checked it is finite); truncates. */
export function fromFloat(x: number): Int {
  x = Math.trunc(x);
  if (x <= MAX && x >= -MAX) return x === 0 ? 0 : x;
  return BigInt(x);
}

// --- int <-> str -----------------------------------------------------------------------------------

/** sys.get_int_max_str_digits() state (0 = no limit). */
export const intLimits = { maxStrDigits: 4300 };
const LIMIT_HELP = "use sys.set_int_max_str_digits() to increase the limit";

/** str(n) in decimal, enforcing the 4300-digit limit of CPython 3.11. */
export function intToStr(a: Int): string {
  if (typeof a === "number") return String(a);
  const lim = intLimits.maxStrDigits;
  if (lim > 0) {
    // reject without converting when the digit count is certainly too large
    const bits = bigBitLength(a);
    if ((bits - 1) * 0.30102999566398 > lim + 1)
      throw valueError(`Exceeds the limit (${lim} digits) for integer string conversion; ${LIMIT_HELP}`);
    const s = a.toString();
    if (s.length - (a < 0n ? 1 : 0) > lim)
      throw valueError(`Exceeds the limit (${lim} digits) for integer string conversion; ${LIMIT_HELP}`);
    return s;
  }
  return a.toString();
}

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

/**
 * Parse an int literal string in a base (int() builtin): Python whitespace, sign, base prefixes,
 * underscores between digits, Unicode decimal digits. Returns undefined when invalid; throws
 * ValueError past the digit limit.
 */
export function parseInt_(s: string, base: number): Int | undefined {
  let i = 0, j = s.length;
  while (i < j && isPySpace(s.charCodeAt(i))) i++;
  while (j > i && isPySpace(s.charCodeAt(j - 1))) j--;
  let negv = false;
  if (i < j && (s.charCodeAt(i) === 43 || s.charCodeAt(i) === 45)) { negv = s.charCodeAt(i) === 45; i++; }
  let prevUnderscore = true; // no leading underscore (one is allowed right after a base prefix)
  if (j - i >= 2 && s.charCodeAt(i) === 48) {
    const c = s.charCodeAt(i + 1) | 0x20;
    const pb = c === 0x78 ? 16 : c === 0x6f ? 8 : c === 0x62 ? 2 : 0;
    if (pb !== 0 && (base === 0 || base === pb)) {
      base = pb;
      i += 2;
      if (i < j && s.charCodeAt(i) === 95) i++;
    }
  }
  let decimalZeroLead = false;
  if (base === 0) { base = 10; decimalZeroLead = true; }
  // collect ASCII digits, validating as we go
  let digits = "";
  let ascii = true;
  for (let k = i; k < j; k++) if (s.charCodeAt(k) > 127) { ascii = false; break; }
  const src = ascii ? s.slice(i, j) : Array.from(s.slice(i, j)).map((ch) => {
    const d = ch.codePointAt(0)! < 128 ? -1 : unicodeDigit(ch);
    return d >= 0 ? String.fromCharCode(48 + d) : ch.codePointAt(0)! < 128 ? ch : "\u0000";
  }).join("");
  let nonzero = false, underscores = false;
  for (let k = 0; k < src.length; k++) {
    const c = src.charCodeAt(k);
    if (c === 95) {
      if (prevUnderscore) return undefined;
      prevUnderscore = true;
      underscores = true;
      continue;
    }
    const d = digitValue(c);
    if (d >= base) return undefined;
    if (d !== 0) nonzero = true;
    prevUnderscore = false;
  }
  if (prevUnderscore) return undefined; // empty or trailing underscore
  digits = underscores ? src.replace(/_/g, "") : src;
  if (decimalZeroLead && digits.charCodeAt(0) === 48 && nonzero) return undefined;
  const n = digits.length;
  // small values: accumulate in a double while exact
  if (n <= 15 && base <= 10 || n <= 10) {
    let v = 0;
    for (let k = 0; k < n; k++) v = v * base + digitValue(digits.charCodeAt(k));
    if (v <= MAX) return negv ? (v === 0 ? 0 : -v) : v;
  }
  let r: bigint;
  if (base === 16) r = BigInt("0x" + digits);
  else if (base === 8) r = BigInt("0o" + digits);
  else if (base === 2) r = BigInt("0b" + digits);
  else {
    const lim = intLimits.maxStrDigits;
    if (lim > 0 && (base & (base - 1)) !== 0 && n > lim)
      throw valueError(`Exceeds the limit (${lim} digits) for integer string conversion: value has ${n} digits; ${LIMIT_HELP}`);
    if (base === 10) r = BigInt(digits);
    else {
      // chunks of k digits whose value fits exactly in a double
      let k = 1;
      while (base ** (k + 1) < 2 ** 53) k++;
      const B = BigInt(base) ** BigInt(k);
      r = 0n;
      let start = n % k || k, p = 0;
      while (p < n) {
        let v = 0;
        for (let q = p; q < p + start; q++) v = v * base + digitValue(digits.charCodeAt(q));
        r = (start === k ? r * B : r * BigInt(base) ** BigInt(start)) + BigInt(v);
        p += start;
        start = k;
      }
    }
  }
  return norm(negv ? -r : r);
}

/** int -> str in base 2/8/16 with Python prefixes. */
export function toBase(a: Int, base: number, prefix: string): string {
  const negv = cmp(a, 0) < 0;
  const s = (typeof a === "number" ? Math.abs(a) : (a < 0n ? -a : a)).toString(base);
  return (negv ? "-" : "") + prefix + s;
}
