// Python regular-expression syntax -> JavaScript RegExp source (used with the u, d flags).
// Checks the pattern as CPython's parser does, raising TranslateError with CPython's messages
// and positions. Unsupported constructs (atomic groups, possessive quantifiers, conditionals)
// are reported as errors rather than silently changed.

export const FLAGS = {
  TEMPLATE: 1, IGNORECASE: 2, LOCALE: 4, MULTILINE: 8, DOTALL: 16, UNICODE: 32, VERBOSE: 64, DEBUG: 128, ASCII: 256,
};

export class TranslateError extends Error {
  pos: number | null;
  constructor(msg: string, pos: number | null) { super(msg); this.pos = pos; }
}

export interface Translated {
  source: string;
  groups: number;
  names: Map<string, number>;
  /** parents[g]: the capturing group enclosing group g (0: none). */
  parents: number[];
  ignoreCase: boolean;
  flags: number;
}

const FLAG_LETTERS: Record<string, number> = {
  a: FLAGS.ASCII, i: FLAGS.IGNORECASE, L: FLAGS.LOCALE, m: FLAGS.MULTILINE, s: FLAGS.DOTALL, u: FLAGS.UNICODE, x: FLAGS.VERBOSE,
};
const PY_SPACE = " \\t\\n\\r\\f\\v\\x1c-\\x1f\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
const ASCII_SPACE = " \\t\\n\\r\\f\\v";
const VERBOSE_SPACE = " \t\n\r\v\f";
const SIMPLE_ESC: Record<string, string> = { a: "\\x07", f: "\\f", n: "\\n", r: "\\r", t: "\\t", v: "\\v" };

function jsLiteral(ch: string): string {
  if ("\\^$.|?*+()[]{}/".includes(ch)) return "\\" + ch;
  const c = ch.codePointAt(0)!;
  if (c < 0x20 || c === 0x7f || c === 0x2028 || c === 0x2029) return "\\u{" + c.toString(16) + "}";
  return ch;
}
function jsClassChar(ch: string): string {
  if ("\\]-[^".includes(ch)) return "\\" + ch;
  const c = ch.codePointAt(0)!;
  if (c < 0x20 || c === 0x7f || c === 0x2028 || c === 0x2029) return "\\u{" + c.toString(16) + "}";
  return ch;
}
function caseVariants(ch: string): string[] {
  const out = [ch];
  const l = ch.toLowerCase(), u = ch.toUpperCase();
  if (l !== ch && [...l].length === 1) out.push(l);
  if (u !== ch && [...u].length === 1 && !out.includes(u)) out.push(u);
  return out;
}
function isIdentifier(s: string): boolean { return /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(s); }

interface Frame { group: number; ci: boolean; ml: boolean; ds: boolean; vb: boolean; start: number; kind: string }

export function translate(p: string, flags: number, bytes: boolean): Translated {
  const n = p.length;
  // global inline flags: only at the very start of the pattern (CPython 3.11)
  let i0 = 0;
  let f = flags;
  for (;;) {
    const m = /^\(\?([aiLmsux]+)\)/.exec(p.slice(i0));
    if (!m) break;
    for (const c of m[1]) {
      if (c === "L" && !bytes) throw new TranslateError("bad inline flags: cannot use 'L' flag with a str pattern", i0 + 2);
      if (c === "u" && bytes) throw new TranslateError("bad inline flags: cannot use 'u' flag with a bytes pattern", i0 + 2);
      f |= FLAG_LETTERS[c];
    }
    i0 += m[0].length;
  }
  if (!bytes && (f & FLAGS.LOCALE)) throw new TranslateError("cannot use LOCALE flag with a str pattern", null);
  if ((f & FLAGS.ASCII) && (f & FLAGS.UNICODE)) throw new TranslateError("ASCII and UNICODE flags are incompatible", null);
  if (bytes && (f & FLAGS.UNICODE)) throw new TranslateError("cannot use UNICODE flag with a bytes pattern", null);
  if (!bytes && !(f & FLAGS.ASCII)) f |= FLAGS.UNICODE;
  const ascii = bytes || (f & FLAGS.ASCII) !== 0;
  const globalI = (f & FLAGS.IGNORECASE) !== 0;
  const W = ascii ? "A-Za-z0-9_" : "\\p{L}\\p{N}_";
  const D = ascii ? "0-9" : "\\p{Nd}";
  const S = ascii ? ASCII_SPACE : PY_SPACE;

  let out = "";
  let groups = 0;
  const names = new Map<string, number>();
  const parents: number[] = [0];
  const closed = new Set<number>();
  const stack: Frame[] = [];
  let cur: Frame = { group: 0, ci: globalI, ml: (f & FLAGS.MULTILINE) !== 0, ds: (f & FLAGS.DOTALL) !== 0, vb: (f & FLAGS.VERBOSE) !== 0, start: 0, kind: "top" };
  // what the last item was: 0 nothing repeatable, 1 an atom, 2 a quantifier
  let last = 0;
  let i = i0;

  const emitLit = (ch: string) => {
    if (cur.ci && !globalI) {
      const v = caseVariants(ch);
      if (v.length > 1) { out += "[" + v.map(jsClassChar).join("") + "]"; return; }
    }
    out += jsLiteral(ch);
  };
  const cpAt = (k: number) => { const c = p.codePointAt(k)!; return String.fromCodePoint(c); };

  /** Parse \x.., \u...., \U........, octal, returning the character; k points after the escape letter. */
  const numericEscape = (k: number, letter: string, escStart: number): [string, number] => {
    const len = letter === "x" ? 2 : letter === "u" ? 4 : 8;
    const hex = p.slice(k, k + len);
    if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex)) throw new TranslateError(`incomplete escape \\${letter}${hex.replace(/[^0-9a-fA-F].*$/, "")}`, escStart);
    const v = parseInt(hex, 16);
    if (v > 0x10ffff) throw new TranslateError(`bad escape \\${letter}${hex}`, escStart);
    return [String.fromCodePoint(v), k + len];
  };

  while (i < n) {
    const c = p[i];
    if (cur.vb) {
      if (VERBOSE_SPACE.includes(c)) { i++; continue; }
      if (c === "#") { while (i < n && p[i] !== "\n") i++; continue; }
    }
    if (c === "(") {
      const start = i;
      if (p[i + 1] === "?") {
        const d = p[i + 2];
        if (d === ":") { stack.push(cur); cur = { ...cur, start, kind: "group" }; out += "(?:"; i += 3; last = 0; continue; }
        if (d === "=" || d === "!") { stack.push(cur); cur = { ...cur, start, kind: "look" }; out += "(?" + d; i += 3; last = 0; continue; }
        if (d === "<" && (p[i + 3] === "=" || p[i + 3] === "!")) {
          stack.push(cur); cur = { ...cur, start, kind: "look" }; out += "(?<" + p[i + 3]; i += 4; last = 0; continue;
        }
        if (d === "P" && p[i + 3] === "<") {
          const close = p.indexOf(">", i + 4);
          if (close < 0) throw new TranslateError("missing >, unterminated name", i + 4);
          const name = p.slice(i + 4, close);
          if (!name) throw new TranslateError("missing group name", i + 4);
          if (!isIdentifier(name)) throw new TranslateError(`bad character in group name '${name}'`, i + 4);
          groups++;
          if (names.has(name)) throw new TranslateError(`redefinition of group name '${name}' as group ${groups}; was group ${names.get(name)}`, i + 4);
          names.set(name, groups);
          parents[groups] = cur.group;
          stack.push(cur); cur = { ...cur, group: groups, start, kind: "group" };
          out += `(?<${name}>`;
          i = close + 1; last = 0; continue;
        }
        if (d === "P" && p[i + 3] === "=") {
          const close = p.indexOf(")", i + 4);
          if (close < 0) throw new TranslateError("missing ), unterminated name", i + 4);
          const name = p.slice(i + 4, close);
          if (!name) throw new TranslateError("missing group name", i + 4);
          if (!isIdentifier(name)) throw new TranslateError(`bad character in group name '${name}'`, i + 4);
          const g = names.get(name);
          if (g === undefined) throw new TranslateError(`unknown group name '${name}'`, i + 4);
          if (!closed.has(g)) throw new TranslateError("cannot refer to an open group", start);
          out += `(?:\\k<${name}>)`;
          i = close + 1; last = 1; continue;
        }
        if (d === "P") throw new TranslateError(`unknown extension ?P${p[i + 3] ?? ""}`, i + 1);
        if (d === "#") {
          const close = p.indexOf(")", i + 3);
          if (close < 0) throw new TranslateError("missing ), unterminated comment", i);
          i = close + 1; continue;
        }
        if (d === ">") throw new TranslateError("pygil: atomic groups (?>...) are not supported", i);
        if (d === "(") throw new TranslateError("pygil: conditional groups (?(id)yes|no) are not supported", i);
        if (d !== undefined && (d in FLAG_LETTERS || d === "-")) {
          let k = i + 2, on = "", off = "";
          while (k < n && p[k] in FLAG_LETTERS) on += p[k++];
          if (p[k] === "-") { k++; while (k < n && p[k] in FLAG_LETTERS) off += p[k++]; }
          if (p[k] === ")") throw new TranslateError("global flags not at the start of the expression", start);
          if (p[k] !== ":") {
            if (k >= n) throw new TranslateError("missing -, : or )", k);
            throw new TranslateError(`unknown flag`, k);
          }
          for (const fl of on + off) {
            if (fl === "a" || fl === "u" || fl === "L") {
              if (off.includes(fl)) throw new TranslateError("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", k);
            }
          }
          const nf: Frame = { ...cur, start, kind: "group" };
          for (const fl of on) { if (fl === "i") nf.ci = true; if (fl === "m") nf.ml = true; if (fl === "s") nf.ds = true; if (fl === "x") nf.vb = true; }
          for (const fl of off) { if (fl === "i") nf.ci = false; if (fl === "m") nf.ml = false; if (fl === "s") nf.ds = false; if (fl === "x") nf.vb = false; }
          if (globalI && !nf.ci) throw new TranslateError("pygil: turning IGNORECASE off inside a case-insensitive pattern is not supported", start);
          stack.push(cur); cur = nf;
          out += "(?:";
          i = k + 1; last = 0; continue;
        }
        if (d === "<") throw new TranslateError(`unknown extension ?<${p[i + 3] ?? ""}`, i + 1);
        if (d === undefined) throw new TranslateError("unexpected end of pattern", i + 2);
        throw new TranslateError(`unknown extension ?${d}`, i + 1);
      }
      groups++;
      parents[groups] = cur.group;
      stack.push(cur); cur = { ...cur, group: groups, start, kind: "group" };
      out += "(";
      i++; last = 0; continue;
    }
    if (c === ")") {
      if (!stack.length) throw new TranslateError("unbalanced parenthesis", i);
      if (cur.group) closed.add(cur.group);
      const wasLook = cur.kind === "look";
      cur = stack.pop()!;
      out += ")";
      i++;
      last = wasLook ? 0 : 1;
      continue;
    }
    if (c === "|") { out += "|"; i++; last = 0; continue; }
    if (c === "*" || c === "+" || c === "?" || (c === "{" && quantifierAt(p, i) !== null)) {
      if (last === 0) throw new TranslateError("nothing to repeat", i);
      if (last === 2) throw new TranslateError("multiple repeat", i);
      let q = c;
      let k = i + 1;
      if (c === "{") {
        const [lo, hi, end] = quantifierAt(p, i)!;
        if (lo !== null && hi !== null && lo > hi) throw new TranslateError("min repeat greater than max repeat", i + 1);
        q = `{${lo ?? 0},${hi ?? ""}}`;
        if (lo !== null && hi !== null && lo === hi && p.slice(i, end).indexOf(",") < 0) q = `{${lo}}`;
        k = end;
      }
      if (p[k] === "?") { q += "?"; k++; }
      else if (p[k] === "+") throw new TranslateError("pygil: possessive quantifiers are not supported", k);
      out += q;
      i = k; last = 2; continue;
    }
    if (c === "[") {
      const [src, end] = translateClass(p, i, cur.ci && !globalI, W, D, S, ascii);
      out += src;
      i = end; last = 1; continue;
    }
    if (c === ".") { out += cur.ds ? "[\\s\\S]" : "[^\\n]"; i++; last = 1; continue; }
    if (c === "^") { out += cur.ml ? "(?:(?<![\\s\\S])|(?<=\\n))" : "(?<![\\s\\S])"; i++; last = 0; continue; }
    if (c === "$") { out += cur.ml ? "(?=\\n|(?![\\s\\S]))" : "(?=\\n?(?![\\s\\S]))"; i++; last = 0; continue; }
    if (c === "\\") {
      const escStart = i;
      if (i + 1 >= n) throw new TranslateError("bad escape (end of pattern)", i);
      const d = p[i + 1];
      i += 2;
      switch (d) {
        case "A": out += "(?<![\\s\\S])"; last = 0; continue;
        case "Z": out += "(?![\\s\\S])"; last = 0; continue;
        case "b": out += `(?:(?<=[${W}])(?![${W}])|(?<![${W}])(?=[${W}]))`; last = 0; continue;
        case "B": out += `(?:(?<=[${W}])(?=[${W}])|(?<![${W}])(?![${W}]))`; last = 0; continue;
        case "d": out += `[${D}]`; last = 1; continue;
        case "D": out += `[^${D}]`; last = 1; continue;
        case "w": out += `[${W}]`; last = 1; continue;
        case "W": out += `[^${W}]`; last = 1; continue;
        case "s": out += `[${S}]`; last = 1; continue;
        case "S": out += `[^${S}]`; last = 1; continue;
      }
      if (SIMPLE_ESC[d] !== undefined) { out += SIMPLE_ESC[d]; last = 1; continue; }
      if (d === "x" || (!bytes && (d === "u" || d === "U"))) {
        const [ch, k] = numericEscape(i, d, escStart);
        emitLit(ch); i = k; last = 1; continue;
      }
      if (d === "N" && !bytes) throw new TranslateError("pygil: \\N{...} escapes are not supported", escStart);
      if (d >= "0" && d <= "9") {
        // octal escape: \0, or three octal digits; otherwise a group reference
        if (d === "0" || (d <= "7" && /^[0-7]{2}/.test(p.slice(i, i + 2)))) {
          let k = i - 1, v = 0, cnt = 0;
          while (cnt < 3 && k < n && p[k] >= "0" && p[k] <= "7") { v = v * 8 + (p.charCodeAt(k) - 48); k++; cnt++; }
          if (v > 0o377) throw new TranslateError(`octal escape value \\${p.slice(i - 1, k)} outside of range 0-0o377`, escStart);
          emitLit(String.fromCharCode(v)); i = k; last = 1; continue;
        }
        let k = i;
        let num = d;
        if (k < n && p[k] >= "0" && p[k] <= "9") num += p[k++];
        const g = Number(num);
        if (g > groups || !closed.has(g)) {
          if (g <= groups) throw new TranslateError("cannot refer to an open group", escStart);
          throw new TranslateError(`invalid group reference ${g}`, escStart + 1);
        }
        out += `(?:\\${g})`;
        i = k; last = 1; continue;
      }
      if (/[A-Za-z]/.test(d)) throw new TranslateError(`bad escape \\${d}`, escStart);
      const ch = cpAt(i - 1);
      emitLit(ch);
      i += ch.length - 1;
      last = 1; continue;
    }
    // a literal character ('{' not starting a quantifier, ']' and '}' included)
    const ch = cpAt(i);
    emitLit(ch);
    i += ch.length;
    last = 1;
  }
  if (stack.length) {
    // the innermost unterminated group
    throw new TranslateError("missing ), unterminated subpattern", cur.start);
  }
  return { source: out, groups, names, parents, ignoreCase: globalI, flags: f };
}

/** A {m}, {m,}, {,n} or {m,n} quantifier at i: [min|null, max|null, index after], or null. */
function quantifierAt(p: string, i: number): [number | null, number | null, number] | null {
  const m = /^\{(\d*)(,?)(\d*)\}/.exec(p.slice(i, i + 40));
  if (!m) return null;
  if (!m[1] && !m[3] && !m[2]) return null;
  if (!m[2]) { if (!m[1]) return null; const v = Number(m[1]); return [v, v, i + m[0].length]; }
  return [m[1] ? Number(m[1]) : null, m[3] ? Number(m[3]) : null, i + m[0].length];
}

/** Translate the character set starting at p[i] === '['; returns [JS source, index after ']']. */
function translateClass(p: string, i: number, ci: boolean, W: string, D: string, S: string, ascii: boolean): [string, number] {
  const start = i;
  const n = p.length;
  i++;
  let negate = false;
  if (p[i] === "^") { negate = true; i++; }
  let pos = "";
  const negSets: string[] = [];
  let first = true;
  // one class atom: a single character, or a set such as \w
  const atom = (): { ch?: string; set?: string; neg?: string; at: number } => {
    const at = i;
    const c = p[i];
    if (c === "\\") {
      if (i + 1 >= n) throw new TranslateError("unterminated character set", start);
      const d = p[i + 1];
      i += 2;
      switch (d) {
        case "d": return { set: D, at };
        case "D": return ascii ? { neg: D, at } : { set: "\\P{Nd}", at };
        case "w": return { set: W, at };
        case "W": return { neg: W, at };
        case "s": return { set: S, at };
        case "S": return { neg: S, at };
        case "b": return { ch: "\b", at };
      }
      if (SIMPLE_ESC[d] !== undefined) return { ch: ({ a: "\x07", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v" } as any)[d], at };
      if (d === "x" || d === "u" || d === "U") {
        const len = d === "x" ? 2 : d === "u" ? 4 : 8;
        const hex = p.slice(i, i + len);
        if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex)) throw new TranslateError(`incomplete escape \\${d}${hex.replace(/[^0-9a-fA-F].*$/, "")}`, at);
        i += len;
        return { ch: String.fromCodePoint(parseInt(hex, 16)), at };
      }
      if (d >= "0" && d <= "7") {
        let k = i - 1, v = 0, cnt = 0;
        while (cnt < 3 && k < n && p[k] >= "0" && p[k] <= "7") { v = v * 8 + (p.charCodeAt(k) - 48); k++; cnt++; }
        i = k;
        return { ch: String.fromCharCode(v), at };
      }
      if (/[A-Za-z0-9]/.test(d)) throw new TranslateError(`bad escape \\${d}`, at);
      const ch = String.fromCodePoint(p.codePointAt(i - 1)!);
      i += ch.length - 1;
      return { ch, at };
    }
    const ch = String.fromCodePoint(p.codePointAt(i)!);
    i += ch.length;
    return { ch, at };
  };
  const addChar = (ch: string) => {
    for (const v of ci ? caseVariants(ch) : [ch]) pos += jsClassChar(v);
  };
  for (;;) {
    if (i >= n) throw new TranslateError("unterminated character set", start);
    if (p[i] === "]" && !first) { i++; break; }
    first = false;
    const a = atom();
    if (p[i] === "-" && i + 1 < n && p[i + 1] !== "]") {
      i++;
      if (i >= n) throw new TranslateError("unterminated character set", start);
      const b = atom();
      if (a.ch === undefined || b.ch === undefined) {
        throw new TranslateError(`bad character range ${p.slice(a.at, i)}`, a.at);
      }
      if (a.ch.codePointAt(0)! > b.ch.codePointAt(0)!) throw new TranslateError(`bad character range ${p.slice(a.at, i)}`, a.at);
      pos += jsClassChar(a.ch) + "-" + jsClassChar(b.ch);
      if (ci) {
        const lo = a.ch, hi = b.ch;
        for (const [x, y] of [[lo.toLowerCase(), hi.toLowerCase()], [lo.toUpperCase(), hi.toUpperCase()]]) {
          if ([...x].length === 1 && [...y].length === 1 && x <= y && (x !== lo || y !== hi)) pos += jsClassChar(x) + "-" + jsClassChar(y);
        }
      }
      continue;
    }
    if (a.set !== undefined) pos += a.set;
    else if (a.neg !== undefined) negSets.push(a.neg);
    else addChar(a.ch!);
  }
  if (!negSets.length) {
    if (!pos) return [negate ? "[\\s\\S]" : "(?!)", i];
    return [`[${negate ? "^" : ""}${pos}]`, i];
  }
  if (!negate) {
    const alts = negSets.map((s) => `[^${s}]`);
    if (pos) alts.unshift(`[${pos}]`);
    return [`(?:${alts.join("|")})`, i];
  }
  // [^...\W...]: not in the listed characters, and inside every negated set's complement
  return [`(?:${pos ? `(?![${pos}])` : ""}${negSets.map((s) => `(?=[${s}])`).join("")}[\\s\\S])`, i];
}
