// int arithmetic on the split representation: JS number while |n| <= 2**53-1, JS bigint beyond.
// Every result goes through norm() so a value has exactly one representation.

import { zeroDivisionError, overflowError, valueError } from "./exceptions.ts";

export type Int = number | bigint;
const MAX = 9007199254740991;
const BMAX = 9007199254740991n;

export function norm(b: bigint): Int {
  return b <= BMAX && b >= -BMAX ? Number(b) : b;
}
export function big(a: Int): bigint { return typeof a === "bigint" ? a : BigInt(a); }
export function isSmall(n: number): boolean { return n <= MAX && n >= -MAX; }

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
  return norm(big(a) * big(b));
}
export function floordiv(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) throw zeroDivisionError("integer division or modulo by zero");
    const r = Math.floor(a / b);
    // a / b in doubles can round; verify with the remainder when operands are large
    if (Math.abs(a) < 2 ** 52 && Math.abs(b) < 2 ** 52) return r === 0 ? 0 : r;
  }
  const A = big(a), B = big(b);
  if (B === 0n) throw zeroDivisionError("integer division or modulo by zero");
  let q = A / B;
  if ((A % B !== 0n) && ((A < 0n) !== (B < 0n))) q -= 1n;
  return norm(q);
}
export function mod(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) throw zeroDivisionError("integer division or modulo by zero");
    let r = a % b;
    if (r !== 0 && (r < 0) !== (b < 0)) r += b;
    return r === 0 ? 0 : r;
  }
  const A = big(a), B = big(b);
  if (B === 0n) throw zeroDivisionError("integer division or modulo by zero");
  let r = A % B;
  if (r !== 0n && (r < 0n) !== (B < 0n)) r += B;
  return norm(r);
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

/** int / int -> correctly rounded float value. */
export function truediv(a: Int, b: Int): number {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) throw zeroDivisionError("division by zero");
    return a / b;
  }
  const A = big(a), B = big(b);
  if (B === 0n) throw zeroDivisionError("division by zero");
  const neg = (A < 0n) !== (B < 0n);
  let n = A < 0n ? -A : A, d = B < 0n ? -B : B;
  // scale so that the quotient has 64+ significant bits, then let the double conversion round
  const shift = bitLength(d) - bitLength(n) + 66;
  let q: bigint, exp = 0;
  if (shift > 0) { q = (n << BigInt(shift)) / d; exp = -shift; if ((n << BigInt(shift)) % d !== 0n) q |= 1n; }
  else { q = n / (d << BigInt(-shift)); exp = -shift; if (n % (d << BigInt(-shift)) !== 0n) q |= 1n; }
  const r = ldexpBig(q, exp);
  if (!isFinite(r)) throw overflowError("integer division result too large for a float");
  return neg ? -r : r;
}

/** q * 2**exp as a correctly rounded double (q > 0). */
function ldexpBig(q: bigint, exp: number): number {
  const bl = bitLength(q);
  // keep 54 bits + sticky, round half to even manually
  if (bl > 54) {
    const drop = bl - 54;
    const sticky = (q & ((1n << BigInt(drop)) - 1n)) !== 0n;
    q >>= BigInt(drop);
    exp += drop;
    if (sticky) q |= 1n;
    // now q has 54 bits: round to 53
    const lowbit = q & 1n, halfway = (q & 3n);
    q >>= 1n; exp += 1;
    if (lowbit === 1n && (sticky || halfway === 3n)) q += 1n;
  }
  return Number(q) * Math.pow(2, exp > 1000 ? 1000 : exp) * (exp > 1000 ? Math.pow(2, exp - 1000) : 1);
}

export function bitLength(a: Int): number {
  if (typeof a === "number") {
    a = Math.abs(a);
    if (a === 0) return 0;
    if (a < 2 ** 31) return 32 - Math.clz32(a);
    return Math.floor(Math.log2(a)) + 1 - (2 ** Math.floor(Math.log2(a)) > a ? 1 : 0);
  }
  if (a < 0n) a = -a;
  return a === 0n ? 0 : a.toString(2).length;
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
    if (ok) return r;
  }
  if (typeof b === "bigint" || b > 1e8) {
    if (a === 0 || a === 1) return a;
    if (a === -1) return mod(b, 2) === 0 ? 1 : -1;
  }
  return norm(big(a) ** big(b));
}
export function powmod(a: Int, b: Int, m: Int): Int {
  let M = big(m);
  if (M === 0n) throw valueError("pow() 3rd argument cannot be 0");
  let B = big(b), A = big(a);
  const negM = M < 0n;
  if (negM) M = -M;
  if (B < 0n) {
    A = modinv(A, M);
    B = -B;
  }
  let r = 1n % M;
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
  let [g, x] = egcd(((a % m) + m) % m, m);
  if (g !== 1n) throw valueError("base is not invertible for the given modulus");
  return ((x % m) + m) % m;
}
function egcd(a: bigint, b: bigint): [bigint, bigint] {
  let [oldR, r] = [a, b], [oldS, s] = [1n, 0n];
  while (r !== 0n) { const q = oldR / r; [oldR, r] = [r, oldR - q * r]; [oldS, s] = [s, oldS - q * s]; }
  return [oldR, oldS];
}

function i32(a: Int): boolean { return typeof a === "number" && (a | 0) === a; }
export function and(a: Int, b: Int): Int { return i32(a) && i32(b) ? ((a as number) & (b as number)) : norm(big(a) & big(b)); }
export function or(a: Int, b: Int): Int { return i32(a) && i32(b) ? ((a as number) | (b as number)) : norm(big(a) | big(b)); }
export function xor(a: Int, b: Int): Int { return i32(a) && i32(b) ? ((a as number) ^ (b as number)) : norm(big(a) ^ big(b)); }
export function invert(a: Int): Int { return i32(a) ? ~(a as number) : norm(~big(a)); }
export function lshift(a: Int, b: Int): Int {
  if (cmp(b, 0) < 0) throw valueError("negative shift count");
  if (typeof a === "number" && typeof b === "number" && b < 31 && Math.abs(a) < 2 ** (52 - b)) return a * 2 ** b;
  if (a === 0) return 0;
  if (typeof b === "bigint" || b > 1e9) throw overflowError("too many digits in integer");
  return norm(big(a) << BigInt(b));
}
export function rshift(a: Int, b: Int): Int {
  if (cmp(b, 0) < 0) throw valueError("negative shift count");
  if (typeof b === "bigint") return cmp(a, 0) < 0 ? -1 : 0;
  if (typeof a === "number") {
    if (b >= 54) return a < 0 ? -1 : 0;
    return Math.floor(a / 2 ** b);
  }
  return norm(a >> BigInt(b));
}

/** int -> float value, with CPython's OverflowError past the double range. */
export function toFloat(a: Int): number {
  if (typeof a === "number") return a;
  const r = Number(a);
  if (!isFinite(r)) throw overflowError("int too large to convert to float");
  return r;
}

/** Parse an int literal string in a base (the int() builtin); returns undefined when invalid. */
export function parseInt_(s: string, base: number): Int | undefined {
  let t = s.trim().replace(/_/g, (m, off) => m);
  let sign = 1n;
  if (t.startsWith("+")) t = t.slice(1);
  else if (t.startsWith("-")) { sign = -1n; t = t.slice(1); }
  const lower = t.toLowerCase();
  if (base === 0) {
    if (lower.startsWith("0x")) { base = 16; t = t.slice(2); }
    else if (lower.startsWith("0o")) { base = 8; t = t.slice(2); }
    else if (lower.startsWith("0b")) { base = 2; t = t.slice(2); }
    else {
      base = 10;
      if (/^0+[1-9]/.test(t.replace(/_/g, ""))) return undefined;
    }
    if (t.startsWith("_")) t = t.slice(1);
  } else if ((base === 16 && lower.startsWith("0x")) || (base === 8 && lower.startsWith("0o")) || (base === 2 && lower.startsWith("0b"))) {
    t = t.slice(2);
    if (t.startsWith("_")) t = t.slice(1);
  }
  if (t.length === 0 || t.startsWith("_") || t.endsWith("_") || t.includes("__")) return undefined;
  t = t.replace(/_/g, "");
  let r = 0n;
  const B = BigInt(base);
  if (base === 10 && t.length < 16 && /^[0-9]+$/.test(t)) return Number(sign) * Number(t) || 0;
  for (const ch of t) {
    const c = ch.toLowerCase().charCodeAt(0);
    let d: number;
    if (c >= 48 && c <= 57) d = c - 48;
    else if (c >= 97 && c <= 122) d = c - 87;
    else {
      // Unicode decimal digits
      const u = unicodeDigit(ch);
      if (u < 0) return undefined;
      d = u;
    }
    if (d >= base) return undefined;
    r = r * B + BigInt(d);
  }
  return norm(sign * r);
}
function unicodeDigit(ch: string): number {
  if (!/\p{Nd}/u.test(ch)) return -1;
  const cp = ch.codePointAt(0)!;
  // decimal digit blocks are contiguous runs of 10 starting at a code point ending in 0 or 6
  for (let z = cp; z > cp - 10; z--) if (!/\p{Nd}/u.test(String.fromCodePoint(z - 1)) || (cp - z + 1) >= 10) return cp - z;
  return -1;
}

/** int -> str in base 2/8/16 with Python prefixes. */
export function toBase(a: Int, base: number, prefix: string): string {
  const neg = cmp(a, 0) < 0;
  const s = (typeof a === "number" ? Math.abs(a) : (a < 0n ? -a : a)).toString(base);
  return (neg ? "-" : "") + prefix + s;
}
