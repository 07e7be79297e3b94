// Lookup of Unicode character names for "\N{...}" escapes: a compressed subset of the
// Unicode name table (unicode_names_data.ts) plus the algorithmic CJK/Hangul names.

import { ALPHA, N1, WORDS, RUNS, ALIASES } from "./unicode_names_data.ts";

let table: Map<string, number> | null = null;

function build(): Map<string, number> {
  const m = new Map<string, number>();
  const words = WORDS.split(" ");
  const code = new Map<string, number>();
  for (let i = 0; i < ALPHA.length; i++) code.set(ALPHA[i], i);
  for (const run of RUNS.split(";")) {
    const colon = run.indexOf(":");
    let cp = parseInt(run.slice(0, colon), 16);
    for (const enc of run.slice(colon + 1).split(",")) {
      if (enc.length) {
        const parts: string[] = [];
        for (let i = 0; i < enc.length; i++) {
          let idx = code.get(enc[i])!;
          if (idx >= N1) {
            idx = N1 + (idx - N1) * ALPHA.length + code.get(enc[++i])!;
          }
          parts.push(words[idx]);
        }
        m.set(parts.join(" "), cp);
      }
      cp++;
    }
  }
  for (const [name, cp] of ALIASES) if (!m.has(name)) m.set(name, cp);
  return m;
}

// Unicode 14 (Python 3.11) unified ideograph blocks.
const CJK_RANGES: [number, number][] = [
  [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0x20000, 0x2a6df], [0x2a700, 0x2b738], [0x2b740, 0x2b81d],
  [0x2b820, 0x2cea1], [0x2ceb0, 0x2ebe0], [0x30000, 0x3134a],
];

const JAMO_L = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
const JAMO_V = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI",
  "YU", "EU", "YI", "I"];
const JAMO_T = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B",
  "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];

/** Longest jamo short name in `list` that prefixes s at i; returns [index, length]. */
function findJamo(s: string, i: number, list: string[]): [number, number] {
  let best = -1;
  let len = 0;
  for (let k = 0; k < list.length; k++) {
    const j = list[k];
    if (j.length >= len && s.startsWith(j, i) && (best < 0 || j.length > len)) {
      best = k;
      len = j.length;
    }
  }
  return [best, len];
}

/** Code point for a Unicode character name (case-insensitive), or -1. */
export function lookupUnicodeName(name: string): number {
  const up = name.toUpperCase();
  if (up.startsWith("CJK UNIFIED IDEOGRAPH-")) {
    const hex = up.slice(22);
    if ((hex.length === 4 || hex.length === 5) && /^[0-9A-F]+$/.test(hex)) {
      const cp = parseInt(hex, 16);
      for (const [a, b] of CJK_RANGES) if (cp >= a && cp <= b) return cp;
    }
    return -1;
  }
  if (up.startsWith("HANGUL SYLLABLE ")) {
    let i = 16;
    const [l, ll] = findJamo(up, i, JAMO_L);
    i += ll;
    const [v, vl] = findJamo(up, i, JAMO_V);
    i += vl;
    const [t, tl] = findJamo(up, i, JAMO_T);
    i += tl;
    if (l >= 0 && v >= 0 && t >= 0 && i === up.length) return 0xac00 + (l * 21 + v) * 28 + t;
    return -1;
  }
  if (!table) table = build();
  const cp = table.get(up);
  return cp === undefined ? -1 : cp;
}
