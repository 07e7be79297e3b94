// Printing an uncaught exception as CPython 3.11 does: the chain (__cause__ / __context__),
// frames with source lines and caret lines (with ~ and ^ anchors for binary operators and
// subscripts), "[Previous line repeated N more times]", SyntaxError's own layout, and
// "Did you mean" suggestions for NameError and AttributeError.

import { PyObj, PyType, None, typeOf, isSubtype, Gen, PyList } from "../runtime/core.ts";
import * as E from "../runtime/exceptions.ts";
import { PyBaseException, TbEntry } from "../runtime/exceptions.ts";
import { str, repr } from "../runtime/repr.ts";
import { callDunder } from "../runtime/call.ts";
import { toArray } from "../runtime/ops.ts";
import { builtinsNs } from "../runtime/builtins.ts";
import { sources } from "./compile.ts";
import { parse } from "../parser/parser.ts";

function utf8ToCharOffset(line: string, byteOff: number): number {
  if (byteOff < 0) return -1;
  let bytes = 0, i = 0;
  for (const ch of line) {
    if (bytes >= byteOff) return i;
    const c = ch.codePointAt(0)!;
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    i += ch.length;
  }
  return i;
}

/** ~/^ anchors inside a one-line segment: a binary operator or a subscript. */
function caretAnchors(segment: string): { left: number; right: number } | null {
  let tree: any;
  try { tree = parse(segment.trim() === segment ? segment : segment, "<segment>", "exec"); } catch { return null; }
  if (tree.body.length !== 1 || tree.body[0]._type !== "Expr") return null;
  const e = tree.body[0].value;
  const norm = (b: number) => utf8ToCharOffset(segment, b);
  if (e._type === "BinOp") {
    const opStart = norm(e.left.end_col_offset), opEnd = norm(e.right.col_offset);
    const opStr = segment.slice(opStart, opEnd);
    const off = opStr.length - opStr.trimStart().length;
    let left = opStart + off, right = left + 1;
    if (off + 1 < opStr.length && !/\s/.test(opStr[off + 1])) right++;
    while (left < segment.length && (/\s/.test(segment[left]) || segment[left] === ")" || segment[left] === "#")) {
      left++; right++;
    }
    return { left, right };
  }
  if (e._type === "Subscript") {
    return { left: norm(e.value.end_col_offset), right: norm(e.slice.end_col_offset + 1) };
  }
  return null;
}

export function frameLines(entry: TbEntry): string {
  const code = entry.code;
  const p = entry.p * 5;
  const pos = code.pos;
  const lineno = pos.length > p ? pos[p] : code.firstlineno;
  let out = `  File "${code.filename}", line ${lineno}, in ${code.name}\n`;
  const lines = sources.get(code.filename);
  const line = lines ? lines[lineno - 1] : undefined;
  if (line === undefined) return out;
  const stripped = line.trim();
  if (!stripped) return out;
  out += `    ${stripped}\n`;
  if (pos.length <= p) return out;
  const endLine = pos[p + 1], colB = pos[p + 2], endColB = pos[p + 3];
  if (colB < 0 || endColB < 0) return out;
  const lead = line.length - line.trimStart().length;
  let start = utf8ToCharOffset(line, colB);
  let end: number;
  let anchors: { left: number; right: number } | null = null;
  if (endLine === lineno) {
    end = utf8ToCharOffset(line, endColB);
    anchors = caretAnchors(line.slice(start, end));
  } else {
    end = lead + line.trim().length;
  }
  const strippedLen = stripped.length;
  if (end - start < strippedLen || (anchors && anchors.right - anchors.left > 0)) {
    let c = "    " + " ".repeat(Math.max(0, start - lead));
    if (anchors) {
      c += "~".repeat(anchors.left) + "^".repeat(anchors.right - anchors.left) + "~".repeat(Math.max(0, end - start - anchors.right));
    } else c += "^".repeat(end - start);
    out += c + "\n";
  }
  return out;
}

function formatFrames(tb: TbEntry[]): string {
  // tb is innermost-last as recorded while unwinding outward: print outermost first
  const entries = tb.slice().reverse();
  let out = "";
  let last: string | null = null, count = 0;
  for (const e of entries) {
    const key = `${e.code.filename}:${e.code.pos.length > e.p * 5 ? e.code.pos[e.p * 5] : 0}:${e.code.name}`;
    if (key === last) {
      count++;
      if (count > 3) continue;
    } else {
      if (count > 3) out += `  [Previous line repeated ${count - 3} more time${count - 3 === 1 ? "" : "s"}]\n`;
      last = key;
      count = 1;
    }
    out += frameLines(e);
  }
  if (count > 3) out += `  [Previous line repeated ${count - 3} more time${count - 3 === 1 ? "" : "s"}]\n`;
  return out;
}

function typeName(t: PyType): string {
  const mod = t.isBuiltin ? "builtins" : t.ns.__module__ ?? t.module;
  return mod === "builtins" || mod === "__main__" ? t.qualname : `${mod}.${t.qualname}`;
}

function* safeStr(e: any): Gen<string> {
  try { return yield* str(e); } catch { return "<exception str() failed>"; }
}

function* syntaxErrorBlock(e: PyBaseException): Gen<string> {
  const d: any = e.$d ?? {};
  let out = "";
  let suffix = "";
  const lineno = typeof d.lineno === "number" ? d.lineno : null;
  const filename = typeof d.filename === "string" ? d.filename : null;
  if (lineno !== null) out += `  File "${filename ?? "<string>"}", line ${lineno}\n`;
  else if (filename !== null) suffix = ` (${filename})`;
  const text = typeof d.text === "string" ? d.text : null;
  if (text !== null) {
    const rtext: string = text.replace(/\n+$/, "");
    // (the interpreter's own printer strips spaces, tabs and form feeds)
    const ltext: string = rtext.replace(/^[ \t\f]+/, "");
    const spaces = rtext.length - ltext.length;
    out += `    ${ltext}\n`;
    if (typeof d.offset === "number") {
      const offset = d.offset;
      // IndentationError gets a single caret from CPython's printer, whatever its end_offset
      const indent = isSubtype(typeOf(e), E.IndentationError);
      let endOffset = !indent && typeof d.end_offset === "number" && d.end_offset !== 0 ? d.end_offset : offset;
      if (offset === endOffset || endOffset === -1) endOffset = offset + 1;
      const colno = offset - 1 - spaces, endColno = endOffset - 1 - spaces;
      if (colno >= 0) {
        const caretspace = Array.from(ltext.slice(0, colno)).map((c) => (/\s/.test(c) ? c : " ")).join("");
        out += `    ${caretspace}${"^".repeat(Math.max(0, endColno - colno))}\n`;
      }
    }
  }
  const msg = d.msg === undefined || d.msg === None ? "<no detail available>" : yield* safeStr(d.msg);
  out += `${typeName(typeOf(e))}: ${msg}${suffix}\n`;
  return out;
}

export function* exceptionOnly(e: PyBaseException): Gen<string> {
  const t = typeOf(e);
  if (isSubtype(t, E.SyntaxError)) return yield* syntaxErrorBlock(e);
  let msg = yield* safeStr(e);
  const sugg = yield* suggestion(e);
  if (sugg) msg += `. Did you mean: '${sugg}'?`;
  let out = msg ? `${typeName(t)}: ${msg}\n` : `${typeName(t)}\n`;
  const notes = e.$d?.__notes__;
  if (notes instanceof PyList) for (const n of notes.items) out += (typeof n === "string" ? n : yield* safeStr(n)) + "\n";
  return out;
}

/** The whole report for an uncaught exception, chain included. */
export function* formatException(e: PyBaseException): Gen<string> {
  const ctx: GroupCtx = { seen: new Set(), depth: 0, needClose: false };
  return yield* formatOne(e, ctx);
}

/** Exception groups print inside boxes, indented two columns per nesting level. */
interface GroupCtx { seen: Set<any>; depth: number; needClose: boolean }
const MAX_GROUP_WIDTH = 15, MAX_GROUP_DEPTH = 10;

function emit(ctx: GroupCtx, text: string, margin = "|"): string {
  if (!text) return "";
  let prefix = " ".repeat(2 * ctx.depth);
  if (ctx.depth) prefix += margin + " ";
  return text.split(/(?<=\n)/).map((l) => prefix + l).join("");
}

function* formatOne(x: PyBaseException, ctx: GroupCtx): Gen<string> {
  ctx.seen.add(x);
  let out = "";
  if (x.cause instanceof PyBaseException && !ctx.seen.has(x.cause)) {
    out += yield* formatOne(x.cause, ctx);
    out += emit(ctx, "\nThe above exception was the direct cause of the following exception:\n\n");
  } else if (x.context instanceof PyBaseException && !x.suppress && !ctx.seen.has(x.context)) {
    out += yield* formatOne(x.context, ctx);
    out += emit(ctx, "\nDuring handling of the above exception, another exception occurred:\n\n");
  }
  const isGroup = isSubtype(typeOf(x), E.BaseExceptionGroup) && x.$d?.exceptions !== undefined;
  if (!isGroup) {
    if (x.tb.length) out += emit(ctx, "Traceback (most recent call last):\n" + formatFrames(x.tb));
    out += emit(ctx, yield* exceptionOnly(x));
    return out;
  }
  if (ctx.depth > MAX_GROUP_DEPTH) return out + emit(ctx, `... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
  const top = ctx.depth === 0;
  if (top) ctx.depth++;
  if (x.tb.length) {
    out += emit(ctx, "Exception Group Traceback (most recent call last):\n", top ? "+" : "|");
    out += emit(ctx, formatFrames(x.tb));
  }
  out += emit(ctx, yield* exceptionOnly(x));
  const subs: any[] = x.$d!.exceptions.items;
  const n = subs.length <= MAX_GROUP_WIDTH ? subs.length : MAX_GROUP_WIDTH + 1;
  ctx.needClose = false;
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    if (last) ctx.needClose = true;
    const truncated = i >= MAX_GROUP_WIDTH;
    out += " ".repeat(2 * ctx.depth) + (i === 0 ? "+-" : "  ") + `+---------------- ${truncated ? "..." : i + 1} ----------------\n`;
    ctx.depth++;
    if (!truncated) out += yield* formatOne(subs[i], ctx);
    else {
      const more = subs.length - MAX_GROUP_WIDTH;
      out += emit(ctx, `and ${more} more exception${more > 1 ? "s" : ""}\n`);
    }
    if (last && ctx.needClose) {
      out += " ".repeat(2 * ctx.depth) + "+------------------------------------\n";
      ctx.needClose = false;
    }
    ctx.depth--;
  }
  if (top) ctx.depth = 0;
  return out;
}

// --- "Did you mean" ------------------------------------------------------------------------------

const MOVE = 2, CASE = 1, MAXLEN = 40;
function subCost(a: string, b: string): number {
  if (a === b) return 0;
  return a.toLowerCase() === b.toLowerCase() ? CASE : MOVE;
}
/** Weighted edit distance with early exit above maxCost (CPython's suggestion metric). */
function editDistance(a: string, b: string, maxCost: number): number {
  if (a === b) return 0;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  a = a.slice(i); b = b.slice(i);
  let j = 0;
  while (j < a.length && j < b.length && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  a = a.slice(0, a.length - j); b = b.slice(0, b.length - j);
  if (!a.length || !b.length) return MOVE * (a.length + b.length);
  if (a.length > MAXLEN || b.length > MAXLEN) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE > maxCost) return maxCost + 1;
  const row: number[] = [];
  for (let k = 1; k <= a.length; k++) row.push(k * MOVE);
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    let dist = bi * MOVE;
    result = dist;
    let min = Infinity;
    for (let ai = 0; ai < a.length; ai++) {
      const sub = dist + subCost(b[bi], a[ai]);
      dist = row[ai];
      const insdel = Math.min(result, dist) + MOVE;
      result = Math.min(insdel, sub);
      row[ai] = result;
      if (result < min) min = result;
    }
    if (min > maxCost) return maxCost + 1;
  }
  return result;
}
function bestMatch(wrong: string, candidates: string[]): string | null {
  if (candidates.length > 750 || wrong.length > MAXLEN) return null;
  let best = wrong.length, sugg: string | null = null;
  for (const c of candidates) {
    if (c === wrong) continue;
    let maxd = Math.floor(((c.length + wrong.length + 3) * MOVE) / 6);
    maxd = Math.min(maxd, best - 1);
    const d = editDistance(wrong, c, maxd);
    if (d > maxd) continue;
    if (!sugg || d < best) { sugg = c; best = d; }
  }
  return sugg;
}

function* suggestion(e: PyBaseException): Gen<string | null> {
  const t = typeOf(e);
  const name = e.$d?.name;
  if (typeof name !== "string") return null;
  if (isSubtype(t, E.AttributeError)) {
    const obj = e.$d?.obj;
    if (obj === undefined || obj === None && !("obj" in (e.$d ?? {}))) return null;
    try {
      const d = typeOf(obj).lookup("__dir__");
      const names = yield* toArray(yield* callDunder(d, obj, typeOf(obj), []));
      return bestMatch(name, names.filter((x: any) => typeof x === "string"));
    } catch { return null; }
  }
  if (isSubtype(t, E.NameError)) {
    if (!e.tb.length) return null;
    const last = e.tb[0];
    const cands: string[] = [...(last.code.argnames ?? []), ...((last.code as any).varnames ?? [])];
    const G = (last.code as any).globals;
    if (G) cands.push(...Object.keys(G));
    cands.push(...Object.keys(builtinsNs));
    return bestMatch(name, cands);
  }
  return null;
}

export { PyObj, repr };
