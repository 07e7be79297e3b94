// SHA-512 (FIPS 180-4), used by random.seed() for str/bytes seeds. Self-contained so it works
// on any host; BigInt arithmetic is slow but seeding is rare. Constants are derived at first use.

const MASK = (1n << 64n) - 1n;
let K: bigint[] | null = null;
let H0: bigint[] | null = null;

function iroot(n: bigint, k: bigint): bigint {
  // floor(n ** (1/k)) by Newton's method
  let x = 1n << (BigInt(n.toString(2).length) / k + 1n);
  for (;;) {
    const y = ((k - 1n) * x + n / x ** (k - 1n)) / k;
    if (y >= x) return x;
    x = y;
  }
}
function primes(n: number): number[] {
  const out: number[] = [];
  for (let c = 2; out.length < n; c++) if (out.every((p) => c % p !== 0)) out.push(c);
  return out;
}
function init(): void {
  const ps = primes(80);
  // first 64 bits of the fractional parts of the cube roots (K) and square roots (H0)
  K = ps.map((p) => iroot(BigInt(p) << 192n, 3n) & MASK);
  H0 = ps.slice(0, 8).map((p) => iroot(BigInt(p) << 128n, 2n) & MASK);
}

const rotr = (x: bigint, n: bigint) => ((x >> n) | (x << (64n - n))) & MASK;

export function sha512(data: Uint8Array): Uint8Array {
  if (K === null) init();
  const k = K!;
  const len = data.length;
  const padded = new Uint8Array(Math.ceil((len + 17) / 128) * 128);
  padded.set(data);
  padded[len] = 0x80;
  let bits = BigInt(len) * 8n;
  for (let i = padded.length - 1; bits > 0n; i--) { padded[i] = Number(bits & 0xffn); bits >>= 8n; }
  const h = H0!.slice();
  const w = new Array<bigint>(80);
  for (let off = 0; off < padded.length; off += 128) {
    for (let t = 0; t < 16; t++) {
      let v = 0n;
      for (let b = 0; b < 8; b++) v = (v << 8n) | BigInt(padded[off + t * 8 + b]);
      w[t] = v;
    }
    for (let t = 16; t < 80; t++) {
      const s0 = rotr(w[t - 15], 1n) ^ rotr(w[t - 15], 8n) ^ (w[t - 15] >> 7n);
      const s1 = rotr(w[t - 2], 19n) ^ rotr(w[t - 2], 61n) ^ (w[t - 2] >> 6n);
      w[t] = (w[t - 16] + s0 + w[t - 7] + s1) & MASK;
    }
    let [a, b, c, d, e, f, g, hh] = h;
    for (let t = 0; t < 80; t++) {
      const S1 = rotr(e, 14n) ^ rotr(e, 18n) ^ rotr(e, 41n);
      const ch = (e & f) ^ (~e & MASK & g);
      const t1 = (hh + S1 + ch + k[t] + w[t]) & MASK;
      const S0 = rotr(a, 28n) ^ rotr(a, 34n) ^ rotr(a, 39n);
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) & MASK;
      hh = g; g = f; f = e; e = (d + t1) & MASK; d = c; c = b; b = a; a = (t1 + t2) & MASK;
    }
    h[0] = (h[0] + a) & MASK; h[1] = (h[1] + b) & MASK; h[2] = (h[2] + c) & MASK; h[3] = (h[3] + d) & MASK;
    h[4] = (h[4] + e) & MASK; h[5] = (h[5] + f) & MASK; h[6] = (h[6] + g) & MASK; h[7] = (h[7] + hh) & MASK;
  }
  const out = new Uint8Array(64);
  for (let i = 0; i < 8; i++) {
    let v = h[i];
    for (let b = 7; b >= 0; b--) { out[i * 8 + b] = Number(v & 0xffn); v >>= 8n; }
  }
  return out;
}
