// Elementary functions computed in double-double arithmetic and rounded once, so results are the
// correctly rounded ones, which is what CPython gets from glibc for exp/log/pow/sin/cos/tan/atan/
// asin/acos (V8's Math versions differ in the last bit in a few percent of cases). Functions
// where glibc is not correctly rounded but agrees with V8 (sinh, log1p, ...) stay on Math.

import {
  EXP2_TAB, LOG_C, LOG_T, SINCOS_TAB, ATAN_TAB, LN2_H, LN2_L, INVLN2_H, INVLN2_L, PI_H, PI_L,
  PIO2_H, PIO2_L, EXP_E1, EXP_E2, EXP_E3, LN2A, LN2B, PIO2_P1, PIO2_P2, PIO2_P3, PIO2_P4,
  TWO_OVER_PI_1280, TWO_OVER_SQRTPI_H, TWO_OVER_SQRTPI_L, INV_SQRTPI_H, INV_SQRTPI_L,
} from "./libm_tables.ts";

// --- bit-level helpers -------------------------------------------------------------------------

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer); // little-endian: u32[1] is the high word

/** floor(log2(|x|)) for finite non-zero x (subnormals included). */
export function ilogb(x: number): number {
  f64[0] = x;
  const ex = (u32[1] >>> 20) & 0x7ff;
  if (ex !== 0) return ex - 1023;
  f64[0] = x * 18446744073709551616; // 2**64 makes a subnormal normal
  return ((u32[1] >>> 20) & 0x7ff) - 1023 - 64;
}
/** 2**n for -1022 <= n <= 1023, built from its bits (a variable `2 ** n` calls the slow Math.pow). */
export function pow2(n: number): number {
  u32[0] = 0;
  u32[1] = (n + 1023) << 20;
  return f64[0];
}
/** x * 2**n, exact whenever the result is representable. */
export function scale2(x: number, n: number): number {
  if (n >= -1022 && n <= 1023) return x * pow2(n);
  while (n > 1023) { x *= 8.98846567431158e307; n -= 1023; }
  while (n < -1022) { x *= 2.2250738585072014e-308; n += 1022; }
  return x * pow2(n);
}

// --- double-double arithmetic --------------------------------------------------------------------
// Results are left in the registers R[0] (high part) and R[1] (low part) to avoid allocations.

// Doubles stored in module variables would be boxed on every write: registers live in a typed array.
const R = new Float64Array(8);
const SPLITTER = 134217729; // 2**27 + 1

/** H + L = a * b exactly (Dekker), for |a|, |b| < 2**996. */
function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b), bl = b - bh;
  R[0] = p;
  R[1] = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}
/** (ah, al) + (bh, bl). */
function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  const s = ah + bh, v = s - ah;
  let e = (ah - (s - v)) + (bh - v);
  const t = al + bl, w = t - al;
  const f = (al - (t - w)) + (bl - w);
  e += t;
  const h = s + e;
  e = e - (h - s) + f;
  R[0] = h + e;
  R[1] = e - (R[0] - h);
}
/** (ah, al) * (bh, bl). */
function ddMul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  const p = R[0], e = R[1] + (ah * bl + al * bh);
  R[0] = p + e;
  R[1] = e - (R[0] - p);
}
/** (ah, al) * b. */
function ddMulD(ah: number, al: number, b: number): void {
  twoProd(ah, b);
  const p = R[0], e = R[1] + al * b;
  R[0] = p + e;
  R[1] = e - (R[0] - p);
}
/** (ah, al) / (bh, bl). */
function ddDiv(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  twoProd(q1, bh);
  const r = (((ah - R[0]) - R[1]) + al) - q1 * bl;
  const q2 = r / bh;
  R[0] = q1 + q2;
  R[1] = q2 - (R[0] - q1);
}
/** sqrt(ah, al) for a positive double-double. */
function ddSqrt(ah: number, al: number): void {
  const s = Math.sqrt(ah);
  twoProd(s, s);
  const r = (((ah - R[0]) - R[1]) + al) / (2 * s);
  R[0] = s + r;
  R[1] = r - (R[0] - s);
}

/** Round (h + l) * 2**k to a double once (handles overflow and subnormal results). */
function finish(h: number, l: number, k: number): number {
  if (h === 0) return 0;
  const e = ilogb(h) + k;
  if (e >= -1022) return scale2(h + l, k); // h + l rounds once; the scaling is exact (or overflows)
  if (e < -1076) return h > 0 ? 0 : -0;
  // subnormal: round in units of 2**-1074, half to even
  const t = k + 1074;
  const hs = scale2(h, t), ls = scale2(l, t);
  let n = Math.floor(hs), f = (hs - n) + ls;
  if (f < 0) { n -= 1; f += 1; } else if (f >= 1) { n += 1; f -= 1; }
  if (f > 0.5 || (f === 0.5 && n % 2 !== 0)) n += 1;
  return n * 5e-324;
}

// --- exp ---------------------------------------------------------------------------------------

/** exp(xh + xl) = (H + L) * 2**EK, for |x| < 746. */
function expCore(xh: number, xl: number): void {
  const k = Math.round(xh * 92.33248261689366); // 64 / log(2)
  // r = x - k*log(2)/64: the two leading products are exact, so is x - k*E1
  const t1 = xh - k * EXP_E1, t2 = k * EXP_E2;
  let rh = t1 - t2;
  const bv = rh - t1;
  let rl = (t1 - (rh - bv)) + (-t2 - bv);
  rl += xl - k * EXP_E3;
  const s0 = rh + rl;
  rl = rl - (s0 - rh);
  rh = s0;
  // exp(r) - 1 = r + r^2/2 + r^3 (1/6 + r/24 + ...), |r| <= log(2)/128
  twoProd(rh, rh);
  const qh = R[0] * 0.5, ql = (R[1] + 2 * rh * rl) * 0.5;
  const tail = rh * R[0] * (0.16666666666666666 + rh * (0.041666666666666664 + rh * (0.008333333333333333 +
    rh * (0.001388888888888889 + rh * 0.0001984126984126984))));
  ddAdd(rh, rl, qh, ql + tail);
  ddAdd(1, 0, R[0], R[1]);
  const j = k & 63;
  ddMul(EXP2_TAB[2 * j], EXP2_TAB[2 * j + 1], R[0], R[1]);
  R[2] = (k - j) / 64;
}
/** Correctly rounded exp. */
export function crExp(x: number): number {
  if (x !== x) return x;
  if (x > 709.8) return Infinity;
  if (x < -745.2) return 0;
  if (Math.abs(x) < 2 ** -54) return 1 + x;
  expCore(x, 0);
  return finish(R[0], R[1], R[2]);
}
/** Correctly rounded 2**x. */
export function crExp2(x: number): number {
  if (x !== x) return x;
  if (x > 1024) return Infinity;
  if (x < -1076) return 0;
  if (Number.isInteger(x)) return scale2(1, x);
  ddMulD(LN2_H, LN2_L, x);
  expCore(R[0], R[1]);
  return finish(R[0], R[1], R[2]);
}

// --- log ---------------------------------------------------------------------------------------

// 1/3 and 1/6 as double-doubles (the series terms that need more than a double)
const THIRD_H = 0.3333333333333333, THIRD_L = 1.850371707708594e-17;
const SIXTH_H = 0.16666666666666666, SIXTH_L = 9.25185853854297e-18;

/** H + L = log(x) for finite x > 0, relative error about 2**-100. */
function logCore(x: number): void {
  // x = m * 2**e with m in [0.75, 1.5), read from the bits (subnormals normalized first)
  let adj = 0;
  if (x < 2.2250738585072014e-308) { x *= 18446744073709551616; adj = 64; }
  f64[0] = x;
  const hi = u32[1];
  let e = ((hi >>> 20) & 0x7ff) - 1023 - adj;
  u32[1] = (hi & 0x000fffff) | 0x3ff00000;
  let m = f64[0];
  if (m >= 1.5) { m *= 0.5; e += 1; }
  const j = Math.floor((m - 0.75) * 512);
  const c = LOG_C[j];
  // r = m*c - 1 exactly (p - 1 is exact since p is within a factor 2 of 1)
  twoProd(m, c);
  const a = R[0] - 1, b = R[1];
  let rh = a + b;
  const rl = b - (rh - a);
  // log1p(r) = r - r^2/2 + r^3/3 + r^4 * Q(r); |r| < 2**-8.4, so r^4 * Q needs only a double
  twoProd(rh, rh);
  const q0 = R[1] + 2 * rh * rl;
  const r2h = R[0] + q0, r2l = q0 - (r2h - R[0]);
  ddMul(r2h, r2l, rh, rl);
  ddMul(R[0], R[1], THIRD_H, THIRD_L);
  const c3h = R[0], c3l = R[1];
  const Q = r2h * r2h * (-0.25 + rh * (0.2 + rh * (-0.16666666666666666 + rh * (0.14285714285714285 +
    rh * (-0.125 + rh * (0.1111111111111111 + rh * (-0.1 + rh * 0.09090909090909091)))))));
  ddAdd(c3h, c3l + Q, -0.5 * r2h, -0.5 * r2l);
  ddAdd(rh, rl, R[0], R[1]);
  ddAdd(R[0], R[1], LOG_T[2 * j], LOG_T[2 * j + 1]);
  if (e !== 0) ddAdd(e * LN2A, e * LN2B, R[0], R[1]);
}
/** Correctly rounded natural log (NaN for negative x, -Infinity for 0). */
export function crLog(x: number): number {
  if (!(x > 0)) return x === 0 ? -Infinity : NaN;
  if (x === Infinity || x === 1) return x === 1 ? 0 : x;
  logCore(x);
  return R[0] + R[1];
}
/** Correctly rounded log2. */
export function crLog2(x: number): number {
  if (!(x > 0)) return x === 0 ? -Infinity : NaN;
  if (x === Infinity) return x;
  const e = ilogb(x);
  if (scale2(1, e) === x) return e;
  logCore(x);
  ddMul(R[0], R[1], INVLN2_H, INVLN2_L);
  return R[0] + R[1];
}

// --- pow ---------------------------------------------------------------------------------------

/**
 * Correctly rounded x**y for finite x > 0, x != 1 and finite y (float.ts deals with the special
 * values and signs). Returns Infinity on overflow.
 */
export function crPow(x: number, y: number): number {
  if (y === 1) return x;
  if (y === 2) return x * x;
  if (y === -1) return 1 / x;
  if (y === 0.5) return Math.sqrt(x);
  if (Number.isInteger(y) && Math.abs(y) <= 64 && x < 1e15 && x > 1e-15) {
    // repeated squaring in double-double: exact enough and much faster than log/exp
    let n = Math.abs(y), bh = x, bl = 0, rh = 1, rl = 0;
    while (true) {
      if (n & 1) { ddMul(rh, rl, bh, bl); rh = R[0]; rl = R[1]; }
      n >>= 1;
      if (n === 0) break;
      ddMul(bh, bl, bh, bl); bh = R[0]; bl = R[1];
    }
    if (rh < 1e300 && rh > 1e-290) {
      if (y < 0) { ddDiv(1, 0, rh, rl); rh = R[0]; rl = R[1]; }
      if (rh < 1e300 && rh > 1e-290) return rh + rl;
    }
  }
  logCore(x);
  ddMulD(R[0], R[1], y);
  if (R[0] > 709.8) return Infinity;
  if (R[0] < -745.2) return 0;
  expCore(R[0], R[1]);
  return finish(R[0], R[1], R[2]);
}

// --- sin, cos, tan -------------------------------------------------------------------------------

/** Reduce x to r = x - q*pi/2 with |r| <= ~pi/4: r in (H, L), returns q mod 4. */
function reduce(x: number): number {
  const ax = Math.abs(x);
  if (ax <= 0.7853981633974483) { R[0] = x; R[1] = 0; return 0; }
  if (ax < 1.6e6) {
    // Cody-Waite: k*P1, k*P2, k*P3 are exact products (k < 2**21, parts of 30 bits)
    const k = Math.round(x * 0.6366197723675814);
    const t = x - k * PIO2_P1;
    ddAdd(t, 0, -k * PIO2_P2, 0);
    ddAdd(R[0], R[1], -k * PIO2_P3, -k * PIO2_P4);
    return k & 3;
  }
  // Payne-Hanek: x * 2/pi with 2/pi to 1280 bits, in exact integer arithmetic
  const e = ilogb(ax) - 52;
  const M = BigInt(scale2(ax, -e));
  const P = M * TWO_OVER_PI_1280;
  const sh = BigInt(1280 - e);
  let q = Number((P >> sh) & 3n);
  let f = (P >> (sh - 192n)) & ((1n << 192n) - 1n); // the fraction to 192 bits
  if (f >= 1n << 191n) { f -= 1n << 192n; q += 1; }
  const fh = Number(f);
  const fl = Number(f - BigInt(fh));
  ddMul(fh * 2 ** -192, fl * 2 ** -192, PIO2_H, PIO2_L);
  if (x < 0) { R[0] = -R[0]; R[1] = -R[1]; q = -q; }
  return q & 3;
}

/** sin and cos of r = (rh, rl), |r| <= ~pi/4 + tiny: into (SH, SL), (CH, CL). */
function sincos(rh: number, rl: number, want: number): void {
  const neg = rh < 0;
  if (neg) { rh = -rh; rl = -rl; }
  const j = Math.round(rh * 64);
  const dh0 = rh - j / 64; // exact
  const dh = dh0 + rl, dl = rl - (dh - dh0);
  // sin(d) = d + d^3 * (-1/6 + d^2/120 - d^4/5040 + d^6/362880)
  twoProd(dh, dh);
  const d2l0 = R[1] + 2 * dh * dl;
  const d2h = R[0] + d2l0, d2l = d2l0 - (d2h - R[0]);
  const d2 = d2h;
  ddMul(d2h, d2l, dh, dl);
  const d3h = R[0], d3l = R[1];
  ddAdd(-SIXTH_H, -SIXTH_L, d2 * (0.008333333333333333 + d2 * (-0.0001984126984126984 + d2 * 2.7557319223985893e-6)), 0);
  ddMul(R[0], R[1], d3h, d3l);
  ddAdd(dh, dl, R[0], R[1]);
  const sdh = R[0], sdl = R[1];
  // cos(d) = 1 - d^2/2 + d^4 * (1/24 - d^2/720 + d^4/40320)
  const c4 = d2 * d2 * (0.041666666666666664 + d2 * (-0.001388888888888889 + d2 * 2.48015873015873e-5));
  ddAdd(1, 0, -0.5 * d2h, -0.5 * d2l + c4);
  const cdh = R[0], cdl = R[1];
  if (j === 0) {
    R[3] = sdh; R[4] = sdl; R[5] = cdh; R[6] = cdl;
  } else {
    const sjh = SINCOS_TAB[4 * j], sjl = SINCOS_TAB[4 * j + 1], cjh = SINCOS_TAB[4 * j + 2], cjl = SINCOS_TAB[4 * j + 3];
    // sin(a + d) = sin a cos d + cos a sin d; cos(a + d) = cos a cos d - sin a sin d
    if (want & 1) {
      ddMul(sjh, sjl, cdh, cdl);
      const p1h = R[0], p1l = R[1];
      ddMul(cjh, cjl, sdh, sdl);
      ddAdd(p1h, p1l, R[0], R[1]);
      R[3] = R[0]; R[4] = R[1];
    }
    if (want & 2) {
      ddMul(cjh, cjl, cdh, cdl);
      const p2h = R[0], p2l = R[1];
      ddMul(sjh, sjl, sdh, sdl);
      ddAdd(p2h, p2l, -R[0], -R[1]);
      R[5] = R[0]; R[6] = R[1];
    }
  }
  if (neg) { R[3] = -R[3]; R[4] = -R[4]; }
}
/** Correctly rounded sin. */
export function crSin(x: number): number {
  if (x !== x || x === Infinity || x === -Infinity) return NaN;
  if (Math.abs(x) < 2 ** -26) return x;
  const q = reduce(x);
  sincos(R[0], R[1], (q & 1) === 0 ? 1 : 2);
  switch (q) {
    case 0: return R[3] + R[4];
    case 1: return R[5] + R[6];
    case 2: return -(R[3] + R[4]);
    default: return -(R[5] + R[6]);
  }
}
/** Correctly rounded cos. */
export function crCos(x: number): number {
  if (x !== x || x === Infinity || x === -Infinity) return NaN;
  if (Math.abs(x) < 2 ** -27) return 1;
  const q = reduce(x);
  sincos(R[0], R[1], (q & 1) === 0 ? 2 : 1);
  switch (q) {
    case 0: return R[5] + R[6];
    case 1: return -(R[3] + R[4]);
    case 2: return -(R[5] + R[6]);
    default: return R[3] + R[4];
  }
}
/** Correctly rounded tan. */
export function crTan(x: number): number {
  if (x !== x || x === Infinity || x === -Infinity) return NaN;
  if (Math.abs(x) < 2 ** -27) return x;
  const q = reduce(x);
  sincos(R[0], R[1], 3);
  if ((q & 1) === 0) ddDiv(R[3], R[4], R[5], R[6]);
  else ddDiv(-R[5], -R[6], R[3], R[4]);
  return R[0] + R[1];
}

// --- atan, atan2, asin, acos ---------------------------------------------------------------------

/** H + L = atan(t) for a double-double 0 <= t <= 1. */
function atanCore(th: number, tl: number): void {
  const j = Math.round(th * 64);
  const c = j / 64;
  // d = (t - c) / (1 + t*c)
  const nh0 = th - c; // exact
  const nh = nh0 + tl, nl = tl - (nh - nh0);
  twoProd(th, c);
  const ph = R[0], pl = R[1] + tl * c;
  ddAdd(1, 0, ph, pl);
  ddDiv(nh, nl, R[0], R[1]);
  const dh = R[0], dl = R[1];
  // atan(d) = d + d^3 * (-1/3 + d^2/5 - d^4/7 + d^6/9 - d^8/11)
  const d2 = dh * dh;
  twoProd(dh, dh);
  ddMul(R[0], R[1] + 2 * dh * dl, dh, dl);
  const d3h = R[0], d3l = R[1];
  ddAdd(-THIRD_H, -THIRD_L, d2 * (0.2 + d2 * (-0.14285714285714285 + d2 * (0.1111111111111111 - d2 * 0.09090909090909091))), 0);
  ddMul(R[0], R[1], d3h, d3l);
  ddAdd(dh, dl, R[0], R[1]);
  if (j !== 0) ddAdd(ATAN_TAB[2 * j], ATAN_TAB[2 * j + 1], R[0], R[1]);
}
/** H + L = the angle in [0, pi/2] of the point (x, y) with x, y >= 0 double-doubles (not both 0). */
function angleCore(yh: number, yl: number, xh: number, xl: number): void {
  if (yh <= xh) {
    ddDiv(yh, yl, xh, xl);
    if (R[0] < 2 ** -600) { R[1] = 0; return; }
    atanCore(R[0], R[1]);
  } else {
    ddDiv(xh, xl, yh, yl);
    if (R[0] < 2 ** -600) { R[0] = PIO2_H; R[1] = PIO2_L; return; }
    atanCore(R[0], R[1]);
    ddAdd(PIO2_H, PIO2_L, -R[0], -R[1]);
  }
}
/** Correctly rounded atan. */
export function crAtan(x: number): number {
  if (x !== x) return x;
  const a = Math.abs(x);
  if (a < 2 ** -27) return x;
  if (a === Infinity) return x > 0 ? PIO2_H : -PIO2_H;
  if (a <= 1) atanCore(a, 0);
  else if (a > 2 ** 60) { R[0] = PIO2_H; R[1] = PIO2_L - 1 / a; }
  else angleCore(a, 0, 1, 0);
  const r = R[0] + R[1];
  return x < 0 ? -r : r;
}
/** Correctly rounded atan2 with C99's special values. */
export function crAtan2(y: number, x: number): number {
  if (x !== x || y !== y) return NaN;
  const yInf = y === Infinity || y === -Infinity, xInf = x === Infinity || x === -Infinity;
  const xNeg = x < 0 || Object.is(x, -0);
  if (yInf) {
    const v = xInf ? (xNeg ? 3 * PI_H / 4 : PI_H / 4) : PIO2_H;
    return y > 0 ? v : -v;
  }
  if (xInf || y === 0) {
    const v = xNeg ? PI_H : 0;
    return y > 0 || Object.is(y, 0) ? v : -v;
  }
  if (x === 0) return y > 0 ? PIO2_H : -PIO2_H;
  let ay = Math.abs(y), ax = Math.abs(x);
  // scale so the larger is near 1 (keeps the double-double products in range)
  const k = ilogb(ay > ax ? ay : ax);
  ay = scale2(ay, -k); ax = scale2(ax, -k);
  if (ay === 0 || ax === 0) {
    // one coordinate underflowed: the angle is 0 or pi/2 up to a tiny quotient
    if (ay === 0) { R[0] = 0; R[1] = 0; const q = Math.abs(y) / Math.abs(x); if (!xNeg) return y > 0 ? q : -q; }
    else { R[0] = PIO2_H; R[1] = PIO2_L; }
  } else angleCore(ay, 0, ax, 0);
  if (xNeg) ddAdd(PI_H, PI_L, -R[0], -R[1]);
  const r = R[0] + R[1];
  return y > 0 ? r : -r;
}
/** (H, L) = 1 - a*a for 0 <= a <= 1, exactly. */
function oneMinusSquare(a: number): void {
  twoProd(a, a);
  const p = R[0], pe = R[1];
  const s = 1 - p, bv = s - 1;
  const err = (1 - (s - bv)) + (-p - bv);
  ddAdd(s, err, -pe, 0);
}
/** Correctly rounded asin (NaN outside [-1, 1]). */
export function crAsin(x: number): number {
  if (x !== x) return x;
  const a = Math.abs(x);
  if (a > 1) return NaN;
  if (a < 2 ** -26) return x;
  if (a === 1) return x > 0 ? PIO2_H : -PIO2_H;
  oneMinusSquare(a);
  ddSqrt(R[0], R[1]);
  angleCore(a, 0, R[0], R[1]);
  const r = R[0] + R[1];
  return x < 0 ? -r : r;
}
/** Correctly rounded acos (NaN outside [-1, 1]). */
export function crAcos(x: number): number {
  if (x !== x) return x;
  const a = Math.abs(x);
  if (a > 1) return NaN;
  if (x === 1) return 0;
  if (x === -1) return PI_H;
  if (a === 0) return PIO2_H;
  oneMinusSquare(a);
  ddSqrt(R[0], R[1]);
  angleCore(R[0], R[1], a, 0);
  if (x < 0) ddAdd(PI_H, PI_L, -R[0], -R[1]);
  return R[0] + R[1];
}

// --- hypot ---------------------------------------------------------------------------------------

/** Correctly rounded sqrt(sum of squares) of n values (infinities win over NaNs). */
export function crHypotN(v: number[], n: number): number {
  let max = 0, nan = false;
  for (let i = 0; i < n; i++) {
    const a = Math.abs(v[i]);
    if (a !== a) nan = true;
    else if (a > max) max = a;
  }
  if (max === Infinity) return max;
  if (nan) return NaN;
  if (max === 0 || n <= 1) return max;
  const k = ilogb(max);
  let sh = 0, sl = 0;
  for (let i = 0; i < n; i++) {
    const a = scale2(Math.abs(v[i]), -k);
    twoProd(a, a);
    ddAdd(sh, sl, R[0], R[1]);
    sh = R[0]; sl = R[1];
  }
  ddSqrt(sh, sl);
  return finish(R[0], R[1], k);
}
const pair = [0, 0];
/** Correctly rounded hypot of two values. */
export function crHypot(x: number, y: number): number {
  pair[0] = x; pair[1] = y;
  return crHypotN(pair, 2);
}

// --- erf, erfc -----------------------------------------------------------------------------------

/** H + L = erf(x) for 0 <= x < 3 by the positive series 2/sqrt(pi) e^-x^2 sum 2^n x^(2n+1)/(2n+1)!!. */
function erfSeries(x: number): void {
  twoProd(x, x);
  const x2h = R[0], x2l = R[1];
  let th = x, tl = 0, sh = x, sl = 0;
  for (let n = 1; n < 200; n++) {
    ddMul(th, tl, 2 * x2h, 2 * x2l);
    ddDiv(R[0], R[1], 2 * n + 1, 0);
    th = R[0]; tl = R[1];
    ddAdd(sh, sl, th, tl);
    sh = R[0]; sl = R[1];
    if (th < sh * 1e-34) break;
  }
  expCore(-x2h, -x2l);
  ddMul(R[0], R[1], sh, sl);
  const ph = scale2(R[0], R[2]), pl = scale2(R[1], R[2]);
  ddMul(ph, pl, TWO_OVER_SQRTPI_H, TWO_OVER_SQRTPI_L);
}
/** erfc(x) = (H + L) * 2**EK for x >= 3, by the continued fraction e^-x^2/sqrt(pi) / (x + 1/2/(x + 1/(x + ...))). */
function erfcFraction(x: number): void {
  // enough terms for ~2**-90 relative accuracy at x = 3, fewer as x grows
  const depth = Math.ceil(40 + 1800 / (x * x));
  let fh = x, fl = 0;
  for (let n = depth; n >= 1; n--) {
    ddDiv(n * 0.5, 0, fh, fl);
    ddAdd(x, 0, R[0], R[1]);
    fh = R[0]; fl = R[1];
  }
  ddDiv(INV_SQRTPI_H, INV_SQRTPI_L, fh, fl);
  const qh = R[0], ql = R[1];
  twoProd(x, x);
  expCore(-R[0], -R[1]);
  ddMul(R[0], R[1], qh, ql);
}
/** erf(x) (correctly rounded up to double-double accuracy). */
export function crErf(x: number): number {
  if (x !== x) return x;
  const a = Math.abs(x);
  if (a < 2 ** -28) { ddMulD(TWO_OVER_SQRTPI_H, TWO_OVER_SQRTPI_L, x); return R[0] + R[1]; }
  let r: number;
  if (a >= 6) r = 1;
  else if (a < 3) { erfSeries(a); r = R[0] + R[1]; }
  else {
    erfcFraction(a);
    ddAdd(1, 0, -scale2(R[0], R[2]), -scale2(R[1], R[2]));
    r = R[0] + R[1];
  }
  return x < 0 ? -r : r;
}
/** erfc(x) (correctly rounded up to double-double accuracy). */
export function crErfc(x: number): number {
  if (x !== x) return x;
  if (x >= 27.3) return 0;
  if (x <= -6) return 2;
  const a = Math.abs(x);
  if (a < 3) {
    if (a < 2 ** -56) return 1;
    erfSeries(a);
    if (x > 0) ddAdd(1, 0, -R[0], -R[1]); else ddAdd(1, 0, R[0], R[1]);
    return R[0] + R[1];
  }
  erfcFraction(a);
  if (x > 0) return finish(R[0], R[1], R[2]);
  ddAdd(2, 0, -scale2(R[0], R[2]), -scale2(R[1], R[2]));
  return R[0] + R[1];
}
