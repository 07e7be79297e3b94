// The math module's algorithmic pieces: gamma/lgamma by the Lanczos approximation exactly as
// CPython evaluates it (so results agree bit for bit), fsum's exact partial sums, and the
// integer functions (isqrt, factorial, comb, perm) on arbitrary-size ints.

import * as I from "../runtime/int.ts";
import type { Int } from "../runtime/int.ts";
import { valueError, overflowError, newExc, MemoryError } from "../runtime/exceptions.ts";
import { crExp, crPow, crLog, crSin, crCos } from "../runtime/libm.ts";

const domainError = () => valueError("math domain error");
const rangeError = () => overflowError("math range error");

// --- gamma, lgamma ----------------------------------------------------------------------------------

// Lanczos approximation with g = 6.024680040776729583740234375 and N = 13 terms, written as a
// rational function num(x)/den(x) (den is x(x+1)...(x+11)); the coefficients are the published
// ones CPython uses.
const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const NUM = [
  23531376880.410759688572007674451636754734846804940,
  42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843,
  17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708,
  1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801,
  31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768,
  186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024,
  210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const DEN = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
  2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];
/** gamma(n) for the integers 1..23, exactly. */
const GAMMA_INT = [1, 1, 2, 6, 24, 120, 720, 5040, 40320, 362880, 3628800, 39916800, 479001600,
  6227020800, 87178291200, 1307674368000, 20922789888000, 355687428096000, 6402373705728000,
  121645100408832000, 2432902008176640000, 51090942171709440000, 1124000727777607680000];
const LOGPI = 1.1447298858494002;

function lanczosSum(x: number): number {
  let num = 0, den = 0;
  // small x: Horner in x; large x: in 1/x (avoids overflow, and is more accurate there)
  if (x < 5) {
    for (let i = 12; i >= 0; i--) { num = num * x + NUM[i]; den = den * x + DEN[i]; }
  } else {
    for (let i = 0; i < 13; i++) { num = num / x + NUM[i]; den = den / x + DEN[i]; }
  }
  return num / den;
}
/** sin(pi * x) for finite x, with the exact zeros and reduction CPython uses. */
function sinpi(x: number): number {
  const y = Math.abs(x) % 2;
  const n = Math.round(2 * y);
  let r: number;
  switch (n) {
    case 0: r = crSin(Math.PI * y); break;
    case 1: r = crCos(Math.PI * (y - 0.5)); break;
    case 2: r = crSin(Math.PI * (1 - y)); break; // not -sin(pi*(y-1)): that gives -0.0 at y == 1
    case 3: r = -crCos(Math.PI * (y - 1.5)); break;
    default: r = crSin(Math.PI * (y - 2)); break;
  }
  return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
}
/** math.gamma. */
export function gammaFn(x: number): number {
  if (!isFinite(x)) {
    if (x !== x || x > 0) return x;
    throw domainError();
  }
  if (x === 0) throw domainError();
  if (x === Math.floor(x)) {
    if (x < 0) throw domainError();
    if (x <= 23) return GAMMA_INT[x - 1];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1 / x;
    if (r === Infinity || r === -Infinity) throw rangeError();
    return r;
  }
  if (absx > 200) {
    if (x < 0) return 0 / sinpi(x);
    throw rangeError();
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  // the rounding error of y, folded back in as a first-order correction
  let z: number;
  if (absx > LANCZOS_G_MINUS_HALF) { const q = y - absx; z = q - LANCZOS_G_MINUS_HALF; }
  else { const q = y - LANCZOS_G_MINUS_HALF; z = q - absx; }
  z = z * LANCZOS_G / y;
  let r: number;
  if (x < 0) {
    r = -Math.PI / sinpi(absx) / absx * crExp(y) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140) r /= crPow(y, absx - 0.5);
    else { const sp = crPow(y, absx / 2 - 0.25); r /= sp; r /= sp; }
  } else {
    r = lanczosSum(absx) / crExp(y);
    r += z * r;
    if (absx < 140) r *= crPow(y, absx - 0.5);
    else { const sp = crPow(y, absx / 2 - 0.25); r *= sp; r *= sp; }
  }
  if (r === Infinity || r === -Infinity) throw rangeError();
  return r;
}
/** math.lgamma. */
export function lgammaFn(x: number): number {
  if (!isFinite(x)) return x !== x ? x : Infinity;
  if (x === Math.floor(x) && x <= 2) {
    if (x <= 0) throw domainError();
    return 0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -crLog(absx);
  let r = crLog(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (crLog(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0) r = LOGPI - crLog(Math.abs(sinpi(absx))) - crLog(absx) - r;
  if (r === Infinity || r === -Infinity) throw rangeError();
  return r;
}

// --- fsum --------------------------------------------------------------------------------------

/** Exactly rounded sum of doubles (Shewchuk's partials, with CPython's special-value rules). */
export function fsumArray(xs: number[]): number {
  const p: number[] = [];
  let specialSum = 0, infSum = 0;
  for (let k = 0; k < xs.length; k++) {
    let x = xs[k];
    const xsave = x;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j];
      if (Math.abs(x) < Math.abs(y)) { const t = x; x = y; y = t; }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0) {
      if (!isFinite(x)) {
        // from an inf/nan summand, or an overflow of finite ones
        if (isFinite(xsave)) throw overflowError("intermediate overflow in fsum");
        if (xsave === Infinity || xsave === -Infinity) infSum += xsave;
        specialSum += xsave;
        p.length = 0;
      } else p.push(x);
    }
  }
  if (specialSum !== 0) {
    if (infSum !== infSum) throw valueError("-inf + inf in fsum");
    return specialSum;
  }
  let n = p.length, hi = 0;
  if (n > 0) {
    hi = p[--n];
    let lo = 0;
    // add partials from the top while the sum stays exact
    while (n > 0) {
      const x = hi, y = p[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0) break;
    }
    // half-way cases: the remaining partials decide the rounding direction
    if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
      const y = lo * 2, x = hi + y;
      if (y === x - hi) hi = x;
    }
  }
  return hi;
}

// --- integer functions ---------------------------------------------------------------------------

/** math.isqrt: the floor of the exact square root. */
export function isqrt(n: Int): Int {
  if (I.sign(n) < 0) throw valueError("isqrt() argument must be nonnegative");
  if (typeof n === "number") {
    let s = Math.floor(Math.sqrt(n));
    while (s * s > n) s--;
    while ((s + 1) * (s + 1) <= n) s++;
    return s;
  }
  // Newton's iteration from above
  let x = 1n << BigInt(Math.ceil(I.bitLength(n) / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return I.norm(x);
    x = y;
  }
}
/** Product of the integers lo..hi (inclusive) by binary splitting. */
function rangeProduct(lo: number, hi: number): bigint {
  if (hi - lo < 16) {
    let r = 1n;
    let acc = 1;
    for (let i = lo; i <= hi; i++) {
      // gather small factors in a double while exact
      if (acc * i > 9007199254740991) { r *= BigInt(acc); acc = 1; }
      acc *= i;
    }
    return r * BigInt(acc);
  }
  const mid = (lo + hi) >>> 1;
  return rangeProduct(lo, mid) * rangeProduct(mid + 1, hi);
}
const LONG_MAX = 9223372036854775807n;
/** math.factorial. */
export function factorial(n: Int): Int {
  if (I.sign(n) < 0) throw valueError("factorial() not defined for negative values");
  if (typeof n === "bigint") {
    if (n > LONG_MAX) throw overflowError("factorial() argument should not exceed 9223372036854775807");
    throw newExc(MemoryError);
  }
  if (n > 30000000) throw newExc(MemoryError); // the result would exceed V8's bigint size limit
  if (n <= 18) {
    let r = 1;
    for (let i = 2; i <= n; i++) r *= i;
    return r;
  }
  return I.norm(rangeProduct(2, n));
}
/** math.comb. */
export function comb(n: Int, k: Int): Int {
  if (I.sign(n) < 0) throw valueError("n must be a non-negative integer");
  if (I.sign(k) < 0) throw valueError("k must be a non-negative integer");
  if (I.cmp(k, n) > 0) return 0;
  let kk = I.sub(n, k);
  if (I.cmp(kk, k) > 0) kk = k;
  if (typeof kk === "bigint") throw overflowError(`min(n - k, k) must not exceed ${LONG_MAX}`);
  // C(n, k) = prod_{i=1..k} (n - k + i) / i, every partial product an exact binomial
  const N = I.big(n), K = BigInt(kk);
  let r = 1n;
  for (let i = 1n; i <= K; i++) r = (r * (N - K + i)) / i;
  return I.norm(r);
}
/** math.perm. */
export function perm(n: Int, k: Int | undefined): Int {
  if (I.sign(n) < 0) throw valueError("n must be a non-negative integer");
  if (k === undefined) return factorial(n);
  if (I.sign(k) < 0) throw valueError("k must be a non-negative integer");
  if (I.cmp(k, n) > 0) return 0;
  if (typeof k === "bigint") throw overflowError(`k must not exceed ${LONG_MAX}`);
  if (typeof n === "number") {
    if (k === 0) return 1;
    return I.norm(rangeProduct(n - k + 1, n));
  }
  let r = 1n;
  const N = n;
  for (let i = 0n; i < BigInt(k); i++) r *= N - i;
  return I.norm(r);
}
