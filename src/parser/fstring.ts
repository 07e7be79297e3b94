// String literal concatenation and 3.11-style f-string parsing (CPython's
// string_parser.c): builds Constant / JoinedStr / FormattedValue nodes and compiles each
// replacement field's expression with a sub-parser, keeping CPython's positions and errors.

import type { Token } from "./tokenizer.ts";
import { Parser, type Node } from "./parser_core.ts";
import { splitStringToken, decodeUnicodeEscapes, decodeBytes, EscapeError } from "./strings.ts";
import { utf8Length } from "./errors.ts";
import { parseFstringExpression } from "./parser.ts";

class FstringState {
  lastStr: string | null = null;
  exprList: Node[] = [];
  fmode = false;
}

function concat(state: FstringState, s: string): void {
  if (s.length === 0) return;
  state.lastStr = state.lastStr === null ? s : state.lastStr + s;
}

function makeStr(s: string, first: Token, last: Token): Node {
  const kind = first.string.charCodeAt(0) === 117 ? "u" : null;
  return {
    _type: "Constant", value: s, kind,
    lineno: first.lineno, col_offset: first.col_offset, end_lineno: last.end_lineno, end_col_offset: last.end_col_offset,
  };
}

function finish(state: FstringState, first: Token, last: Token): Node {
  if (!state.fmode) return makeStr(state.lastStr ?? "", first, last);
  if (state.lastStr !== null) {
    state.exprList.push(makeStr(state.lastStr, first, last));
    state.lastStr = null;
  }
  return {
    _type: "JoinedStr", values: state.exprList,
    lineno: first.lineno, col_offset: first.col_offset, end_lineno: last.end_lineno, end_col_offset: last.end_col_offset,
  };
}

/** _PyPegen_concatenate_strings: the `strings` rule action. */
export function concatenateStrings(p: Parser, toks: Token[]): Node {
  try {
    return concatenate(p, toks);
  } catch (e) {
    if (e instanceof EscapeError) throw p.error(e.msg);
    throw e;
  }
}

function concatenate(p: Parser, toks: Token[]): Node {
  const first = toks[0];
  const last = toks[toks.length - 1];
  let bytesmode = false;
  const byteParts: Uint8Array[] = [];
  const state = new FstringState();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const s = t.string;
    const parts = splitStringToken(s);
    const body = s.slice(parts.bodyStart, parts.bodyEnd);
    let value: string | Uint8Array | null = null;
    if (!parts.fmode) {
      const raw = parts.rawmode || body.indexOf("\\") < 0;
      if (parts.bytesmode) {
        for (let k = 0; k < body.length; k++) {
          if (body.charCodeAt(k) >= 128) throw p.errorAt(t, "bytes can only contain ASCII literal characters");
        }
        value = decodeBytes(body, raw);
      } else {
        value = raw ? body : decodeUnicodeEscapes(body);
      }
    }
    if (i !== 0 && bytesmode !== parts.bytesmode) throw p.error("cannot mix bytes and nonbytes literals");
    bytesmode = parts.bytesmode;
    if (parts.fmode) {
      const fs = new FstringCursor(s, parts.bodyStart, parts.bodyEnd);
      concatFstring(p, state, fs, parts.bodyEnd, parts.rawmode, 0, first, t, last);
    } else if (bytesmode) {
      byteParts.push(value as Uint8Array);
    } else {
      concat(state, value as string);
    }
  }
  if (bytesmode) {
    let n = 0;
    for (const b of byteParts) n += b.length;
    const all = new Uint8Array(n);
    let o = 0;
    for (const b of byteParts) {
      all.set(b, o);
      o += b.length;
    }
    return {
      _type: "Constant", value: { _bytes: all }, kind: null,
      lineno: first.lineno, col_offset: first.col_offset, end_lineno: last.end_lineno, end_col_offset: last.end_col_offset,
    };
  }
  return finish(state, first, last);
}

/** Read position inside a token's text. */
class FstringCursor {
  constructor(public s: string, public pos: number, public end: number) {}
}

/** fstring_find_literal: returns [literal, result] where result 1 means "doubled brace". */
function findLiteral(p: Parser, c: FstringCursor, end: number, raw: boolean, recurseLvl: number): [string | null, number] {
  const str = c.s;
  let s = c.pos;
  const literalStart = s;
  let result = 0;
  let stop = -1;
  while (s < end) {
    let ch = str.charCodeAt(s++);
    if (!raw && ch === 92 && s < end) {
      ch = str.charCodeAt(s++);
      if (ch === 78) {
        if (s < end && str.charCodeAt(s++) === 123) {
          while (s < end && str.charCodeAt(s++) !== 125) { /* skip the name */ }
          continue;
        }
        continue;
      }
    }
    if (ch === 123 || ch === 125) {
      if (recurseLvl === 0) {
        if (s < end && str.charCodeAt(s) === ch) {
          c.pos = s + 1;
          result = 1;
          stop = s;
          break;
        }
        if (ch === 125) {
          c.pos = s - 1;
          throw p.error("f-string: single '}' is not allowed");
        }
      }
      s--;
      break;
    }
  }
  if (stop < 0) {
    c.pos = s;
    stop = s;
  }
  let literal: string | null = null;
  if (literalStart !== stop) {
    const chunk = str.slice(literalStart, stop);
    literal = raw ? chunk : decodeUnicodeEscapes(chunk);
  }
  return [literal, result];
}

const MAXLEVEL = 200;

/** fstring_find_expr: parse one replacement field starting at '{'. */
function findExpr(
  p: Parser, c: FstringCursor, end: number, raw: boolean, recurseLvl: number,
  first: Token, t: Token, last: Token,
): [string | null, Node] {
  const str = c.s;
  let quoteChar = 0;
  let stringType = 0;
  let nestedDepth = 0;
  const parenstack: number[] = [];
  if (recurseLvl >= 2) throw p.error("f-string: expressions nested too deeply");
  c.pos++;
  const exprStart = c.pos;
  for (; c.pos < end; c.pos++) {
    const ch = str.charCodeAt(c.pos);
    if (ch === 92) throw p.error("f-string expression part cannot include a backslash");
    if (quoteChar) {
      if (ch === quoteChar) {
        if (stringType === 3) {
          if (c.pos + 2 < end && str.charCodeAt(c.pos + 1) === ch && str.charCodeAt(c.pos + 2) === ch) {
            c.pos += 2;
            stringType = 0;
            quoteChar = 0;
            continue;
          }
        } else {
          quoteChar = 0;
          stringType = 0;
          continue;
        }
      }
      continue;
    }
    if (ch === 39 || ch === 34) {
      if (c.pos + 2 < end && str.charCodeAt(c.pos + 1) === ch && str.charCodeAt(c.pos + 2) === ch) {
        stringType = 3;
        c.pos += 2;
      } else {
        stringType = 1;
      }
      quoteChar = ch;
    } else if (ch === 91 || ch === 123 || ch === 40) {
      if (nestedDepth >= MAXLEVEL) throw p.error("f-string: too many nested parenthesis");
      parenstack[nestedDepth++] = ch;
    } else if (ch === 35) {
      throw p.error("f-string expression part cannot include '#'");
    } else if (nestedDepth === 0 && (ch === 33 || ch === 58 || ch === 125 || ch === 61 || ch === 62 || ch === 60)) {
      if (c.pos + 1 < end) {
        const next = str.charCodeAt(c.pos + 1);
        if ((ch === 33 && next === 61) || (ch === 61 && next === 61) || (ch === 60 && next === 61) || (ch === 62 && next === 61)) {
          c.pos++;
          continue;
        }
      }
      if (ch === 62 || ch === 60) continue;
      break;
    } else if (ch === 93 || ch === 125 || ch === 41) {
      if (!nestedDepth) throw p.error(`f-string: unmatched '${String.fromCharCode(ch)}'`);
      nestedDepth--;
      const opening = parenstack[nestedDepth];
      if (!((opening === 40 && ch === 41) || (opening === 91 && ch === 93) || (opening === 123 && ch === 125))) {
        throw p.error(`f-string: closing parenthesis '${String.fromCharCode(ch)}' does not match opening parenthesis '${String.fromCharCode(opening)}'`);
      }
    }
  }
  const exprEnd = c.pos;
  if (quoteChar) throw p.error("f-string: unterminated string");
  if (nestedDepth) throw p.error(`f-string: unmatched '${String.fromCharCode(parenstack[nestedDepth - 1])}'`);
  if (c.pos >= end) throw p.error("f-string: expecting '}'");

  const simple = compileExpr(p, str, exprStart, exprEnd, t);

  let exprText: string | null = null;
  if (str.charCodeAt(c.pos) === 61) {
    c.pos++;
    while (c.pos < end && isSpace(str.charCodeAt(c.pos))) c.pos++;
    if (c.pos >= end) throw p.error("f-string: expecting '}'");
    exprText = str.slice(exprStart, c.pos);
  }
  let conversion = -1;
  if (str.charCodeAt(c.pos) === 33) {
    c.pos++;
    if (c.pos >= end) throw p.error("f-string: expecting '}'");
    conversion = str.charCodeAt(c.pos);
    c.pos++;
    if (!(conversion === 115 || conversion === 114 || conversion === 97)) {
      throw p.error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
  }
  let formatSpec: Node = null;
  if (c.pos < end && str.charCodeAt(c.pos) === 58) {
    c.pos++;
    if (c.pos >= end) throw p.error("f-string: expecting '}'");
    const st = new FstringState();
    concatFstring(p, st, c, end, raw, recurseLvl + 1, first, t, last);
    formatSpec = finish(st, t, t);
  }
  if (c.pos >= end || str.charCodeAt(c.pos) !== 125) throw p.error("f-string: expecting '}'");
  c.pos++;
  if (exprText !== null && formatSpec === null && conversion === -1) conversion = 114;
  const fv = {
    _type: "FormattedValue", value: simple, conversion, format_spec: formatSpec,
    lineno: first.lineno, col_offset: first.col_offset, end_lineno: last.end_lineno, end_col_offset: last.end_col_offset,
  };
  return [exprText, fv];
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12;
}

/** fstring_compile_expr: parse "(" + expression + ")" with positions shifted into place. */
function compileExpr(p: Parser, str: string, exprStart: number, exprEnd: number, t: Token): Node {
  let s = exprStart;
  for (; s < exprEnd; s++) {
    const c = str.charCodeAt(s);
    if (!(c === 32 || c === 9 || c === 10 || c === 12)) break;
  }
  if (s === exprEnd) {
    const e = str.charCodeAt(exprEnd);
    if (e === 33 || e === 58 || e === 61) {
      throw p.error(`f-string: expression required before '${String.fromCharCode(e)}'`);
    }
    throw p.error("f-string: empty expression not allowed");
  }
  // fstring_find_expr_location: line/column shift of the expression in the token.
  const brace = exprStart - 1;
  let lines = 0;
  let cols = 0;
  let newlineAfterBrace = true;
  for (let k = brace + 1; k < str.length; k++) {
    const ch = str.charCodeAt(k);
    if (ch === 125 || ch === 10) break;
    if (ch !== 32 && ch !== 9 && ch !== 12) {
      newlineAfterBrace = false;
      break;
    }
  }
  if (!newlineAfterBrace) {
    let k = brace;
    while (k > 0 && str.charCodeAt(k) !== 10) k--;
    cols = utf8Length(str, k, brace);
    if (str.charCodeAt(k) === 10) cols -= 1;
  }
  for (let k = 0; k < brace; k++) if (str.charCodeAt(k) === 10) lines++;
  const src = "(" + str.slice(exprStart, exprEnd) + ")";
  return parseFstringExpression(p, src, t.lineno + lines, lines ? cols : t.col_offset + cols);
}

/** _PyPegen_FstringParser_ConcatFstring. */
function concatFstring(
  p: Parser, state: FstringState, c: FstringCursor, end: number, raw: boolean, recurseLvl: number,
  first: Token, t: Token, last: Token,
): void {
  state.fmode = true;
  for (;;) {
    const [literal, result] = findLiteral(p, c, end, raw, recurseLvl);
    let exprText: string | null = null;
    let expression: Node = null;
    if (result === 0 && !(c.pos >= end || c.s.charCodeAt(c.pos) === 125)) {
      [exprText, expression] = findExpr(p, c, end, raw, recurseLvl, first, t, last);
    }
    if (literal !== null) concat(state, literal);
    if (exprText !== null) concat(state, exprText);
    if (result === 1) continue;
    if (!expression) break;
    if (state.lastStr !== null) {
      state.exprList.push(makeStr(state.lastStr, first, last));
      state.lastStr = null;
    }
    state.exprList.push(expression);
  }
  if (recurseLvl === 0 && c.pos < end - 1) throw p.error("f-string: unexpected end of string");
  if (recurseLvl !== 0 && (c.pos >= end || c.s.charCodeAt(c.pos) !== 125)) throw p.error("f-string: expecting '}'");
}
