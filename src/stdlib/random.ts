// The random module: CPython's Mersenne Twister (_random) bit for bit, and the Random class's
// methods (random.py in 3.11) with the same algorithms, so seeded sequences match CPython's.
// Subclasses overriding random()/getrandbits()/_randbelow() are honoured as random.py does.

import {
  PyObj, PyType, PyFloat, PyTuple, PyList, PyBytes, PyByteArray, PyBoxed, PyRange, NEED, None, Gen,
  objectType, typeOf, isSubtype, intType, floatType, strType, Ns, PyModule,
} from "../runtime/core.ts";
import * as I from "../runtime/int.ts";
import { defMethod, defBuiltin, defNew, PyBuiltin } from "../runtime/function.ts";
import { typeError, valueError, indexError, newExc, TypeError, ZeroDivisionError, OverflowError, NotImplementedError, PyBaseException } from "../runtime/exceptions.ts";
import { asNum, asInt, index, indexS, len, getitem, setitem, binop, ADD, SUB, MUL, strLen, toArray, richcmp, LT, truth, iter } from "../runtime/ops.ts";
import { callv } from "../runtime/call.ts";
import { getattr, defGetSet } from "../runtime/attr.ts";
import { hashFloat } from "../runtime/float.ts";
import { strGetItemS, asStr } from "../runtime/str.ts";
import { rangeGetItemS } from "../runtime/range.ts";
import { PyDict } from "../runtime/dict.ts";
import { PySet } from "../runtime/set.ts";
import { hooks } from "../runtime/hooks.ts";
import { registerModule, makeModule } from "../interp/interpreter.ts";
import { sha512 } from "./sha512.ts";
import { crAcos, crCos, crExp, crLog, crPow, crSin } from "../runtime/libm.ts";

// correctly rounded math (V8's Math.* is off in the last bit for some inputs, which would
// change seeded distributions)
const L = { acos: crAcos, cos: crCos, exp: crExp, log: crLog, pow: crPow, sin: crSin };

const N = 624, M = 397;
const TWO32 = 4294967296;

/** A Random instance: the twister's state plus random.py's gauss_next. */
export class PyRandom extends PyObj {
  mt = new Uint32Array(N);
  mti = N + 1;
  gaussNext: number | null = null;
  constructor(cls: PyType) { super(cls); }

  initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s;
    for (let i = 1; i < N; i++) {
      const p = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = Math.imul(1812433253, p) + i;
    }
    this.mti = N;
  }
  initByArray(key: number[]): void {
    this.initGenrand(19650218);
    const mt = this.mt, kl = key.length;
    let i = 1, j = 0;
    for (let k = N > kl ? N : kl; k; k--) {
      const p = mt[i - 1] ^ (mt[i - 1] >>> 30);
      // Uint32Array stores reduce modulo 2**32, as the C code's unsigned arithmetic does
      mt[i] = ((mt[i] ^ Math.imul(p, 1664525)) >>> 0) + key[j] + j;
      i++; j++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
      if (j >= kl) j = 0;
    }
    for (let k = N - 1; k; k--) {
      const p = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(p, 1566083941)) >>> 0) - i;
      i++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
    }
    mt[0] = 0x80000000;
  }
  /** One 32-bit output (genrand_uint32). */
  genrand(): number {
    const mt = this.mt;
    if (this.mti >= N) {
      let kk = 0, y: number;
      for (; kk < N - M; kk++) {
        y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
        mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      for (; kk < N - 1; kk++) {
        y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
        mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
      mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      this.mti = 0;
    }
    let y = mt[this.mti++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }
  /** random(): 53 random bits as a float in [0, 1). */
  random(): number {
    const a = this.genrand() >>> 5, b = this.genrand() >>> 6;
    return (a * 67108864 + b) * (1 / 9007199254740992);
  }
  /** getrandbits(k) for k >= 0. */
  getrandbits(k: number): number | bigint {
    if (k <= 32) return k === 0 ? 0 : this.genrand() >>> (32 - k);
    if (k <= 53) {
      const lo = this.genrand();
      return (this.genrand() >>> (64 - k)) * TWO32 + lo;
    }
    let r = 0n, shift = 0n;
    for (let left = k; left > 0; left -= 32) {
      let w = this.genrand();
      if (left < 32) w >>>= 32 - left;
      r |= BigInt(w) << shift;
      shift += 32n;
    }
    return I.norm(r);
  }
  /** _randbelow_with_getrandbits(n), n > 0. */
  below(n: number | bigint): number | bigint {
    if (typeof n === "number") {
      const k = I.bitLength(n);
      if (k <= 32) {
        const sh = 32 - k;
        let r = this.genrand() >>> sh;
        while (r >= n) r = this.genrand() >>> sh;
        return r;
      }
      let r = this.getrandbits(k) as number;
      while (r >= n) r = this.getrandbits(k) as number;
      return r;
    }
    const k = I.bitLength(n);
    let r = this.getrandbits(k);
    while (I.cmp(r, n) >= 0) r = this.getrandbits(k);
    return r;
  }
  /** Seed from an int (its absolute value's 32-bit words, least significant first). */
  seedInt(n: number | bigint): void {
    const key: number[] = [];
    if (typeof n === "number") {
      n = Math.abs(n);
      key.push(n % TWO32);
      if (n >= TWO32) key.push(Math.floor(n / TWO32));
    } else {
      let b = n < 0n ? -n : n;
      while (b > 0n) { key.push(Number(b & 0xffffffffn)); b >>= 32n; }
      if (key.length === 0) key.push(0);
    }
    this.initByArray(key);
  }
  /** Seed from the integer whose big-endian bytes are `b` (int.from_bytes). */
  seedBytesBE(b: Uint8Array): void {
    const key: number[] = [];
    for (let end = b.length; end > 0; end -= 4) {
      let w = 0;
      for (let i = Math.max(0, end - 4); i < end; i++) w = w * 256 + b[i];
      key.push(w);
    }
    while (key.length > 1 && key[key.length - 1] === 0) key.pop();
    if (key.length === 0) key.push(0);
    this.initByArray(key);
  }
  seedEntropy(): void {
    const key = new Uint32Array(N);
    const c = (globalThis as any).crypto;
    if (c && typeof c.getRandomValues === "function") c.getRandomValues(key);
    else for (let i = 0; i < N; i++) key[i] = (Math.random() * TWO32) >>> 0 ^ ((Date.now() * (i + 1)) >>> 0);
    this.initByArray(Array.from(key));
  }
}

export const RandomType = new PyType("Random", [objectType]);
RandomType.mro = [RandomType, objectType];
RandomType.module = "random";
RandomType.hasDict = true;
RandomType.alloc = (cls) => { const r = new PyRandom(cls); r.seedEntropy(); return r; };

export const SystemRandomType = new PyType("SystemRandom", [RandomType]);
SystemRandomType.mro = [SystemRandomType, RandomType, objectType];
SystemRandomType.module = "random";

function me(self: any): PyRandom {
  if (!(self instanceof PyRandom)) throw typeError(`descriptor requires a 'random.Random' object but received a '${typeOf(self).name}'`);
  return self;
}

// --- the core generator: seed, random, getrandbits, state ------------------------------------------

const F = (x: number) => new PyFloat(x);

function seedImpl(self: any, a: any, version: any): any {
  const r = me(self);
  const v = version === undefined ? 2 : asInt(version);
  if (a === undefined || a === None) r.seedEntropy();
  else {
    const s = asStr(a);
    const isBytes = a instanceof PyBytes || a instanceof PyByteArray;
    if (v === 1 && (s !== undefined || a instanceof PyBytes)) {
      // version 1: the old string hash, kept for reproducing pre-3.2 sequences
      const cps: number[] = s !== undefined ? Array.from(s, (ch) => ch.codePointAt(0)!) : Array.from((a as PyBytes).b);
      let x = cps.length ? BigInt(cps[0]) << 7n : 0n;
      for (const c of cps) x = ((1000003n * x) ^ BigInt(c)) & 0xffffffffffffffffn;
      x ^= BigInt(cps.length);
      r.seedInt(I.norm(x));
    } else if (v === 2 && (s !== undefined || isBytes)) {
      const bytes = s !== undefined ? new TextEncoder().encode(s) : (a instanceof PyBytes ? a.b : a.view());
      const all = new Uint8Array(bytes.length + 64);
      all.set(bytes, 0);
      all.set(sha512(bytes), bytes.length);
      r.seedBytesBE(all);
    } else {
      const n = asInt(a);
      if (n !== undefined) r.seedInt(n);
      else if (a instanceof PyFloat) {
        // CPython seeds from hash(a) reinterpreted as an unsigned 64-bit integer
        let h = BigInt(hashFloat(a.v));
        if (h < 0n) h += 1n << 64n;
        r.seedInt(I.norm(h));
      } else if (s !== undefined || isBytes) {
        // other versions: CPython falls back to hashing the str/bytes object
        r.seedInt(0);
      } else throw typeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    }
  }
  r.gaussNext = null;
  return None;
}

function getstateImpl(self: any): any {
  const r = me(self);
  const items: any[] = Array.from(r.mt);
  items.push(r.mti);
  return new PyTuple([3, new PyTuple(items), r.gaussNext === null ? None : F(r.gaussNext)]);
}
function setstateImpl(self: any, state: any): any {
  const r = me(self);
  const st = seqOf(state);
  const version = st[0];
  if (version === 3 || version === 2) {
    if (st.length !== 3) throw valueError(`too many values to unpack (expected 3)`);
    const inner = st[1];
    if (!(inner instanceof PyTuple)) throw typeError("state vector must be a tuple");
    const a = inner.items;
    if (a.length !== N + 1) throw valueError("state vector is the wrong size");
    const mt = new Uint32Array(N);
    for (let i = 0; i < N; i++) {
      let x = asInt(a[i]);
      if (x === undefined) throw typeError(`'${typeOf(a[i]).name}' object cannot be interpreted as an integer`);
      if (version === 2) x = I.mod(x, TWO32);
      if (I.cmp(x, 0) < 0) throw newExc(OverflowError, "can't convert negative value to unsigned int");
      if (I.cmp(x, TWO32) >= 0) throw newExc(OverflowError, "Python int too large to convert to C unsigned long");
      mt[i] = Number(x);
    }
    const idx = asInt(a[N]);
    if (idx === undefined) throw typeError(`'${typeOf(a[N]).name}' object cannot be interpreted as an integer`);
    if (I.cmp(idx, 0) < 0 || I.cmp(idx, N) > 0) throw valueError("invalid state");
    r.mt = mt;
    r.mti = Number(idx);
    const g = st[2];
    r.gaussNext = g === None ? null : (asNum(g) ?? null);
    return None;
  }
  throw valueError(`state with version ${reprNum(version)} passed to Random.setstate() of version 3`);
}
function reprNum(v: any): string {
  if (typeof v === "number" || typeof v === "bigint") return String(v);
  if (typeof v === "string") return v;
  if (v === None) return "None";
  return typeOf(v).name;
}
function seqOf(v: any): any[] {
  if (v instanceof PyTuple || v instanceof PyList) return v.items;
  throw typeError(`'${typeOf(v).name}' object is not subscriptable`);
}

function bitsArg(k: any): number {
  if (typeof k === "bigint") {
    if (k < 0n) throw valueError("number of bits must be non-negative");
    throw newExc(OverflowError, "Python int too large to convert to C int");
  }
  if (k < 0) throw valueError("number of bits must be non-negative");
  if (k > 2 ** 31 - 1) throw newExc(OverflowError, "Python int too large to convert to C int");
  return k;
}

// --- subclass support ----------------------------------------------------------------------------

/** True when self's class uses the builtin random(), getrandbits() and _randbelow(). */
function isPure(self: any): boolean {
  const t: PyType = self.$cls;
  if (t === RandomType) return true;
  if (!(self instanceof PyRandom)) return false;
  return t.lookup("random") === RND.random && t.lookup("getrandbits") === RND.getrandbits && t.lookup("_randbelow") === RND._randbelow;
}
function* callMethod(o: any, name: string, args: any[]): Gen<any> {
  return yield* callv(yield* getattr(o, name), args, null, null);
}
function* randomG(self: any): Gen<number> {
  if (isPure(self)) return (self as PyRandom).random();
  const v = yield* callMethod(self, "random", []);
  const x = asNum(v);
  if (x === undefined) throw typeError(`must be real number, not ${typeOf(v).name}`);
  return x;
}
/** self._randbelow(n) as random.py's __init_subclass__ would have chosen it. */
function* belowG(self: any, n: any): Gen<any> {
  if (isPure(self)) return (self as PyRandom).below(n);
  for (const c of typeOf(self).mro) {
    if (c === RandomType) return yield* belowWithBits(self, n);
    if (c.ns._randbelow !== undefined) return yield* callMethod(self, "_randbelow", [n]);
    if (c.ns.getrandbits !== undefined) return yield* belowWithBits(self, n);
    if (c.ns.random !== undefined) {
      // _randbelow_without_getrandbits
      const maxsize = 9007199254740992;
      if (I.cmp(n, maxsize) >= 0) return I.norm(BigInt(Math.floor((yield* randomG(self)) * I.toFloat(n))));
      const rem = maxsize % (n as number);
      const limit = (maxsize - rem) / maxsize;
      let r = yield* randomG(self);
      while (r >= limit) r = yield* randomG(self);
      return Math.floor(r * maxsize) % (n as number);
    }
  }
  return yield* belowWithBits(self, n);
}
function* belowWithBits(self: any, n: any): Gen<any> {
  if (self instanceof PyRandom && typeOf(self).lookup("getrandbits") === RND.getrandbits) return self.below(n);
  const k = I.bitLength(n);
  let r = yield* callMethod(self, "getrandbits", [k]);
  while (I.cmp(asInt(r)!, n) >= 0) r = yield* callMethod(self, "getrandbits", [k]);
  return r;
}

// --- integer methods -----------------------------------------------------------------------------

/** randrange's argument conversion: index(), or an integral float (deprecated in 3.10). */
function* rrArg(v: any, which: string): Gen<any> {
  const t = indexSafe(v);
  if (t !== NEED) return t;
  try {
    return yield* index(v);
  } catch (e) {
    if (!(e instanceof PyBaseException && isSubtype(e.$cls, TypeError))) throw e;
  }
  const iv = yield* callv(intType, [v], null, null);
  const eqv = yield* richcmp(iv, v, 3);
  if (yield* truth(eqv)) throw valueError(`non-integer ${which} for randrange()`);
  return asInt(iv);
}
function indexSafe(v: any): any {
  const t = typeof v;
  if (t === "number" || t === "bigint") return v;
  if (t === "boolean") return v ? 1 : 0;
  if (v instanceof PyBoxed && isSubtype(v.$cls, intType)) return v.v;
  return NEED;
}

function rrCore(self: PyRandom, istart: any, istop: any, istep: any): any {
  // the integer arithmetic of randrange once its arguments are ints (pure generator only)
  const width = I.sub(istop, istart);
  if (istep === 1) {
    if (I.cmp(width, 0) > 0) return I.add(istart, self.below(width));
    throw valueError(`empty range for randrange() (${istart}, ${istop}, ${width})`);
  }
  let n: any;
  if (I.cmp(istep, 0) > 0) n = I.floordiv(I.sub(I.add(width, istep), 1), istep);
  else if (I.cmp(istep, 0) < 0) n = I.floordiv(I.add(I.add(width, istep), 1), istep);
  else throw valueError("zero step for randrange()");
  if (I.cmp(n, 0) <= 0) throw valueError("empty range for randrange()");
  return I.add(istart, I.mul(istep, self.below(n)));
}

function randrangeS(self: any, start: any, stop: any, step: any): any {
  if (!isPure(self)) return NEED;
  const a = indexSafe(start);
  if (a === NEED) return NEED;
  if (stop === undefined || stop === None) {
    if (step !== undefined && step !== 1) return NEED;
    if (I.cmp(a, 0) > 0) return self.below(a);
    throw valueError("empty range for randrange()");
  }
  const b = indexSafe(stop);
  if (b === NEED) return NEED;
  const c = step === undefined ? 1 : indexSafe(step);
  if (c === NEED) return NEED;
  return rrCore(self, a, b, c);
}
function* randrangeG(self: any, start: any, stop: any, step: any): Gen<any> {
  me(self);
  const istart = yield* rrArg(start, "arg 1");
  if (stop === undefined || stop === None) {
    if (step !== undefined) throw typeError("Missing a non-None stop argument");
    if (I.cmp(istart, 0) > 0) return yield* belowG(self, istart);
    throw valueError("empty range for randrange()");
  }
  const istop = yield* rrArg(stop, "stop");
  const width = I.sub(istop, istart);
  const istep = step === undefined ? 1 : yield* rrArg(step, "step");
  if (istep === 1) {
    if (I.cmp(width, 0) > 0) return I.add(istart, asInt(yield* belowG(self, width))!);
    throw valueError(`empty range for randrange() (${istart}, ${istop}, ${width})`);
  }
  let n: any;
  if (I.cmp(istep, 0) > 0) n = I.floordiv(I.sub(I.add(width, istep), 1), istep);
  else if (I.cmp(istep, 0) < 0) n = I.floordiv(I.add(I.add(width, istep), 1), istep);
  else throw valueError("zero step for randrange()");
  if (I.cmp(n, 0) <= 0) throw valueError("empty range for randrange()");
  return I.add(istart, I.mul(istep, asInt(yield* belowG(self, n))!));
}

function randintS(self: any, a: any, b: any): any {
  if (!isPure(self)) return NEED;
  const x = indexSafe(a), y = indexSafe(b);
  if (x === NEED || y === NEED) return NEED;
  return rrCore(self, x, I.add(y, 1), 1);
}
function* randintG(self: any, a: any, b: any): Gen<any> {
  const b1 = yield* binop(b, 1, ADD);
  if (typeOf(self).lookup("randrange") !== RND.randrange) return yield* callMethod(self, "randrange", [a, b1]);
  return yield* randrangeG(self, a, b1, undefined);
}

// --- sequence methods ----------------------------------------------------------------------------

/** Length and item access of builtin sequences without running Python code; null otherwise. */
function fastLen(v: any): number {
  if (typeof v === "string") return strLen(v);
  if ((v instanceof PyList || v instanceof PyTuple) && v.$cls.isBuiltin) return v.items.length;
  if (v instanceof PyRange) return v.length;
  return -1;
}
function fastItem(v: any, i: number): any {
  if (typeof v === "string") return strGetItemS(v, i);
  if (v instanceof PyRange) return rangeGetItemS(v, i);
  return v.items[i];
}

function choiceS(self: any, seq: any): any {
  if (!isPure(self)) return NEED;
  const n = fastLen(seq);
  if (n < 0) return NEED;
  if (n === 0) throw indexError("Cannot choose from an empty sequence");
  return fastItem(seq, self.below(n) as number);
}
function* choiceG(self: any, seq: any): Gen<any> {
  me(self);
  if ((yield* len(seq)) === 0) throw indexError("Cannot choose from an empty sequence");
  return yield* getitem(seq, yield* belowG(self, yield* len(seq)));
}

function shuffleS(self: any, x: any): any {
  if (!isPure(self) || !(x instanceof PyList) || !x.$cls.isBuiltin) return NEED;
  const a = x.items;
  for (let i = a.length - 1; i >= 1; i--) {
    const j = self.below(i + 1) as number;
    const t = a[i]; a[i] = a[j]; a[j] = t;
  }
  return None;
}
function* shuffleG(self: any, x: any): Gen<any> {
  me(self);
  const n = yield* len(x);
  for (let i = n - 1; i >= 1; i--) {
    const j = yield* belowG(self, i + 1);
    const xj = yield* getitem(x, j), xi = yield* getitem(x, i);
    yield* setitem(x, i, xj);
    yield* setitem(x, j, xi);
  }
  return None;
}

/** isinstance(population, collections.abc.Sequence), for sample(). */
function* isSequence(v: any): Gen<boolean> {
  if (typeof v === "string" || v instanceof PyList || v instanceof PyTuple || v instanceof PyRange || v instanceof PyBytes || v instanceof PyByteArray) return true;
  if (v instanceof PyDict || v instanceof PySet) return false;
  const t = typeOf(v);
  for (const c of t.mro) if ((c.name === "Sequence" || c.name === "MutableSequence") && c.module === "collections.abc") return true;
  if (t.module === "collections" && t.name === "deque") return true;
  try {
    const abc = yield* hooks.importName("collections.abc", None, new PyTuple(["Sequence"]), 0);
    const seqT = abc.$d?.Sequence;
    if (seqT instanceof PyType) {
      const r = yield* callMethod(seqT, "__instancecheck__", [v]);
      return yield* truth(r);
    }
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
  }
  return t.lookup("__getitem__") !== undefined && t.lookup("__len__") !== undefined;
}

function setsize(k: number): number {
  let s = 21;
  if (k > 5) s += 4 ** Math.ceil(L.log(k * 3) / L.log(4));
  return s;
}

function sampleS(self: any, pop: any, k: any, counts: any): any {
  if (!isPure(self) || (counts !== undefined && counts !== None)) return NEED;
  const n = fastLen(pop);
  if (n < 0 || typeof k !== "number") return NEED;
  if (!(0 <= k && k <= n)) throw valueError("Sample larger than population or is negative");
  const result = new Array(k);
  if (n <= setsize(k)) {
    const pool: any[] = typeof pop === "string" || pop instanceof PyRange ? [] : pop.items.slice();
    if (pool.length === 0 && n > 0) for (let i = 0; i < n; i++) pool.push(fastItem(pop, i));
    for (let i = 0; i < k; i++) {
      const j = self.below(n - i) as number;
      result[i] = pool[j];
      pool[j] = pool[n - i - 1];
    }
  } else {
    const selected = new Set<number>();
    for (let i = 0; i < k; i++) {
      let j = self.below(n) as number;
      while (selected.has(j)) j = self.below(n) as number;
      selected.add(j);
      result[i] = fastItem(pop, j);
    }
  }
  return new PyList(result);
}
function* sampleG(self: any, pop: any, k: any, counts: any): Gen<any> {
  me(self);
  if (!(yield* isSequence(pop))) throw typeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
  const n = yield* len(pop);
  if (counts !== undefined && counts !== None) {
    const cum = yield* accumulateArr(counts);
    if (cum.length !== n) throw valueError("The number of counts does not match the population");
    const total = cum.pop();
    if (asInt(total) === undefined) throw typeError("Counts must be integers");
    if (I.cmp(asInt(total)!, 0) <= 0) throw valueError("Total of counts must be greater than zero");
    const range = new PyRange(0, Number(asInt(total)), 1);
    const sel = typeOf(self).lookup("sample") === RND.sample
      ? yield* sampleG(self, range, k, undefined)
      : yield* callv(yield* getattr(self, "sample"), [range], ["k"], [k]);
    const out: any[] = [];
    for (const s of yield* toArray(sel)) out.push(yield* getitem(pop, yield* bisectRight(cum, s, 0, cum.length)));
    return new PyList(out);
  }
  const kk = yield* index(k);
  if (!(I.cmp(kk, 0) >= 0 && I.cmp(kk, n) <= 0)) throw valueError("Sample larger than population or is negative");
  const kn = Number(kk);
  const result = new Array(kn).fill(None);
  if (n <= setsize(kn)) {
    const pool = yield* toArray(pop);
    for (let i = 0; i < kn; i++) {
      const j = Number(yield* belowG(self, n - i));
      result[i] = pool[j];
      pool[j] = pool[n - i - 1];
    }
  } else {
    const selected = new Set<number>();
    for (let i = 0; i < kn; i++) {
      let j = Number(yield* belowG(self, n));
      while (selected.has(j)) j = Number(yield* belowG(self, n));
      selected.add(j);
      result[i] = yield* getitem(pop, j);
    }
  }
  return new PyList(result);
}

/** list(itertools.accumulate(it)) with Python +. */
function* accumulateArr(it: any): Gen<any[]> {
  const items = yield* toArray(it);
  const out: any[] = [];
  let acc: any;
  for (let i = 0; i < items.length; i++) {
    acc = i === 0 ? items[0] : yield* binop(acc, items[i], ADD);
    out.push(acc);
  }
  return out;
}
/** bisect.bisect_right(a, x, lo, hi) with Python <. */
function* bisectRight(a: any[], x: any, lo: number, hi: number): Gen<number> {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const ax = a[mid];
    let less: boolean;
    if (typeof x === "number" && typeof ax === "number") less = x < ax;
    else less = yield* truth(yield* richcmp(x, ax, LT));
    if (less) hi = mid; else lo = mid + 1;
  }
  return lo;
}

function choicesS(self: any, pop: any, weights: any, cumw: any, k: any): any {
  if (!isPure(self) || (weights !== undefined && weights !== None) || (cumw !== undefined && cumw !== None)) return NEED;
  const n = fastLen(pop);
  if (n < 0) return NEED;
  const kk = k === undefined ? 1 : indexSafe(k);
  if (typeof kk !== "number") return NEED;
  const out: any[] = [];
  for (let i = 0; i < kk; i++) out.push(fastItem(pop, Math.floor(self.random() * n)));
  return new PyList(out);
}
function* choicesG(self: any, pop: any, weights: any, cumw: any, k: any): Gen<any> {
  me(self);
  let n = yield* len(pop);
  const kk = k === undefined ? 1 : k;
  // `for i in _repeat(None, k)`: k must be an int
  const count = Number(yield* repeatCount(kk));
  const out: any[] = [];
  if (cumw === undefined || cumw === None) {
    if (weights === undefined || weights === None) {
      for (let i = 0; i < count; i++) out.push(yield* getitem(pop, Math.floor((yield* randomG(self)) * n)));
      return new PyList(out);
    }
    try {
      cumw = yield* accumulateArr(weights);
    } catch (e) {
      if (e instanceof PyBaseException && asInt(weights) !== undefined && typeof weights !== "boolean")
        throw typeError(`The number of choices must be a keyword argument: k=${weights}`);
      throw e;
    }
  } else if (weights !== undefined && weights !== None) throw typeError("Cannot specify both weights and cumulative weights");
  else cumw = yield* toArray(cumw);
  if (cumw.length !== n) throw valueError("The number of weights does not match the population");
  const totalObj = yield* binop(cumw[cumw.length - 1], F(0), ADD);
  const total = asNum(totalObj)!;
  if (total <= 0) throw valueError("Total of weights must be greater than zero");
  if (!isFinite(total)) throw valueError("Total of weights must be finite");
  // numeric weights compare as JS numbers; anything else through Python <
  const nums = cumw.every((w: any) => typeof w === "number" || (w instanceof PyFloat && w.$cls.isBuiltin));
  const keys = nums ? cumw.map((w: any) => (typeof w === "number" ? w : w.v)) : cumw;
  const hi = n - 1;
  for (let i = 0; i < count; i++) {
    const x = (yield* randomG(self)) * total;
    const j = yield* bisectRight(keys, nums ? x : F(x), 0, hi);
    out.push(yield* getitem(pop, j));
  }
  return new PyList(out);
}
function* repeatCount(k: any): Gen<any> {
  const r = indexSafe(k);
  if (r !== NEED) return r;
  if (typeOf(k).lookup("__index__") !== undefined) return yield* index(k);
  throw typeError(`'${typeOf(k).name}' object cannot be interpreted as an integer`);
}

// --- real-valued distributions -------------------------------------------------------------------
// Each algorithm is written once against a `Src` (anything with random()). The pure path passes
// the PyRandom itself; a subclass overriding random() goes through `replay` below.

interface Src { random(): number }
const MORE: any = Symbol("MORE");
/** Feeds recorded Python-level random() results; asks for one more when it runs out. */
class ReplaySrc implements Src {
  buf: number[] = []; i = 0;
  random(): number { if (this.i < this.buf.length) return this.buf[this.i++]; throw MORE; }
}
function* replay(self: any, alg: (s: Src, a: number, b: number, c: number) => any, a: number, b: number, c: number): Gen<any> {
  const src = new ReplaySrc();
  for (;;) {
    src.i = 0;
    try { return alg(src, a, b, c); } catch (e) { if (e !== MORE) throw e; }
    src.buf.push(yield* randomG(self));
  }
}

const TWOPI = 2 * Math.PI;
const LOG4 = L.log(4);
const NV_MAGICCONST = 4 * L.exp(-0.5) / Math.sqrt(2.0);
const SG_MAGICCONST = 1.0 + L.log(4.5);

function fdiv(a: number, b: number): number {
  if (b === 0) throw newExc(ZeroDivisionError, "float division by zero");
  return a / b;
}
function msqrt(x: number): number {
  if (x < 0) throw valueError("math domain error");
  return Math.sqrt(x);
}
function mlog(x: number): number {
  if (x <= 0) throw valueError("math domain error");
  return L.log(x);
}
function mexp(x: number): number {
  const r = L.exp(x);
  if (r === Infinity && isFinite(x)) throw newExc(OverflowError, "math range error");
  return r;
}
function fpow(x: number, y: number): number {
  if (x === 0 && y < 0) throw newExc(ZeroDivisionError, "0.0 cannot be raised to a negative power");
  const r = L.pow(x, y);
  if (!isFinite(r) && isFinite(x) && isFinite(y)) throw newExc(OverflowError, "(34, 'Numerical result out of range')");
  return r;
}

function normalAlg(s: Src, mu: number, sigma: number): number {
  let z: number;
  for (;;) {
    const u1 = s.random();
    const u2 = 1.0 - s.random();
    z = NV_MAGICCONST * (u1 - 0.5) / u2;
    const zz = z * z / 4.0;
    if (zz <= -L.log(u2)) break;
  }
  return mu + z * sigma;
}
function lognormAlg(s: Src, mu: number, sigma: number): number { return mexp(normalAlg(s, mu, sigma)); }
function expoAlg(s: Src, lambd: number): number { return fdiv(-L.log(1.0 - s.random()), lambd); }
function vonmisesAlg(s: Src, mu: number, kappa: number): number {
  if (kappa <= 1e-6) return TWOPI * s.random();
  const sv = 0.5 / kappa;
  const r = sv + Math.sqrt(1.0 + sv * sv);
  let z: number;
  for (;;) {
    const u1 = s.random();
    z = L.cos(Math.PI * u1);
    const d = z / (r + z);
    const u2 = s.random();
    if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * L.exp(d)) break;
  }
  const q = 1.0 / r;
  const f = (q + z) / (1.0 + q * z);
  const u3 = s.random();
  const ang = u3 > 0.5 ? mu + L.acos(f) : mu - L.acos(f);
  return pyFmod(ang, TWOPI);
}
/** Python's float % (result has the sign of the divisor). */
function pyFmod(a: number, b: number): number {
  let m = a % b;
  if (m !== 0 && (m < 0) !== (b < 0)) m += b;
  else if (m === 0) m = b < 0 ? -0 : 0;
  return m;
}
function gammaAlg(s: Src, alpha: number, beta: number): number {
  if (alpha <= 0.0 || beta <= 0.0) throw valueError("gammavariate: alpha and beta must be > 0.0");
  if (alpha > 1.0) {
    const ainv = Math.sqrt(2.0 * alpha - 1.0);
    const bbb = alpha - LOG4;
    const ccc = alpha + ainv;
    for (;;) {
      const u1 = s.random();
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      const u2 = 1.0 - s.random();
      const v = L.log(u1 / (1.0 - u1)) / ainv;
      const x = alpha * L.exp(v);
      const z = u1 * u1 * u2;
      const r = bbb + ccc * v - x;
      if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= mlog(z)) return x * beta;
    }
  } else if (alpha === 1.0) {
    return -L.log(1.0 - s.random()) * beta;
  }
  let x: number;
  for (;;) {
    const u = s.random();
    const b = (Math.E + alpha) / Math.E;
    const p = b * u;
    if (p <= 1.0) x = fpow(p, 1.0 / alpha);
    else x = -mlog((b - p) / alpha);
    const u1 = s.random();
    if (p > 1.0) { if (u1 <= fpow(x, alpha - 1.0)) break; }
    else if (u1 <= L.exp(-x)) break;
  }
  return x * beta;
}
function betaAlg(s: Src, alpha: number, beta: number): number {
  const y = gammaAlg(s, alpha, 1.0);
  if (y) return y / (y + gammaAlg(s, beta, 1.0));
  return 0.0;
}
function paretoAlg(s: Src, alpha: number): number {
  const u = 1.0 - s.random();
  return fpow(u, fdiv(-1.0, alpha));
}
function weibullAlg(s: Src, alpha: number, beta: number): number {
  const u = 1.0 - s.random();
  return alpha * fpow(-L.log(u), fdiv(1.0, beta));
}
function triangularAlg(s: Src, low: number, high: number, mode: number): number {
  // mode NaN stands for None
  let u = s.random();
  let c: number;
  if (mode !== mode) c = 0.5;
  else {
    if (high - low === 0) return TRI_LOW;
    c = (mode - low) / (high - low);
  }
  if (u > c) { u = 1.0 - u; c = 1.0 - c; const t = low; low = high; high = t; }
  return low + (high - low) * msqrt(u * c);
}
/** triangular() returns `low` itself when high == low (CPython catches the ZeroDivisionError). */
const TRI_LOW = -0.123456789e-300;

/** A float argument (int, float, bool) or undefined. */
function num(v: any): number | undefined {
  if (v instanceof PyFloat) return v.v;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") return I.toFloat(v);
  if (v instanceof PyBoxed && isSubtype(v.$cls, intType)) return I.toFloat(v.v);
  return undefined;
}
function* numG(v: any): Gen<number> {
  const x = num(v);
  if (x !== undefined) return x;
  const r = yield* callv(floatType, [v], null, null);
  return r.v;
}

/** Define a distribution method: sync path for pure instances with numeric arguments. */
function defDist(name: string, spec: string[], defaults: any[], alg: (s: Src, a: number, b: number, c: number) => number) {
  const nargs = spec.length;
  const sync = function (self: any, a: any, b: any, c: any): any {
    if (!isPure(self)) return NEED;
    const x = a === undefined ? defaults[0] : num(a);
    const y = nargs < 2 ? 0 : b === undefined ? defaults[1] : num(b);
    const z = nargs < 3 ? 0 : c === undefined ? defaults[2] : num(c);
    if (x === undefined || y === undefined || z === undefined) return NEED;
    return F(alg(self, x, y, z));
  };
  const gen = function* (self: any, a: any, b: any, c: any): Gen<any> {
    me(self);
    const x = a === undefined ? defaults[0] : yield* numG(a);
    const y = nargs < 2 ? 0 : b === undefined ? defaults[1] : yield* numG(b);
    const z = nargs < 3 ? 0 : c === undefined ? defaults[2] : yield* numG(c);
    if (isPure(self)) return F(alg(self, x, y, z));
    return F(yield* replay(self, alg, x, y, z));
  };
  DISTS.push([name, spec, sync, gen]);
}
const DISTS: [string, string[], any, any][] = [];
defDist("normalvariate", ["mu?", "sigma?"], [0.0, 1.0], normalAlg);
defDist("lognormvariate", ["mu", "sigma"], [], lognormAlg);
defDist("expovariate", ["lambd"], [], expoAlg);
defDist("vonmisesvariate", ["mu", "kappa"], [], vonmisesAlg);
defDist("gammavariate", ["alpha", "beta"], [], gammaAlg);
defDist("betavariate", ["alpha", "beta"], [], betaAlg);
defDist("paretovariate", ["alpha"], [], paretoAlg);
defDist("weibullvariate", ["alpha", "beta"], [], weibullAlg);

function uniformS(self: any, a: any, b: any): any {
  if (!isPure(self)) return NEED;
  const x = num(a), y = num(b);
  if (x === undefined || y === undefined || typeof a === "bigint" || typeof b === "bigint") return NEED;
  return F(x + (y - x) * self.random());
}
function* uniformG(self: any, a: any, b: any): Gen<any> {
  me(self);
  const d = yield* binop(b, a, SUB);
  return yield* binop(a, yield* binop(d, F(yield* randomG(self)), MUL), ADD);
}

function triangularS(self: any, low: any, high: any, mode: any): any {
  if (!isPure(self)) return NEED;
  const l = low === undefined ? 0.0 : num(low), h = high === undefined ? 1.0 : num(high);
  const m = mode === undefined || mode === None ? NaN : num(mode);
  if (l === undefined || h === undefined || m === undefined) return NEED;
  const r = triangularAlg(self, l, h, m);
  return r === TRI_LOW ? (low === undefined ? F(0.0) : low) : F(r);
}
function* triangularG(self: any, low: any, high: any, mode: any): Gen<any> {
  me(self);
  const l = low === undefined ? 0.0 : yield* numG(low), h = high === undefined ? 1.0 : yield* numG(high);
  const m = mode === undefined || mode === None ? NaN : yield* numG(mode);
  const r = isPure(self) ? triangularAlg(self, l, h, m) : yield* replay(self, triangularAlg, l, h, m);
  return r === TRI_LOW ? (low === undefined ? F(0.0) : low) : F(r);
}

function gaussS(self: any, mu: any, sigma: any): any {
  if (!isPure(self)) return NEED;
  const m = mu === undefined ? 0.0 : num(mu), s = sigma === undefined ? 1.0 : num(sigma);
  if (m === undefined || s === undefined) return NEED;
  return F(gaussCore(self, self, m, s));
}
function gaussCore(r: PyRandom, src: Src, mu: number, sigma: number): number {
  let z = r.gaussNext;
  r.gaussNext = null;
  if (z === null) {
    const x2pi = src.random() * TWOPI;
    const g2rad = Math.sqrt(-2.0 * L.log(1.0 - src.random()));
    z = L.cos(x2pi) * g2rad;
    r.gaussNext = L.sin(x2pi) * g2rad;
  }
  return mu + z * sigma;
}
function* gaussG(self: any, mu: any, sigma: any): Gen<any> {
  const r = me(self);
  const m = mu === undefined ? 0.0 : yield* numG(mu), s = sigma === undefined ? 1.0 : yield* numG(sigma);
  if (isPure(self)) return F(gaussCore(r, r, m, s));
  const saved = r.gaussNext;
  const out = yield* replay(self, (src, a, b) => { r.gaussNext = saved; return gaussCore(r, src, a, b); }, m, s, 0);
  return F(out);
}

// --- the Random type's methods -------------------------------------------------------------------

/** The builtin method objects, to detect overrides in subclasses. */
const RND: Record<string, PyBuiltin> = {} as any;

function randomS(self: any): any { return F(me(self).random()); }
function getrandbitsS(self: any, k: any): any {
  const n = indexS(k);
  if (n === NEED) return NEED;
  return me(self).getrandbits(bitsArg(n));
}
function* getrandbitsG(self: any, k: any): Gen<any> { return me(self).getrandbits(bitsArg(yield* index(k))); }
function* randbytesG(self: any, n: any): Gen<any> {
  const k = Number(yield* index(n));
  const bits = bitsArg(k * 8);
  const v = isPure(self) ? (self as PyRandom).getrandbits(bits) : asInt(yield* callMethod(self, "getrandbits", [bits]))!;
  const out = new Uint8Array(k);
  let b = I.big(v);
  for (let i = 0; i < k; i++) { out[i] = Number(b & 0xffn); b >>= 8n; }
  return new PyBytes(out);
}
function* randbelowG(self: any, n: any): Gen<any> {
  const r = me(self);
  const v = yield* index(n);
  const k = I.bitLength(v);
  if (typeOf(self).lookup("getrandbits") === RND.getrandbits) {
    let x = r.getrandbits(k);
    while (I.cmp(x, v) >= 0) x = r.getrandbits(k);
    return x;
  }
  return yield* belowWithBits(self, v);
}

function initImpl(self: any, x: any): any {
  if (typeOf(self).lookup("seed") !== RND.seed) return NEED;
  seedImpl(self, x, undefined);
  return None;
}
function* initG(self: any, x: any): Gen<any> {
  yield* callMethod(self, "seed", [x === undefined ? None : x]);
  me(self).gaussNext = null;
  return None;
}

type Impl = [string, string[], any, any];
const METHODS: Impl[] = [
  ["random", [], randomS, null],
  ["seed", ["a?", "version?"], seedImpl, null],
  ["getstate", [], getstateImpl, null],
  ["setstate", ["state"], setstateImpl, null],
  ["getrandbits", ["k"], getrandbitsS, getrandbitsG],
  ["randbytes", ["n"], null, randbytesG],
  ["_randbelow", ["n"], null, randbelowG],
  ["randrange", ["start", "stop?", "step?"], randrangeS, randrangeG],
  ["randint", ["a", "b"], randintS, randintG],
  ["choice", ["seq"], choiceS, choiceG],
  ["shuffle", ["x"], shuffleS, shuffleG],
  ["sample", ["population", "k", "*", "counts?"], sampleS, sampleG],
  ["choices", ["population", "weights?", "*", "cum_weights?", "k?"], choicesS, choicesG],
  ["uniform", ["a", "b"], uniformS, uniformG],
  ["triangular", ["low?", "high?", "mode?"], triangularS, triangularG],
  ["gauss", ["mu?", "sigma?"], gaussS, gaussG],
  ...DISTS,
];

const T = RandomType;
for (const [name, spec, sync, gen] of METHODS) {
  if (sync && gen) {
    // a sync fast path with its generator fallback
    const b = new PyBuiltin(name, ["self", ...spec], sync, gen, T);
    if (b.$fs === null) b.rawSync = sync;
    T.ns[name] = b;
    RND[name] = b;
  } else RND[name] = defMethod(T, name, spec, sync ?? gen);
}
T.ns._randbelow_with_getrandbits = T.ns._randbelow;
defNew(T, ["*args", "**kw"], (cls: any, args: any[], kw: any) => {
  if (!(cls instanceof PyType) || !isSubtype(cls, T)) throw typeError(`Random.__new__(X): X is not a subtype of Random`);
  const r = cls.alloc(cls);
  if (cls.hasDict && r.$d === undefined) r.$d = new Ns();
  return r;
});
{
  const b = new PyBuiltin("__init__", ["self", "x?"], initImpl, initG, T);
  if (b.$fs === null) b.rawSync = initImpl;
  T.ns.__init__ = b;
}
defGetSet(T, "gauss_next", (o) => (o.gaussNext === null ? None : F(o.gaussNext)), (o, v) => {
  o.gaussNext = v === None ? null : (num(v) ?? null);
});
T.ns.VERSION = 3;
T.ns.__doc__ = "Random number generator base class used by bound module functions.";
defMethod(T, "__reduce__", [], (self) => new PyTuple([typeOf(self), new PyTuple([]), getstateImpl(self)]));
defMethod(T, "__getstate__", [], (self) => getstateImpl(self));
defMethod(T, "__setstate__", ["state"], (self, st) => setstateImpl(self, st));

// SystemRandom: the OS entropy source (crypto.getRandomValues); it has no state.
function entropyBytes(n: number): Uint8Array {
  const b = new Uint8Array(n);
  const c = (globalThis as any).crypto;
  if (c && typeof c.getRandomValues === "function") {
    for (let i = 0; i < n; i += 65536) c.getRandomValues(b.subarray(i, Math.min(n, i + 65536)));
  } else for (let i = 0; i < n; i++) b[i] = Math.floor(Math.random() * 256);
  return b;
}
const SR = SystemRandomType;
defMethod(SR, "random", [], () => {
  const b = entropyBytes(7);
  let x = 0;
  for (let i = 0; i < 7; i++) x = x * 256 + b[i];
  return F(Math.floor(x / 8) * (1 / 9007199254740992));
});
defMethod(SR, "getrandbits", ["k"], function* (self, k) {
  const n = bitsArg(yield* index(k));
  if (n === 0) return 0;
  const nb = Math.ceil(n / 8);
  const b = entropyBytes(nb);
  let v = 0n;
  for (let i = 0; i < nb; i++) v = (v << 8n) | BigInt(b[i]);
  return I.norm(v >> BigInt(nb * 8 - n));
});
defMethod(SR, "randbytes", ["n"], function* (self, n) { return new PyBytes(entropyBytes(Number(yield* index(n)))); });
defMethod(SR, "seed", ["*args", "**kw"], () => None);
const noState = () => { throw newExc(NotImplementedError, "System entropy source does not have state."); };
defMethod(SR, "getstate", ["*args", "**kw"], noState);
defMethod(SR, "setstate", ["*args", "**kw"], noState);

// --- the module ------------------------------------------------------------------------------------

registerModule("random", () => makeModule("random", (ns) => {
  const inst = new PyRandom(RandomType);
  inst.seedEntropy();
  ns.Random = RandomType;
  ns.SystemRandom = SystemRandomType;
  ns._inst = inst;
  ns.NV_MAGICCONST = F(NV_MAGICCONST);
  ns.TWOPI = F(TWOPI);
  ns.LOG4 = F(LOG4);
  ns.SG_MAGICCONST = F(SG_MAGICCONST);
  ns.BPF = 53;
  ns.RECIP_BPF = F(1 / 9007199254740992);
  ns.__all__ = new PyList(["Random", "SystemRandom", "betavariate", "choice", "choices", "expovariate",
    "gammavariate", "gauss", "getrandbits", "getstate", "lognormvariate", "normalvariate", "paretovariate",
    "randbytes", "randint", "random", "randrange", "sample", "seed", "setstate", "shuffle", "triangular",
    "uniform", "vonmisesvariate", "weibullvariate"]);
  // module functions are the hidden instance's methods, bound once
  for (const [name, spec, sync, gen] of METHODS) {
    if (name.startsWith("_")) continue;
    const s = sync ? sync.bind(null, inst) : null;
    const g = gen ? gen.bind(null, inst) : null;
    const b = s && g ? new PyBuiltin(name, spec, s, g, null) : null;
    if (b) { if (b.$fs === null) b.rawSync = s; ns[name] = b; b.module = "random"; }
    else defBuiltin(ns, name, spec, s ?? g).module = "random";
  }
}));

export { PyModule };
