// Parser state shared by the grammar files: token access and memoization, CPython-style
// error raising (RAISE_SYNTAX_ERROR & co. with identical locations/text), and AST helpers.

import { PySyntaxError, byteToCharOffset, type SyntaxErrorKind } from "./errors.ts";
import {
  Tokenizer, type Token, NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT, OP, ENDMARKER,
} from "./tokenizer.ts";
import { LOAD, STORE, DEL, type ConstantValue } from "./ast.ts";

export type Node = any;
/** Rule failure (CPython returns NULL). */
export const FAIL = null;

/** Sentinel for CPython's CURRENT_POS: "wherever the tokenizer is now". */
export const CURRENT_POS = -5;

export type ParseMode = "exec" | "eval" | "single" | "fstring";

// Memoized rule ids.
export enum R {
  expression, star_expression, disjunction, conjunction, inversion, factor, bitwise_or, primary, t_primary,
  arguments, star_target, target_with_star_atom, del_target, block, simple_stmt, strings, await_primary,
  invalid_named_expression, closed_pattern, star_pattern, import_stmt, bitwise_xor, bitwise_and, shift_expr, sum, term,
  COUNT,
}

export class Parser {
  tk: Tokenizer;
  tokens: Token[] = [];
  mark = 0;
  callInvalidRules = false;
  readonly filename: string;
  readonly mode: ParseMode;
  /** f-string sub-parsers: lineno/col of the expression's "(" in the real source. */
  startingLineno = 0;
  startingColOffset = 0;

  constructor(source: string, filename: string, mode: ParseMode, tk?: Tokenizer) {
    this.filename = filename;
    this.mode = mode;
    // Sized for a rough token estimate; grows on demand.
    this.memoEnd = new Int32Array(R.COUNT * Math.min(4096, (source.length >> 2) + 16));
    this.tk = tk ?? new Tokenizer(source, filename, {
      execInput: mode === "exec",
      fileInput: mode === "exec" && !filename.startsWith("<"),
    });
  }

  // ---- tokens --------------------------------------------------------------

  /** Fetch one more token into the buffer (CPython's _PyPegen_fill_token). */
  fillToken(): Token {
    let t = this.tk.next();
    if (this.mode === "single" && t.type === ENDMARKER && this.parsingStarted) {
      // Interactive input: the end of input acts as a NEWLINE that closes open blocks.
      t = { ...t, type: NEWLINE };
      this.parsingStarted = false;
      this.tk.impliedDedents();
    } else {
      this.parsingStarted = true;
    }
    this.growMemo(this.tokens.length);
    this.tokens.push(t);
    return t;
  }
  private parsingStarted = false;

  peek(): Token {
    return this.mark < this.tokens.length ? this.tokens[this.mark] : this.fillToken();
  }

  /** Peek n tokens ahead (n=0 is the current token). */
  peekAt(n: number): Token {
    while (this.mark + n >= this.tokens.length) this.fillToken();
    return this.tokens[this.mark + n];
  }

  isOp(s: string): boolean {
    const t = this.peek();
    return t.type === OP && t.string === s;
  }

  isKw(s: string): boolean {
    const t = this.peek();
    return t.type === NAME && t.string === s;
  }

  expectOp(s: string): Token | null {
    const t = this.peek();
    if (t.type === OP && t.string === s) {
      this.mark++;
      return t;
    }
    return null;
  }

  /** Hard keyword (also usable for soft keywords: both are NAME tokens). */
  expectKw(s: string): Token | null {
    const t = this.peek();
    if (t.type === NAME && t.string === s) {
      this.mark++;
      return t;
    }
    return null;
  }

  expectType(type: number): Token | null {
    const t = this.peek();
    if (t.type === type) {
      this.mark++;
      return t;
    }
    return null;
  }

  /** &&'x': raise "expected 'x'" right away if the token is missing. */
  expectForced(s: string): Token {
    const t = this.peek();
    if (t.type === OP && t.string === s) {
      this.mark++;
      return t;
    }
    if (t.type === NAME && t.string === s) {
      this.mark++;
      return t;
    }
    throw this.errorKnownLocation("SyntaxError", `expected '${s}'`, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
  }

  /** NAME token that is not a hard keyword. */
  nameToken(): Token | null {
    const t = this.peek();
    if (t.type === NAME && !t.isKeyword) {
      this.mark++;
      return t;
    }
    return null;
  }

  /** NAME rule: a Name(Load) node. */
  name(): Node {
    const t = this.nameToken();
    if (!t) return FAIL;
    return this.nameFromToken(t);
  }

  nameFromToken(t: Token): Node {
    return {
      _type: "Name", id: t.ascii ? t.string : t.string.normalize("NFKC"), ctx: LOAD,
      lineno: t.lineno, col_offset: t.col_offset, end_lineno: t.end_lineno, end_col_offset: t.end_col_offset,
    };
  }

  /** Identifiers are NFKC-normalized when not pure ASCII. */
  identifier(s: string): string {
    for (let i = 0; i < s.length; i++) {
      if (s.charCodeAt(i) >= 128) return s.normalize("NFKC");
    }
    return s;
  }

  // ---- memo ----------------------------------------------------------------
  // memoEnd[token index * R.COUNT + rule] holds end mark + 1 (0 = not memoized); the
  // results live in a small per-token array allocated on first use.

  private memoEnd: Int32Array;
  private memoRes: (any[] | undefined)[] = [];

  /** Make room for the memo entries of token `index` (called as tokens are fetched). */
  private growMemo(index: number): void {
    if ((index + 1) * R.COUNT > this.memoEnd.length) {
      const e = new Int32Array(this.memoEnd.length * 2);
      e.set(this.memoEnd);
      this.memoEnd = e;
    }
    this.memoRes.push(undefined);
  }

  memoGet(rule: R): boolean {
    const m = this.mark;
    if (m >= this.tokens.length) this.fillToken();
    const e = this.memoEnd[m * R.COUNT + rule];
    if (e === 0) return false;
    this.memoResult = this.memoRes[m]![rule];
    this.mark = e - 1;
    return true;
  }
  memoResult: any = null;

  memoSet(rule: R, startMark: number, result: any): void {
    this.memoEnd[startMark * R.COUNT + rule] = this.mark + 1;
    const r = this.memoRes[startMark];
    if (r === undefined) (this.memoRes[startMark] = new Array(R.COUNT))[rule] = result;
    else r[rule] = result;
  }

  /** Forget all memoized results (before the second pass). */
  clearMemo(): void {
    this.memoEnd.fill(0);
    this.memoRes.fill(undefined);
  }

  // ---- positions -----------------------------------------------------------

  /** Last consumed token that is not NEWLINE/INDENT/DEDENT/ENDMARKER. */
  lastNonWhitespaceToken(): Token {
    let tok = this.tokens[0];
    for (let m = this.mark - 1; m >= 0; m--) {
      tok = this.tokens[m];
      const ty = tok.type;
      if (ty !== ENDMARKER && (ty < NEWLINE || ty > DEDENT)) break;
    }
    return tok;
  }

  /** Attach EXTRA (start token -> last consumed token) to a node. */
  loc(node: any, start: Token): any {
    const end = this.lastNonWhitespaceToken();
    node.lineno = start.lineno;
    node.col_offset = start.col_offset;
    node.end_lineno = end.end_lineno;
    node.end_col_offset = end.end_col_offset;
    return node;
  }

  // ---- errors --------------------------------------------------------------

  /**
   * CPython's _PyPegen_raise_error_known_location: `col`/`endCol` are already 1-based
   * byte offsets (or CURRENT_POS / -1 / 0 as CPython passes them).
   */
  errorKnownLocation1(type: SyntaxErrorKind, msg: string, lineno: number, col: number, endLineno: number, endCol: number): PySyntaxError {
    if (this.mode === "fstring") msg = "f-string: " + msg;
    if (endLineno === CURRENT_POS) endLineno = this.tk.lineno;
    if (endCol === CURRENT_POS) endCol = this.tk.curByteCol();
    const line = this.tk.errorLine(lineno);
    if (this.mode === "fstring") {
      col -= this.startingColOffset;
      endCol -= this.startingColOffset;
    }
    const colN = byteToCharOffset(line, col);
    const endColN = endCol > 0 ? byteToCharOffset(line, endCol) : endCol;
    const e = new PySyntaxError(type, msg, this.filename, lineno, colN, endLineno, endColN, line);
    e.origin = "parser";
    return e;
  }

  /** RAISE_ERROR_KNOWN_LOCATION: 0-based byte columns get +1. */
  errorKnownLocation(type: SyntaxErrorKind, msg: string, lineno: number, col: number, endLineno: number, endCol: number): PySyntaxError {
    return this.errorKnownLocation1(type, msg, lineno, col === CURRENT_POS ? CURRENT_POS : col + 1, endLineno,
      endCol === CURRENT_POS ? CURRENT_POS : endCol + 1);
  }

  /** RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR / ..._ON_NEXT_TOKEN (_PyPegen_raise_error). */
  error(msg: string, type: SyntaxErrorKind = "SyntaxError", useMark = false): PySyntaxError {
    if (this.tokens.length === 0) this.fillToken();
    if (useMark && this.mark === this.tokens.length) this.fillToken();
    const t = this.tokens[useMark ? this.mark : this.tokens.length - 1];
    let col: number;
    if (t.col_offset === -1) {
      col = this.tk.curByteCol();
    } else {
      col = t.col_offset + 1;
    }
    const endCol = t.end_col_offset !== -1 ? t.end_col_offset + 1 : -1;
    return this.errorKnownLocation1(type, msg, t.lineno, col, t.end_lineno, endCol);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, msg). */
  errorAt(a: Node | Token, msg: string): PySyntaxError {
    return this.errorKnownLocation("SyntaxError", msg, a.lineno, a.col_offset, a.end_lineno, a.end_col_offset);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg). */
  errorRange(a: Node | Token, b: Node | Token, msg: string): PySyntaxError {
    return this.errorKnownLocation("SyntaxError", msg, a.lineno, a.col_offset, b.end_lineno, b.end_col_offset);
  }

  /** RAISE_SYNTAX_ERROR_STARTING_FROM(a, msg). */
  errorFrom(a: Node | Token, msg: string): PySyntaxError {
    return this.errorKnownLocation("SyntaxError", msg, a.lineno, a.col_offset, CURRENT_POS, CURRENT_POS);
  }

  /** RAISE_SYNTAX_ERROR_INVALID_TARGET: raises if `e` contains an invalid target. */
  invalidTarget(kind: "star" | "del" | "for", e: Node): void {
    const bad = getInvalidTarget(e, kind);
    if (bad !== null) {
      const what = exprName(bad);
      throw this.errorAt(bad, kind === "del" ? `cannot delete ${what}` : `cannot assign to ${what}`);
    }
  }
}

// ---- AST helpers -------------------------------------------------------------

/** _PyPegen_set_expr_context: copy of e with ctx applied (recursively for sequences). */
export function setContext(e: Node, ctx: typeof LOAD | typeof STORE | typeof DEL): Node {
  switch (e._type) {
    case "Name":
      return { _type: "Name", id: e.id, ctx, lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
    case "Attribute":
      return { _type: "Attribute", value: e.value, attr: e.attr, ctx, lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
    case "Subscript":
      return { _type: "Subscript", value: e.value, slice: e.slice, ctx, lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
    case "Starred":
      return { _type: "Starred", value: setContext(e.value, ctx), ctx, lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
    case "List":
    case "Tuple":
      return { _type: e._type, elts: e.elts.map((x: Node) => setContext(x, ctx)), ctx, lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
    default:
      return e;
  }
}

/** _PyPegen_get_expr_name. */
export function exprName(e: Node): string {
  switch (e._type) {
    case "Attribute": return "attribute";
    case "Subscript": return "subscript";
    case "Starred": return "starred";
    case "Name": return "name";
    case "List": return "list";
    case "Tuple": return "tuple";
    case "Lambda": return "lambda";
    case "Call": return "function call";
    case "BoolOp": case "BinOp": case "UnaryOp": return "expression";
    case "GeneratorExp": return "generator expression";
    case "Yield": case "YieldFrom": return "yield expression";
    case "Await": return "await expression";
    case "ListComp": return "list comprehension";
    case "SetComp": return "set comprehension";
    case "DictComp": return "dict comprehension";
    case "Dict": return "dict literal";
    case "Set": return "set display";
    case "JoinedStr": case "FormattedValue": return "f-string expression";
    case "Constant": {
      const v = e.value;
      if (v === null) return "None";
      if (v === false) return "False";
      if (v === true) return "True";
      if (typeof v === "object" && v !== null && "_ellipsis" in v) return "ellipsis";
      return "literal";
    }
    case "Compare": return "comparison";
    case "IfExp": return "conditional expression";
    case "NamedExpr": return "named expression";
    default: return "expression";
  }
}

/** _PyPegen_get_invalid_target. */
export function getInvalidTarget(e: Node, kind: "star" | "del" | "for"): Node | null {
  if (!e) return null;
  switch (e._type) {
    case "List":
    case "Tuple":
      for (const x of e.elts) {
        const c = getInvalidTarget(x, kind);
        if (c) return c;
      }
      return null;
    case "Starred":
      if (kind === "del") return e;
      return getInvalidTarget(e.value, kind);
    case "Compare":
      if (kind === "for") {
        if (e.ops[0]._type === "In") return getInvalidTarget(e.left, kind);
        return null;
      }
      return e;
    case "Name":
    case "Subscript":
    case "Attribute":
      return null;
    default:
      return e;
  }
}

/** Parse a NUMBER token's text into a constant value (_PyPegen_number_token). */
export function parseNumber(s: string): ConstantValue {
  if (s.indexOf("_") >= 0) s = s.replace(/_/g, "");
  const last = s.charCodeAt(s.length - 1);
  if (last === 106 || last === 74) return { _complex: Number(s.slice(0, -1)) };
  const c1 = s.length > 1 ? s.charCodeAt(1) | 32 : 0;
  if (s.charCodeAt(0) === 48 && (c1 === 120 || c1 === 111 || c1 === 98)) {
    const big = BigInt(s);
    return big <= 9007199254740991n ? Number(big) : big;
  }
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 || c === 101 || c === 69) return { _float: Number(s) };
  }
  if (s.length <= 15) return parseInt(s, 10);
  const big = BigInt(s);
  return big <= 9007199254740991n ? Number(big) : big;
}

export { NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT, OP, ENDMARKER };
