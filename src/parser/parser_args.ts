// Call arguments (arguments / args / kwargs, keyword and starred arguments) of the 3.11
// grammar, with invalid_arguments and invalid_kwarg for CPython's error messages.

import { Parser, R, FAIL, NAME, type Node } from "./parser_core.ts";
import { LOAD } from "./ast.ts";
import { gather, expression, assignmentExpression, forIfClauses } from "./parser_expr.ts";

// ---------------------------------------------------------------------------
// Call arguments
// ---------------------------------------------------------------------------

export interface ArgsResult {
  args: Node[];
  keywords: Node[];
  /** Position of the whole args rule (used by error messages). */
  node: Node;
}

/** arguments (memo): args [','] &')' | invalid_arguments */
export function arguments_(p: Parser): ArgsResult | null {
  if (p.memoGet(R.arguments)) return p.memoResult;
  const mark = p.mark;
  let res: ArgsResult | null = null;
  const a = args(p);
  if (a !== null) {
    p.expectOp(",");
    if (p.isOp(")")) res = a;
  }
  if (res === null) {
    p.mark = mark;
    if (p.callInvalidRules) invalidArguments(p);
    p.mark = mark;
  }
  p.memoSet(R.arguments, mark, res);
  return res;
}

/** Positional argument alternative: starred_expression | (assignment_expression | expression !':=') !'=' */
function positionalArg(p: Parser): Node {
  const mark = p.mark;
  const s = starredExpression(p);
  if (s !== FAIL) return s;
  let a = assignmentExpression(p);
  if (a === FAIL) {
    a = expression(p);
    if (a !== FAIL && p.isOp(":=")) a = FAIL;
  }
  if (a !== FAIL && !p.isOp("=")) return a;
  p.mark = mark;
  return FAIL;
}

export function args(p: Parser): ArgsResult | null {
  const mark = p.mark;
  const start = p.peek();
  const a = gather(p, positionalArg);
  if (a !== null) {
    let kw: any[] | null = null;
    const m = p.mark;
    if (p.expectOp(",")) {
      kw = kwargs(p);
      if (kw === null) p.mark = m;
    }
    const starreds = kw ? kw.filter((x) => x._type !== "keyword") : [];
    const keywords = kw ? kw.filter((x) => x._type === "keyword") : [];
    const node = p.loc({ _type: "Call", func: null, args: [...a, ...starreds], keywords }, start);
    return { args: node.args, keywords, node };
  }
  p.mark = mark;
  const kw = kwargs(p);
  if (kw !== null) {
    const starreds = kw.filter((x) => x._type !== "keyword");
    const keywords = kw.filter((x) => x._type === "keyword");
    const node = p.loc({ _type: "Call", func: null, args: starreds, keywords }, start);
    return { args: starreds, keywords, node };
  }
  p.mark = mark;
  return null;
}

function kwargs(p: Parser): any[] | null {
  const mark = p.mark;
  const a = gather(p, kwargOrStarred);
  if (a !== null) {
    const m = p.mark;
    if (p.expectOp(",")) {
      const b = gather(p, kwargOrDoubleStarred);
      if (b !== null) return [...a, ...b];
    }
    p.mark = m;
    return a;
  }
  p.mark = mark;
  const b = gather(p, kwargOrDoubleStarred);
  if (b !== null) return b;
  p.mark = mark;
  return null;
}

export function starredExpression(p: Parser): Node {
  const mark = p.mark;
  const start = p.peek();
  if (p.expectOp("*")) {
    const a = expression(p);
    if (a !== FAIL) return p.loc({ _type: "Starred", value: a, ctx: LOAD }, start);
  }
  p.mark = mark;
  return FAIL;
}

function keywordArg(p: Parser): Node {
  const mark = p.mark;
  const start = p.peek();
  const n = p.nameToken();
  if (n && p.expectOp("=")) {
    const b = expression(p);
    if (b !== FAIL) return p.loc({ _type: "keyword", arg: p.identifier(n.string), value: b }, start);
  }
  p.mark = mark;
  return FAIL;
}

function kwargOrStarred(p: Parser): Node {
  if (p.callInvalidRules) invalidKwarg(p);
  const k = keywordArg(p);
  if (k !== FAIL) return k;
  return starredExpression(p);
}

function kwargOrDoubleStarred(p: Parser): Node {
  if (p.callInvalidRules) invalidKwarg(p);
  const k = keywordArg(p);
  if (k !== FAIL) return k;
  const mark = p.mark;
  const start = p.peek();
  if (p.expectOp("**")) {
    const a = expression(p);
    if (a !== FAIL) return p.loc({ _type: "keyword", arg: null, value: a }, start);
  }
  p.mark = mark;
  return FAIL;
}

/** invalid_kwarg */
function invalidKwarg(p: Parser): void {
  const mark = p.mark;
  const t = p.peek();
  if (t.type === NAME && (t.string === "True" || t.string === "False" || t.string === "None")) {
    p.mark++;
    const b = p.expectOp("=");
    if (b) throw p.errorRange(t, b, `cannot assign to ${t.string}`);
  }
  p.mark = mark;
  const n = p.nameToken();
  if (n) {
    const b = p.expectOp("=");
    if (b && expression(p) !== FAIL && forIfClauses(p) !== null) {
      throw p.errorRange(n, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
  }
  p.mark = mark;
  // !(NAME '=') a=expression b='='
  let blocked = false;
  if (p.nameToken() && p.isOp("=")) blocked = true;
  p.mark = mark;
  if (!blocked) {
    const a = expression(p);
    if (a !== FAIL) {
      const b = p.expectOp("=");
      if (b) throw p.errorRange(a, b, 'expression cannot contain assignment, perhaps you meant "=="?');
    }
  }
  p.mark = mark;
}

/** invalid_arguments */
function invalidArguments(p: Parser): void {
  const mark = p.mark;
  // a=args ',' '*'
  let a = args(p);
  if (a !== null && p.expectOp(",")) {
    const star = p.expectOp("*");
    // (3.11.7 only reports this when a `**` argument came before.)
    if (star && a.keywords.some((k) => k.arg === null)) {
      throw p.errorAt(star, "iterable argument unpacking follows keyword argument unpacking");
    }
  }
  p.mark = mark;
  // a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
  const e = expression(p);
  if (e !== FAIL) {
    const b = forIfClauses(p);
    if (b !== null && p.expectOp(",")) {
      const m = p.mark;
      if (args(p) === null) {
        p.mark = m;
        if (!(expression(p) !== FAIL && forIfClauses(p) !== null)) p.mark = m;
      }
      throw p.errorRange(e, lastComprehensionItem(b[b.length - 1]), "Generator expression must be parenthesized");
    }
  }
  p.mark = mark;
  // a=NAME b='=' expression for_if_clauses
  const n = p.nameToken();
  if (n) {
    const b = p.expectOp("=");
    if (b && expression(p) !== FAIL && forIfClauses(p) !== null) {
      throw p.errorRange(n, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
  }
  p.mark = mark;
  // a=args b=for_if_clauses
  a = args(p);
  if (a !== null) {
    const b = forIfClauses(p);
    if (b !== null) {
      const n2 = a.args.length;
      if (n2 > 1) {
        throw p.errorRange(a.args[n2 - 1], lastComprehensionItem(b[b.length - 1]), "Generator expression must be parenthesized");
      }
    }
  }
  p.mark = mark;
  // args ',' a=expression b=for_if_clauses
  a = args(p);
  if (a !== null && p.expectOp(",")) {
    const e2 = expression(p);
    if (e2 !== FAIL) {
      const b = forIfClauses(p);
      if (b !== null) throw p.errorRange(e2, lastComprehensionItem(b[b.length - 1]), "Generator expression must be parenthesized");
    }
  }
  p.mark = mark;
  // a=args ',' args
  a = args(p);
  if (a !== null && p.expectOp(",") && args(p) !== null) {
    const unpack = a.keywords.some((k) => k.arg === null);
    throw p.error(unpack ? "positional argument follows keyword argument unpacking" : "positional argument follows keyword argument");
  }
  p.mark = mark;
}

function lastComprehensionItem(c: Node): Node {
  return c.ifs.length ? c.ifs[c.ifs.length - 1] : c.iter;
}
