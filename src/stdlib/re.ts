// `_re`: the regular-expression engine behind lib/re.py. Python patterns are translated to
// JavaScript RegExp source (Unicode-aware \w \d \s \b, Python's ^ $ \A \Z and `.`, scoped
// (?i:...) flags, verbose mode, named groups) with CPython's error messages for malformed
// patterns; Pattern and Match objects follow CPython's API with code-point positions.
// bytes patterns match latin-1-decoded text and give bytes back.

import { PyObj, PyType, PyTuple, PyList, PyBytes, PyByteArray, None, Gen, typeOf, builtinType, NEED, STOP } from "../runtime/core.ts";
import { defMethod, defBuiltin } from "../runtime/function.ts";
import { defGetSet } from "../runtime/attr.ts";
import { callv } from "../runtime/call.ts";
import { typeError, valueError, indexError, newExc, IndexError, StopIteration } from "../runtime/exceptions.ts";
import { asInt, strLen } from "../runtime/ops.ts";
import { asStr } from "../runtime/str.ts";
import { repr, strRepr } from "../runtime/repr.ts";
import { PyDict } from "../runtime/dict.ts";
import { registerModule, makeModule } from "../interp/interpreter.ts";
import { TranslateError, translate, Translated, FLAGS } from "./re_translate.ts";

// --- errors -------------------------------------------------------------------------------------------

/** re.error, installed by lib/re.py. */
let errorClass: any = null;
function* reError(msg: string, pattern: any, pos: number | null): Gen<never> {
  if (errorClass === null) throw valueError(msg);
  const e = yield* callv(errorClass, pos === null ? [msg] : [msg, pattern, pos], null, null);
  throw e;
}

// --- text helpers ---------------------------------------------------------------------------------------

/** The text to match: str as is; bytes-like decoded as latin-1 (one char per byte). */
function subjectText(v: any): { text: string; bytes: boolean } | null {
  const s = asStr(v);
  if (s !== undefined) return { text: s, bytes: false };
  const b = v instanceof PyBytes ? v.b : v instanceof PyByteArray ? v.view() : null;
  if (b === null) return null;
  let t = "";
  for (let i = 0; i < b.length; i += 8192) t += String.fromCharCode.apply(null, b.subarray(i, i + 8192) as any);
  return { text: t, bytes: true };
}
function latin1Bytes(s: string): PyBytes {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i) & 0xff;
  return new PyBytes(b);
}

/** Code-point <-> UTF-16 index conversion for one subject string (identity when BMP-only). */
class Positions {
  s: string;
  bmp: boolean;
  cpOfUnit: Int32Array | null = null;
  constructor(s: string) { this.s = s; this.bmp = strLen(s) === s.length; }
  private table(): Int32Array {
    if (this.cpOfUnit) return this.cpOfUnit;
    const s = this.s, t = new Int32Array(s.length + 1);
    let cp = 0;
    for (let i = 0; i < s.length; i++) {
      t[i] = cp;
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { t[i + 1] = cp; i++; }
      cp++;
    }
    t[s.length] = cp;
    return (this.cpOfUnit = t);
  }
  cp(unit: number): number { return this.bmp || unit < 0 ? unit : this.table()[unit]; }
  unit(cp: number): number {
    if (this.bmp) return Math.min(cp, this.s.length);
    const t = this.table();
    let lo = 0, hi = this.s.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (t[mid] < cp) lo = mid + 1; else hi = mid; }
    return lo;
  }
  get cpLength(): number { return this.bmp ? this.s.length : this.table()[this.s.length]; }
}

// --- Pattern -------------------------------------------------------------------------------------------

export const patternType = builtinType("Pattern", undefined, "re");
export const matchType = builtinType("Match", undefined, "re");

class PyPattern extends PyObj {
  source: any;           // the pattern as given (str or bytes)
  t: Translated;
  flags: number;
  bytes: boolean;
  search: RegExp;        // global, for scanning
  sticky: RegExp;        // anchored at lastIndex
  full: RegExp;          // anchored at both ends
  groupindex: PyDict;
  constructor(source: any, t: Translated, flags: number, bytes: boolean) {
    super(patternType);
    this.source = source; this.t = t; this.flags = flags; this.bytes = bytes;
    const f = "du" + (t.ignoreCase ? "i" : "");
    this.search = new RegExp(t.source, f + "g");
    this.sticky = new RegExp(t.source, f + "y");
    this.full = new RegExp(`(?:${t.source})(?![\\s\\S])`, f + "y");
    this.groupindex = new PyDict();
    for (const [k, v] of t.names) this.groupindex.setS(k, v);
  }
}

class PyMatch extends PyObj {
  pat: PyPattern;
  subject: any;          // the string/bytes object searched
  text: string;
  m: RegExpExecArray;
  pos: number; endpos: number;
  P: Positions;
  constructor(pat: PyPattern, subject: any, text: string, m: RegExpExecArray, pos: number, endpos: number, P: Positions) {
    super(matchType);
    this.pat = pat; this.subject = subject; this.text = text; this.m = m; this.pos = pos; this.endpos = endpos; this.P = P;
  }
  /** [start, end] in code points of a group, or [-1, -1]. */
  span(g: number): [number, number] {
    const ix = (this.m as any).indices[g];
    if (!ix) return [-1, -1];
    return [this.P.cp(ix[0]), this.P.cp(ix[1])];
  }
  value(g: number): any {
    const v = this.m[g];
    if (v === undefined) return undefined;
    return this.pat.bytes ? latin1Bytes(v) : v;
  }
}

const pyCache = new Map<string, PyPattern>();

function* compilePattern(pattern: any, flags: any): Gen<PyPattern> {
  if (pattern instanceof PyPattern) {
    if (flags !== undefined && flags !== 0 && Number(asInt(flags) ?? 0) !== 0) throw valueError("cannot process flags argument with a compiled pattern");
    return pattern;
  }
  const fl = flags === undefined ? 0 : Number(asInt(flagsValue(flags)) ?? NaN);
  if (Number.isNaN(fl)) throw typeError(`unsupported operand type(s) for &: '${typeOf(flags).name}' and 'int'`);
  const subj = subjectText(pattern);
  if (subj === null || pattern instanceof PyByteArray) throw typeError("first argument must be string or compiled pattern");
  const key = (subj.bytes ? "b" : "s") + fl + ":" + subj.text;
  const hit = pyCache.get(key);
  if (hit !== undefined) return hit;
  let t: Translated;
  try {
    t = translate(subj.text, fl, subj.bytes);
  } catch (e) {
    if (e instanceof TranslateError) yield* reError(e.message, pattern, e.pos);
    throw e;
  }
  let p: PyPattern;
  try {
    p = new PyPattern(pattern, t, t.flags, subj.bytes);
  } catch (e: any) {
    yield* reError(`pygil: unsupported regular expression (${e && e.message})`, pattern, null);
    throw e;
  }
  if (pyCache.size > 512) pyCache.clear();
  pyCache.set(key, p);
  return p;
}
/** RegexFlag members are int subclasses: take their int value. */
function flagsValue(f: any): any { return asInt(f) ?? f; }

function pat(self: any, name: string): PyPattern {
  if (!(self instanceof PyPattern)) throw typeError(`descriptor '${name}' for 're.Pattern' objects doesn't apply to a '${typeOf(self).name}' object`);
  return self;
}
function subjectFor(p: PyPattern, v: any): { text: string; bytes: boolean } {
  const s = subjectText(v);
  if (s === null) throw typeError(`expected string or bytes-like object, got '${typeOf(v).name}'`);
  if (s.bytes !== p.bytes) throw typeError(p.bytes ? "cannot use a bytes pattern on a string-like object" : "cannot use a string pattern on a bytes-like object");
  return s;
}
function posArg(v: any, dflt: number): number {
  if (v === undefined || v === None) return dflt;
  const n = asInt(v);
  if (n === undefined) throw typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  return Number(n);
}

/** One match attempt: mode 0 search, 1 match (anchored), 2 fullmatch. */
function exec(p: PyPattern, subject: any, mode: number, posV: any, endV: any): PyMatch | null {
  const { text } = subjectFor(p, subject);
  const P0 = new Positions(text);
  const n = P0.cpLength;
  let pos = posArg(posV, 0), endpos = posArg(endV, n);
  if (pos < 0) pos = 0; if (pos > n) pos = n;
  if (endpos > n) endpos = n; if (endpos < pos) endpos = pos;
  const endU = P0.unit(endpos);
  const t = endU === text.length ? text : text.slice(0, endU);
  const P = t === text ? P0 : new Positions(t);
  const re = mode === 0 ? p.search : mode === 1 ? p.sticky : p.full;
  re.lastIndex = P.unit(pos);
  const m = re.exec(t);
  if (m === null) return null;
  return new PyMatch(p, subject, text, m, pos, endpos, P);
}

/** All non-overlapping matches (CPython's iteration: after an empty match, move on one character). */
function* allMatches(p: PyPattern, subject: any, posV: any, endV: any): Generator<PyMatch> {
  const { text } = subjectFor(p, subject);
  const P0 = new Positions(text);
  const n = P0.cpLength;
  let pos = posArg(posV, 0), endpos = posArg(endV, n);
  if (pos < 0) pos = 0; if (pos > n) pos = n;
  if (endpos > n) endpos = n; if (endpos < pos) endpos = pos;
  const endU = P0.unit(endpos);
  const t = endU === text.length ? text : text.slice(0, endU);
  const P = t === text ? P0 : new Positions(t);
  const re = new RegExp(p.search.source, p.search.flags);
  re.lastIndex = P.unit(pos);
  for (;;) {
    const m = re.exec(t);
    if (m === null) return;
    const mt = new PyMatch(p, subject, text, m, pos, endpos, P);
    yield mt;
    if (m[0].length === 0) {
      // an empty match: the next one starts one code point further
      const i = re.lastIndex;
      if (i >= t.length) return;
      const c = t.charCodeAt(i);
      re.lastIndex = i + (c >= 0xd800 && c < 0xdc00 && i + 1 < t.length ? 2 : 1);
    }
  }
}

function findall(p: PyPattern, subject: any, posV: any, endV: any): PyList {
  const out: any[] = [];
  const g = p.t.groups;
  const empty = p.bytes ? new PyBytes(new Uint8Array(0)) : "";
  for (const m of allMatches(p, subject, posV, endV)) {
    if (g === 0) out.push(m.value(0));
    else if (g === 1) out.push(m.value(1) ?? empty);
    else {
      const items: any[] = [];
      for (let i = 1; i <= g; i++) items.push(m.value(i) ?? empty);
      out.push(new PyTuple(items));
    }
  }
  return new PyList(out);
}

function join(p: PyPattern, parts: string[]): any {
  const s = parts.join("");
  return p.bytes ? latin1Bytes(s) : s;
}

function split(p: PyPattern, subject: any, maxsplit: number): PyList {
  const { text } = subjectFor(p, subject);
  const out: any[] = [];
  const P = new Positions(text);
  let last = 0, count = 0;
  const g = p.t.groups;
  const wrap = (s: string) => (p.bytes ? latin1Bytes(s) : s);
  for (const m of allMatches(p, subject, undefined, undefined)) {
    if (maxsplit > 0 && count >= maxsplit) break;
    const ix = (m.m as any).indices[0];
    out.push(wrap(text.slice(last, ix[0])));
    for (let i = 1; i <= g; i++) out.push(m.m[i] === undefined ? None : wrap(m.m[i]));
    last = ix[1];
    count++;
  }
  out.push(wrap(text.slice(last)));
  void P;
  return new PyList(out);
}

// --- replacement templates ---------------------------------------------------------------------------

type TemplatePart = string | number;
const templateCache = new Map<string, TemplatePart[]>();

/** Parse a sub() replacement string: \1, \g<1>, \g<name>, and the usual escapes. */
function* parseTemplate(p: PyPattern, repl: any, text: string): Gen<TemplatePart[]> {
  const key = (p.bytes ? "b" : "s") + p.t.source + "\u0000" + text;
  const hit = templateCache.get(key);
  if (hit) return hit;
  const parts: TemplatePart[] = [];
  let lit = "";
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text[i];
    if (c !== "\\") { lit += c; continue; }
    if (i + 1 >= n) yield* reError("bad escape (end of pattern)", repl, i);
    const d = text[i + 1];
    if (d === "g") {
      const close = text.indexOf(">", i + 3);
      if (text[i + 2] !== "<") yield* reError("missing <", repl, i + 2);
      if (close < 0) yield* reError("missing >, unterminated name", repl, i + 3);
      const name = text.slice(i + 3, close);
      if (!name) yield* reError("missing group name", repl, i + 3);
      let idx: number;
      if (/^[0-9]+$/.test(name)) {
        idx = Number(name);
        if (idx > p.t.groups) yield* reError(`invalid group reference ${idx}`, repl, i + 3);
      } else {
        if (!/^[\p{L}_][\p{L}\p{N}_]*$/u.test(name)) yield* reError(`bad character in group name '${name}'`, repl, i + 3);
        const gi = p.t.names.get(name);
        if (gi === undefined) throw newExc(IndexError, `unknown group name '${name}'`);
        idx = gi;
      }
      if (lit) { parts.push(lit); lit = ""; }
      parts.push(idx);
      i = close;
      continue;
    }
    if (d >= "0" && d <= "9") {
      // \0, \0oo and three octal digits are characters; otherwise one or two digit group refs
      if (d === "0" || (i + 3 < n + 1 && /^[0-7]{3}$/.test(text.slice(i + 1, i + 4)) && d <= "7")) {
        let j = i + 1, v = 0, k = 0;
        while (k < 3 && j < n && text[j] >= "0" && text[j] <= "7") { v = v * 8 + (text.charCodeAt(j) - 48); j++; k++; }
        if (v > 0o377) yield* reError(`octal escape value \\${text.slice(i + 1, j)} outside of range 0-0o377`, repl, i);
        lit += String.fromCharCode(v);
        i = j - 1;
        continue;
      }
      let j = i + 1;
      let num = text[j++];
      if (j < n && text[j] >= "0" && text[j] <= "9") num += text[j++];
      const idx = Number(num);
      if (idx > p.t.groups) yield* reError(`invalid group reference ${idx}`, repl, i + 1);
      if (lit) { parts.push(lit); lit = ""; }
      parts.push(idx);
      i = j - 1;
      continue;
    }
    const simple: Record<string, string> = { n: "\n", t: "\t", r: "\r", f: "\f", v: "\v", a: "\x07", b: "\b", "\\": "\\" };
    if (simple[d] !== undefined) { lit += simple[d]; i++; continue; }
    if (/[A-Za-z]/.test(d)) yield* reError(`bad escape \\${d}`, repl, i);
    lit += "\\" + d;
    i++;
  }
  if (lit) parts.push(lit);
  if (templateCache.size > 256) templateCache.clear();
  templateCache.set(key, parts);
  return parts;
}

function expandTemplate(parts: TemplatePart[], m: RegExpExecArray): string {
  let s = "";
  for (const part of parts) s += typeof part === "string" ? part : (m[part] ?? "");
  return s;
}

function* subImpl(p: PyPattern, repl: any, subject: any, count: number): Gen<[any, number]> {
  const { text } = subjectFor(p, subject);
  let parts: TemplatePart[] | null = null;
  let fn: any = null;
  const rs = subjectText(repl);
  if (rs !== null && !(repl instanceof PyByteArray && false)) {
    if (rs.bytes !== p.bytes) throw typeError(p.bytes ? `expected a bytes-like object, ${typeOf(repl).name} found` : `expected str instance, ${typeOf(repl).name} found`);
    parts = rs.text.includes("\\") ? yield* parseTemplate(p, repl, rs.text) : [rs.text];
  } else if (typeOf(repl).lookup("__call__") !== undefined || typeof repl === "object") {
    fn = repl;
  }
  const out: string[] = [];
  let last = 0, n = 0;
  for (const m of allMatches(p, subject, undefined, undefined)) {
    if (count > 0 && n >= count) break;
    const ix = (m.m as any).indices[0];
    out.push(text.slice(last, ix[0]));
    if (parts !== null) out.push(expandTemplate(parts, m.m));
    else {
      const r = yield* callv(fn, [m], null, null);
      const rt = subjectText(r);
      if (rt === null || rt.bytes !== p.bytes) throw typeError(p.bytes ? `expected a bytes-like object, ${typeOf(r).name} found` : `expected str instance, ${typeOf(r).name} found`);
      out.push(rt.text);
    }
    last = ix[1];
    n++;
  }
  out.push(text.slice(last));
  return [join(p, out), n];
}

// --- Pattern methods ---------------------------------------------------------------------------------------

const PT = patternType;
for (const [name, mode] of [["search", 0], ["match", 1], ["fullmatch", 2]] as [string, number][]) {
  defMethod(PT, name, ["string", "pos?", "endpos?"], (self: any, s: any, pos: any, endpos: any) => exec(pat(self, name), s, mode, pos, endpos) ?? None);
}
defMethod(PT, "findall", ["string", "pos?", "endpos?"], (self: any, s: any, pos: any, endpos: any) => findall(pat(self, "findall"), s, pos, endpos));
defMethod(PT, "finditer", ["string", "pos?", "endpos?"], (self: any, s: any, pos: any, endpos: any) => {
  const p = pat(self, "finditer");
  subjectFor(p, s);
  return new PyMatchIter(allMatches(p, s, pos, endpos));
});
defMethod(PT, "split", ["string", "maxsplit?"], (self: any, s: any, maxsplit: any) => split(pat(self, "split"), s, posArg(maxsplit, 0)));
defMethod(PT, "sub", ["repl", "string", "count?"], function* (self: any, repl: any, s: any, count: any) {
  return (yield* subImpl(pat(self, "sub"), repl, s, posArg(count, 0)))[0];
});
defMethod(PT, "subn", ["repl", "string", "count?"], function* (self: any, repl: any, s: any, count: any) {
  const [r, n] = yield* subImpl(pat(self, "subn"), repl, s, posArg(count, 0));
  return new PyTuple([r, n]);
});
defGetSet(PT, "pattern", (p: PyPattern) => p.source);
defGetSet(PT, "flags", (p: PyPattern) => p.flags);
defGetSet(PT, "groups", (p: PyPattern) => p.t.groups);
defGetSet(PT, "groupindex", (p: PyPattern) => p.groupindex);
defMethod(PT, "__repr__", [], function* (p: PyPattern) {
  let r = yield* repr(p.source);
  if (r.length > 200) r = r.slice(0, 200);
  const names: string[] = [];
  let f = p.flags & ~(p.bytes ? 0 : FLAGS.UNICODE);
  for (const [name, bit] of FLAG_NAMES) if (f & bit) { names.push("re." + name); f &= ~bit; }
  if (f) names.push("0x" + f.toString(16));
  return names.length ? `re.compile(${r}, ${names.join("|")})` : `re.compile(${r})`;
});
defMethod(PT, "__eq__", ["other"], (a: PyPattern, b: any) => b instanceof PyPattern && a.flags === b.flags && a.bytes === b.bytes && a.t.source === b.t.source);
defMethod(PT, "__hash__", [], (p: PyPattern) => { let h = p.flags; for (let i = 0; i < p.t.source.length; i++) h = (h * 31 + p.t.source.charCodeAt(i)) | 0; return h; });
defMethod(PT, "__copy__", [], (p: PyPattern) => p);
defMethod(PT, "__deepcopy__", ["memo"], (p: PyPattern) => p);
defMethod(PT, "__class_getitem__", ["item"], (cls: any) => cls);
const FLAG_NAMES: [string, number][] = [
  ["TEMPLATE", FLAGS.TEMPLATE], ["IGNORECASE", FLAGS.IGNORECASE], ["LOCALE", FLAGS.LOCALE], ["MULTILINE", FLAGS.MULTILINE],
  ["DOTALL", FLAGS.DOTALL], ["UNICODE", FLAGS.UNICODE], ["VERBOSE", FLAGS.VERBOSE], ["DEBUG", FLAGS.DEBUG], ["ASCII", FLAGS.ASCII],
];

// iterator over matches (finditer)
const matchIterType = builtinType("callable_iterator");
class PyMatchIter extends PyObj {
  it: Generator<PyMatch>;
  constructor(it: Generator<PyMatch>) { super(matchIterType); this.it = it; }
  nx(): any { const r = this.it.next(); return r.done ? STOP : r.value; }
}
defMethod(matchIterType, "__iter__", [], (self: any) => self);
defMethod(matchIterType, "__next__", [], (self: PyMatchIter) => {
  const r = self.nx();
  if (r === STOP) throw newExc(StopIteration);
  return r;
});

// --- Match methods -------------------------------------------------------------------------------------------

function mt(self: any, name: string): PyMatch {
  if (!(self instanceof PyMatch)) throw typeError(`descriptor '${name}' for 're.Match' objects doesn't apply to a '${typeOf(self).name}' object`);
  return self;
}
/** A group reference (index or name) -> group number, or IndexError "no such group". */
function groupIndex(m: PyMatch, g: any): number {
  if (g === undefined) return 0;
  const n = typeof g === "boolean" ? undefined : asInt(g);
  if (n !== undefined) {
    const i = Number(n);
    if (i < 0 || i > m.pat.t.groups) throw indexError("no such group");
    return i;
  }
  const s = asStr(g);
  if (s !== undefined) {
    const i = m.pat.t.names.get(s);
    if (i !== undefined) return i;
  }
  throw indexError("no such group");
}
const MT = matchType;
defMethod(MT, "group", ["*groups"], (self: any, groups: any[]) => {
  const m = mt(self, "group");
  if (groups.length === 0) return m.value(0);
  if (groups.length === 1) return m.value(groupIndex(m, groups[0])) ?? None;
  return new PyTuple(groups.map((g) => m.value(groupIndex(m, g)) ?? None));
});
defMethod(MT, "__getitem__", ["g"], (self: any, g: any) => { const m = mt(self, "__getitem__"); return m.value(groupIndex(m, g)) ?? None; });
defMethod(MT, "groups", ["default?"], (self: any, dflt: any) => {
  const m = mt(self, "groups");
  const d = dflt === undefined ? None : dflt;
  const out: any[] = [];
  for (let i = 1; i <= m.pat.t.groups; i++) out.push(m.value(i) ?? d);
  return new PyTuple(out);
});
defMethod(MT, "groupdict", ["default?"], (self: any, dflt: any) => {
  const m = mt(self, "groupdict");
  const d = dflt === undefined ? None : dflt;
  const out = new PyDict();
  for (const [name, i] of m.pat.t.names) out.setS(name, m.value(i) ?? d);
  return out;
});
defMethod(MT, "start", ["group?"], (self: any, g: any) => { const m = mt(self, "start"); return m.span(groupIndex(m, g))[0]; });
defMethod(MT, "end", ["group?"], (self: any, g: any) => { const m = mt(self, "end"); return m.span(groupIndex(m, g))[1]; });
defMethod(MT, "span", ["group?"], (self: any, g: any) => { const m = mt(self, "span"); return new PyTuple(m.span(groupIndex(m, g))); });
defMethod(MT, "expand", ["template"], function* (self: any, template: any) {
  const m = mt(self, "expand");
  const ts = subjectText(template);
  if (ts === null) throw typeError(`expected str instance, ${typeOf(template).name} found`);
  const parts = yield* parseTemplate(m.pat, template, ts.text);
  return join(m.pat, [expandTemplate(parts, m.m)]);
});
defGetSet(MT, "string", (m: PyMatch) => m.subject);
defGetSet(MT, "re", (m: PyMatch) => m.pat);
defGetSet(MT, "pos", (m: PyMatch) => m.pos);
defGetSet(MT, "endpos", (m: PyMatch) => m.endpos);
defGetSet(MT, "regs", (m: PyMatch) => {
  const out: any[] = [];
  for (let i = 0; i <= m.pat.t.groups; i++) out.push(new PyTuple(m.span(i)));
  return new PyTuple(out);
});
defGetSet(MT, "lastindex", (m: PyMatch) => {
  const li = lastIndex(m);
  return li === 0 ? None : li;
});
defGetSet(MT, "lastgroup", (m: PyMatch) => {
  const li = lastIndex(m);
  if (li === 0) return None;
  for (const [name, i] of m.pat.t.names) if (i === li) return name;
  return None;
});
/** The group that closed last (CPython's lastindex): latest end; an enclosing group closes after its children. */
function lastIndex(m: PyMatch): number {
  const ix = (m.m as any).indices;
  let best = 0, bestEnd = -1;
  for (let g = 1; g <= m.pat.t.groups; g++) {
    const r = ix[g];
    if (!r) continue;
    if (r[1] > bestEnd) { best = g; bestEnd = r[1]; continue; }
    if (r[1] === bestEnd && !isAncestor(m.pat.t.parents, best, g)) best = g;
  }
  return best;
}
function isAncestor(parents: number[], a: number, g: number): boolean {
  for (let p = parents[g]; p > 0; p = parents[p]) if (p === a) return true;
  return false;
}
defMethod(MT, "__repr__", [], function* (m: PyMatch) {
  const [s, e] = m.span(0);
  return `<re.Match object; span=(${s}, ${e}), match=${yield* repr(m.value(0))}>`;
});
defMethod(MT, "__copy__", [], (m: PyMatch) => m);
defMethod(MT, "__deepcopy__", ["memo"], (m: PyMatch) => m);
defMethod(MT, "__class_getitem__", ["item"], (cls: any) => cls);

// --- the module ---------------------------------------------------------------------------------------------

registerModule("_re", () => makeModule("_re", (ns) => {
  ns.Pattern = patternType;
  ns.Match = matchType;
  defBuiltin(ns, "compile", ["pattern", "flags?"], function* (pattern: any, flags: any) {
    return yield* compilePattern(pattern, flags);
  });
  defBuiltin(ns, "_set_error", ["cls"], (cls: any) => { errorClass = cls; return None; });
  defBuiltin(ns, "purge", [], () => { pyCache.clear(); templateCache.clear(); return None; });
}));

export { PyType, strRepr, NEED };
