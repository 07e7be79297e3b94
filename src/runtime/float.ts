// float: CPython's repr (shortest round-trip digits, exponent outside 1e-4..1e16), arithmetic
// with Python's floor/modulo semantics and error messages, and hashing.

import { zeroDivisionError, overflowError, valueError } from "./exceptions.ts";

/** Shortest-repr digits and decimal exponent: x = 0.d1d2d3... * 10**(exp+1) style (d.ddd e exp). */
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

export function floatMod(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError("float modulo");
  let r = a % b;
  if (r !== 0) { if ((b < 0) !== (r < 0)) r += b; }
  else r = b < 0 ? -0 : 0;
  return r;
}
export function floatFloorDiv(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError("float floor division by zero");
  const m = a % b;
  let div = (a - m) / b;
  if (m !== 0 && (b < 0) !== (m < 0)) div -= 1;
  if (div !== 0) {
    const f = Math.floor(div);
    if (div - f > 0.5) return f + 1;
    return f;
  }
  return (a / b) < 0 ? -0 : 0;
}
export function floatDiv(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError("float division by zero");
  return a / b;
}
export function floatPow(a: number, b: number): number | null {
  // returns null for a complex result (negative base, fractional exponent)
  if (a === 0 && b < 0) throw zeroDivisionError("0.0 cannot be raised to a negative power");
  if (a < 0 && b !== Math.floor(b) && isFinite(b)) return null;
  if (a === 1 || b === 0) return 1;
  const r = Math.pow(a, b);
  if (!isFinite(r) && isFinite(a) && isFinite(b)) throw overflowError("(34, 'Numerical result out of range')");
  return r;
}

const P = 2305843009213693951n; // 2**61 - 1, CPython's hash modulus
/** CPython's hash() of an int. */
export function hashInt(n: number | bigint): number | bigint {
  if (typeof n === "number" && n >= 0 && n < 2305843009213693951) return n;
  if (typeof n === "number" && n < 0 && n > -2305843009213693951) return n === -1 ? -2 : n;
  const b = BigInt(n);
  let r = (b < 0n ? -b : b) % P;
  if (b < 0n) r = -r;
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
  // x = m * 2**e exactly; hash = m * 2**e mod P with the modular inverse for negative e
  let m = Math.abs(x), e = 0;
  while (!Number.isInteger(m)) { m *= 2; e--; }
  let M = BigInt(m) % P;
  const ee = ((e % 61) + 61) % 61;
  M = ((M << BigInt(ee)) % P);
  let r = x < 0 ? -M : M;
  if (r === -1n) r = -2n;
  const nr = Number(r);
  return Number.isSafeInteger(nr) ? nr : r;
}

/** float(str) parsing with Python's accepted forms; undefined when invalid. */
export function parseFloat_(s: string): number | undefined {
  const t = s.trim().toLowerCase();
  const m = /^([+-]?)(inf|infinity|nan)$/.exec(t);
  if (m) return m[2] === "nan" ? NaN : (m[1] === "-" ? -Infinity : Infinity);
  if (!/^[+-]?((\d(_?\d)*)?\.?(\d(_?\d)*)?)(e[+-]?\d(_?\d)*)?$/.test(t)) return undefined;
  const c = t.replace(/_/g, "");
  if (!/\d/.test(c.split("e")[0])) return undefined;
  const v = Number(c);
  return isNaN(v) ? undefined : v;
}

export function floatIsInteger(x: number): boolean { return Number.isInteger(x); }

/** (numerator, denominator) of a finite float, as bigints. */
export function asIntegerRatio(x: number): [bigint, bigint] {
  if (!isFinite(x)) throw (x !== x ? valueError("cannot convert NaN to integer ratio") : overflowError("cannot convert Infinity to integer ratio"));
  let m = x, e = 0;
  while (!Number.isInteger(m)) { m *= 2; e++; }
  let num = BigInt(m), den = 1n << BigInt(e);
  // reduce (den is a power of two)
  while (den > 1n && num % 2n === 0n) { num /= 2n; den /= 2n; }
  return [num, den];
}
