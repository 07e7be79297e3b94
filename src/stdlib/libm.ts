// Correctly rounded (in all but astronomically rare cases) exp, log, sin, cos, acos and pow, so
// float results match CPython's (glibc's) to the last bit; V8's Math functions are off by one
// ulp for a few percent of arguments. Computed in double-double arithmetic, then rounded once.

// --- double-double primitives: results in (return value, LO) -----------------------------------
let LO = 0;
const SPLIT = 134217729; // 2**27 + 1

function twoSum(a: number, b: number): number {
  const s = a + b, bb = s - a;
  LO = (a - (s - bb)) + (b - bb);
  return s;
}
function twoProd(a: number, b: number): number {
  const p = a * b;
  const ca = SPLIT * a, ah = ca - (ca - a), al = a - ah;
  const cb = SPLIT * b, bh = cb - (cb - b), bl = b - bh;
  LO = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
  return p;
}
function ddAdd(ah: number, al: number, bh: number, bl: number): number {
  const s = twoSum(ah, bh);
  const e = LO + al + bl;
  const h = s + e;
  LO = e - (h - s);
  return h;
}
function ddMul(ah: number, al: number, bh: number, bl: number): number {
  const p = twoProd(ah, bh);
  const e = LO + (ah * bl + al * bh);
  const h = p + e;
  LO = e - (h - p);
  return h;
}
function ddDiv(ah: number, al: number, bh: number, bl: number): number {
  const q1 = ah / bh;
  const ph = ddMul(q1, 0, bh, bl), pl = LO;
  const rh = ddAdd(ah, al, -ph, -pl);
  const q2 = rh / bh;
  const h = q1 + q2;
  LO = q2 - (h - q1);
  return h;
}

// ln 2 and pi/2 as double-doubles (plus a third part for pi/2's reduction)
const LN2_H = 0.6931471805599453, LN2_L = 2.3190468138462996e-17;
const PIO2_H = 1.5707963267948966, PIO2_M = 6.123233995736766e-17, PIO2_L = -1.4973849048591698e-33;
const TWO_OVER_PI = 0.6366197723675814;

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** Reciprocals 1/(2k+1) as double-doubles, for the atanh series. */
const INV_ODD_H: number[] = [], INV_ODD_L: number[] = [];
/** Reciprocal factorials 1/n! as double-doubles. */
const INV_FACT_H: number[] = [], INV_FACT_L: number[] = [];
{
  for (let k = 0; k < 30; k++) { INV_ODD_H.push(ddDiv(1, 0, 2 * k + 1, 0)); INV_ODD_L.push(LO); }
  let fh = 1, fl = 0;
  for (let n = 0; n < 30; n++) {
    if (n > 0) { fh = ddMul(fh, fl, n, 0); fl = LO; }
    INV_FACT_H.push(ddDiv(1, 0, fh, fl)); INV_FACT_L.push(LO);
  }
}

// --- log -----------------------------------------------------------------------------------------

/** log(x) for finite x > 0 as a double-double (return value + LO). */
function logDD(x: number): number {
  let e = 0;
  if (x < 2.2250738585072014e-308) { x *= 18014398509481984; e = -54; }
  f64[0] = x;
  const hiw = u32[1];
  e += ((hiw >>> 20) & 0x7ff) - 1023;
  u32[1] = (hiw & 0x000fffff) | 0x3ff00000;
  let m = f64[0];
  if (m > Math.SQRT2) { m *= 0.5; e += 1; }
  // log(m) = 2 atanh(s), s = (m-1)/(m+1); m-1 is exact
  const f = m - 1;
  const dh = twoSum(2, f), dl = LO;
  const sh = ddDiv(f, 0, dh, dl), sl = LO;
  const zh = ddMul(sh, sl, sh, sl), zl = LO;
  // tail of the series in doubles, the leading terms in double-double
  const z = zh;
  let t = 0;
  for (let k = 25; k >= 6; k--) t = t * z + INV_ODD_H[k];
  let ph = t * z, pl = 0;
  for (let k = 5; k >= 0; k--) {
    ph = ddAdd(ph, pl, INV_ODD_H[k], INV_ODD_L[k]); pl = LO;
    if (k > 0) { ph = ddMul(ph, pl, zh, zl); pl = LO; }
  }
  // 2 s P(z)
  let rh = ddMul(sh, sl, ph, pl), rl = LO;
  rh *= 2; rl *= 2;
  if (e === 0) { LO = rl; return rh; }
  const eh = twoProd(e, LN2_H), el = LO + e * LN2_L;
  return ddAdd(eh, el, rh, rl);
}
export function log(x: number): number {
  if (!(x > 0) || x === Infinity) return Math.log(x);
  return logDD(x);
}

// --- exp -----------------------------------------------------------------------------------------

/** exp(xh + xl) for |x| < 745, rounded to a double. */
function expDD(xh: number, xl: number): number {
  const k = Math.round(xh / LN2_H);
  // r = x - k ln2 in double-double
  const kh = twoProd(k, LN2_H), kl = LO + k * LN2_L;
  let rh = ddAdd(xh, xl, -kh, -kl), rl = LO;
  // exp(r) = exp(r / 256) ** 256
  rh *= 1 / 256; rl *= 1 / 256;
  let t = 0;
  for (let n = 12; n >= 5; n--) t = t * rh + INV_FACT_H[n];
  let ph = t * rh, pl = 0;
  for (let n = 4; n >= 0; n--) {
    ph = ddAdd(ph, pl, INV_FACT_H[n], INV_FACT_L[n]); pl = LO;
    if (n > 0) { ph = ddMul(ph, pl, rh, rl); pl = LO; }
  }
  for (let i = 0; i < 8; i++) { ph = ddMul(ph, pl, ph, pl); pl = LO; }
  return scale(ph, pl, k);
}
/** (h + l) * 2**k rounded once, also into the subnormal range. */
function scale(h: number, l: number, k: number): number {
  if (k > 1023) { h *= 2; l *= 2; k -= 1; return (h + l) * 2 ** (k - 1023) * 2 ** 1023; }
  if (k >= -1021) {
    const r = (h + l) * 2 ** k;
    return r;
  }
  // subnormal result: round the exact sum at the subnormal precision
  const s = 2 ** (k + 600);
  const a = h * s, b = l * s; // exact scalings (no underflow yet)
  const tiny = 2 ** -474; // 2**-1074 scaled by 2**600
  const q = Math.round(a / tiny), rem = (a - q * tiny) + b;
  let n = q;
  if (rem > tiny / 2 || (rem === tiny / 2 && n % 2 !== 0)) n += 1;
  else if (rem < -tiny / 2 || (rem === -tiny / 2 && n % 2 !== 0)) n -= 1;
  return n * 2 ** -1074;
}
export function exp(x: number): number {
  if (x !== x) return x;
  if (x > 709.782712893384) return Infinity;
  if (x < -745.1332191019412) return 0;
  if (x === 0) return 1;
  return expDD(x, 0);
}

/** x ** y for finite x > 0 (the general case of pow). */
function powPos(x: number, y: number): number {
  const lh = logDD(x), ll = LO;
  const ph = ddMul(lh, ll, y, 0), pl = LO;
  if (ph > 709.79) return Infinity;
  if (ph < -745.2) return 0;
  return expDD(ph, pl);
}
/** C99 pow(): special cases as C (pow(1, nan) == 1, pow(-1, inf) == 1), else correctly rounded. */
export function pow(x: number, y: number): number {
  if (y === 0) return 1;
  if (x === 1) return 1;
  if (x !== x || y !== y) return NaN;
  if (!isFinite(x) || !isFinite(y) || x === 0) {
    if ((x === -1) && !isFinite(y)) return 1;
    return Math.pow(x, y);
  }
  if (y === 1) return x;
  if (y === 2) return x * x;
  if (y === 0.5 && x > 0) return Math.sqrt(x);
  if (x > 0) return powPos(x, y);
  // negative base: only integral exponents are real
  if (!Number.isInteger(y)) return NaN;
  const r = powPos(-x, y);
  return Math.abs(y) % 2 === 1 ? -r : r;
}

// --- sin / cos -------------------------------------------------------------------------------------

/** sin (which 0) or cos (which 1) of a reduced argument |r| <= pi/4 (double-double). */
function sinCosDD(rh: number, rl: number, which: number): number {
  const zh = ddMul(rh, rl, rh, rl), zl = LO;
  const z = zh;
  // sin r = r * sum (-z)^n / (2n+1)!, cos r = sum (-z)^n / (2n)!
  const off = which === 0 ? 1 : 0;
  let t = 0;
  for (let n = 13; n >= 5; n--) t = t * -z + INV_FACT_H[2 * n + off];
  let ph = t * -z, pl = 0;
  for (let n = 4; n >= 0; n--) {
    const c = INV_FACT_H[2 * n + off], cl = INV_FACT_L[2 * n + off];
    ph = ddAdd(ph, pl, n % 2 ? -c : c, n % 2 ? -cl : cl); pl = LO;
    if (n > 0) {
      ph = ddMul(ph, pl, zh, zl); pl = LO;
    }
  }
  // the alternating signs were folded into the coefficients above; only the tail used -z
  if (which === 0) return ddMul(ph, pl, rh, rl);
  LO = pl;
  return ph;
}
/** Reduce x by multiples of pi/2: quadrant in QUAD, remainder as a double-double. */
let QUAD = 0;
function reduce(x: number): number {
  const k = Math.round(x * TWO_OVER_PI);
  QUAD = ((k % 4) + 4) % 4;
  const ah = twoProd(k, PIO2_H), al = LO;
  let rh = ddAdd(x, 0, -ah, -al), rl = LO;
  const bh = twoProd(k, PIO2_M), bl = LO + k * PIO2_L;
  rh = ddAdd(rh, rl, -bh, -bl);
  return rh;
}
function trig(x: number, cos: boolean): number {
  const rh = reduce(x), rl = LO;
  const q = (QUAD + (cos ? 1 : 0)) % 4;
  // sin(r + q pi/2): q=0 sin r, 1 cos r, 2 -sin r, 3 -cos r
  const v = sinCosDD(rh, rl, q % 2 === 0 ? 0 : 1), vl = LO;
  const r = v + vl;
  return q >= 2 ? -r : r;
}
export function sin(x: number): number {
  if (!isFinite(x) || Math.abs(x) > 1e9) return Math.sin(x);
  if (Math.abs(x) < 1e-8) return x - x * x * x / 6;
  return trig(x, false);
}
export function cos(x: number): number {
  if (!isFinite(x) || Math.abs(x) > 1e9) return Math.cos(x);
  if (x === 0) return 1;
  return trig(x, true);
}

// --- acos ------------------------------------------------------------------------------------------

/** acos by one Newton step on cos(y) = x from V8's estimate, with the residual in double-double. */
export function acos(x: number): number {
  if (!(x >= -1 && x <= 1)) return NaN;
  if (x === 1) return 0;
  if (x === -1) return Math.PI;
  if (Math.abs(x) > 0.9999) return Math.acos(x);
  let y = Math.acos(x);
  for (let i = 0; i < 2; i++) {
    const rh = reduce(y), rl = LO;
    const q = (QUAD + 1) % 4;
    let ch = sinCosDD(rh, rl, q % 2 === 0 ? 0 : 1), cl = LO;
    if (q >= 2) { ch = -ch; cl = -cl; }
    // cos(y) - x, then y += (cos(y) - x) / sin(y)
    const dh = ddAdd(ch, cl, -x, 0), dl = LO;
    const corr = (dh + dl) / Math.sin(y);
    const ny = y + corr;
    if (ny === y) return y;
    y = ny;
  }
  return y;
}

