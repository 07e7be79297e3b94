// Expression rules of the Python 3.11 PEG grammar (Grammar/python.gram), hand-written as
// recursive descent with the same alternative order, memoization and lookaheads, so that
// the tokens consumed (and therefore error locations) match CPython's generated parser.

import {
  Parser, R, FAIL, setContext, exprName, type Node,
  NAME, NUMBER, STRING, OP, NEWLINE, parseNumber,
} from "./parser_core.ts";
import type { Token } from "./tokenizer.ts";
import { LOAD, STORE, OPS, ELLIPSIS } from "./ast.ts";
import { concatenateStrings } from "./fstring.ts";
import { params } from "./parser_params.ts";
import { arguments_, starredExpression } from "./parser_args.ts";
import { starTargets } from "./parser_targets.ts";

// ---------------------------------------------------------------------------
// Generic helpers
// ---------------------------------------------------------------------------

/** sep.elem+ : one or more elems separated by `sep` (the separator is not consumed at the end). */
export function gather(p: Parser, elem: (p: Parser) => Node, sep = ","): Node[] | null {
  const first = elem(p);
  if (first === FAIL) return null;
  const out = [first];
  for (;;) {
    const m = p.mark;
    if (!p.expectOp(sep)) break;
    const e = elem(p);
    if (e === FAIL) {
      p.mark = m;
      break;
    }
    out.push(e);
  }
  return out;
}

/** Run `fn` with invalid rules disabled (CPython's *_without_invalid rules). */
export function withoutInvalid<T>(p: Parser, fn: () => T): T {
  const saved = p.callInvalidRules;
  p.callInvalidRules = false;
  try {
    return fn();
  } finally {
    p.callInvalidRules = saved;
  }
}

export function tuple(p: Parser, elts: Node[], ctx: any, start: Token): Node {
  return p.loc({ _type: "Tuple", elts, ctx }, start);
}

// ---------------------------------------------------------------------------
// expressions / expression
// ---------------------------------------------------------------------------

export function expressions(p: Parser): Node {
  const start = p.peek();
  const a = expression(p);
  if (a === FAIL) return FAIL;
  if (!p.isOp(",")) return a;
  const elts = [a];
  for (;;) {
    const m = p.mark;
    if (!p.expectOp(",")) break;
    const c = expression(p);
    if (c === FAIL) {
      p.mark = m;
      break;
    }
    elts.push(c);
  }
  p.expectOp(",");
  return tuple(p, elts, LOAD, start);
}

export function expression(p: Parser): Node {
  if (p.memoGet(R.expression)) return p.memoResult;
  const mark = p.mark;
  const start = p.peek();
  let res: Node = FAIL;
  if (p.callInvalidRules) {
    invalidExpression(p);
    invalidLegacyExpression(p);
  }
  const a = disjunction(p);
  if (a !== FAIL) {
    const m2 = p.mark;
    if (p.expectKw("if")) {
      const b = disjunction(p);
      if (b !== FAIL && p.expectKw("else")) {
        const c = expression(p);
        if (c !== FAIL) res = p.loc({ _type: "IfExp", test: b, body: a, orelse: c }, start);
      }
    }
    if (res === FAIL) {
      p.mark = m2;
      res = a;
    }
  } else {
    p.mark = mark;
    res = lambdef(p);
  }
  if (res === FAIL) p.mark = mark;
  p.memoSet(R.expression, mark, res);
  return res;
}

/** expression_without_invalid */
function expressionWithoutInvalid(p: Parser): Node {
  return withoutInvalid(p, () => {
    const mark = p.mark;
    const start = p.peek();
    const a = disjunction(p);
    if (a !== FAIL) {
      const m2 = p.mark;
      if (p.expectKw("if")) {
        const b = disjunction(p);
        if (b !== FAIL && p.expectKw("else")) {
          const c = expression(p);
          if (c !== FAIL) return p.loc({ _type: "IfExp", test: b, body: a, orelse: c }, start);
        }
      }
      p.mark = m2;
      return a;
    }
    p.mark = mark;
    const l = lambdef(p);
    if (l === FAIL) p.mark = mark;
    return l;
  });
}

function isLegacyStmt(n: Node): boolean {
  return n._type === "Name" && (n.id === "print" || n.id === "exec");
}

/** invalid_expression */
function invalidExpression(p: Parser): void {
  const mark = p.mark;
  // !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
  const t0 = p.peek();
  let blocked = false;
  if (t0.type === NAME && !t0.isKeyword) {
    // CPython matches SOFT_KEYWORD with strncmp over the token's length, so any prefix
    // of "_", "case" or "match" (e.g. `c`, `ma`) counts as a soft keyword here.
    if ("_".startsWith(t0.string) || "case".startsWith(t0.string) || "match".startsWith(t0.string)) blocked = true;
    else if (p.peekAt(1).type === STRING) blocked = true;
  }
  if (!blocked) {
    const a = disjunction(p);
    if (a !== FAIL) {
      const b = expressionWithoutInvalid(p);
      if (b !== FAIL) {
        if (!isLegacyStmt(a) && p.tokens[p.mark - 1].level !== 0) {
          throw p.errorRange(a, b, "invalid syntax. Perhaps you forgot a comma?");
        }
      }
    }
  }
  p.mark = mark;
  // a=disjunction 'if' b=disjunction !('else'|':')
  const a = disjunction(p);
  if (a !== FAIL && p.expectKw("if")) {
    const b = disjunction(p);
    if (b !== FAIL && !p.isKw("else") && !p.isOp(":")) {
      throw p.errorRange(a, b, "expected 'else' after 'if' expression");
    }
  }
  p.mark = mark;
}

/** invalid_legacy_expression: print "x" */
function invalidLegacyExpression(p: Parser): void {
  const mark = p.mark;
  const t = p.nameToken();
  if (t && !p.isOp("(")) {
    const b = starExpressions(p);
    if (b !== FAIL && (t.string === "print" || t.string === "exec")) {
      throw p.errorRange(t, b, `Missing parentheses in call to '${t.string}'. Did you mean ${t.string}(...)?`);
    }
  }
  p.mark = mark;
}

export function yieldExpr(p: Parser): Node {
  const mark = p.mark;
  const start = p.peek();
  if (!p.expectKw("yield")) return FAIL;
  if (p.expectKw("from")) {
    const a = expression(p);
    if (a !== FAIL) return p.loc({ _type: "YieldFrom", value: a }, start);
  }
  p.mark = mark + 1;
  const v = starExpressions(p);
  return p.loc({ _type: "Yield", value: v }, start);
}

export function starExpressions(p: Parser): Node {
  const start = p.peek();
  const a = starExpression(p);
  if (a === FAIL) return FAIL;
  if (!p.isOp(",")) return a;
  const elts = [a];
  for (;;) {
    const m = p.mark;
    if (!p.expectOp(",")) break;
    const c = starExpression(p);
    if (c === FAIL) {
      p.mark = m;
      break;
    }
    elts.push(c);
  }
  p.expectOp(",");
  return tuple(p, elts, LOAD, start);
}

export function starExpression(p: Parser): Node {
  if (p.memoGet(R.star_expression)) return p.memoResult;
  const mark = p.mark;
  const start = p.peek();
  let res: Node = FAIL;
  if (p.expectOp("*")) {
    const a = bitwiseOr(p);
    if (a !== FAIL) res = p.loc({ _type: "Starred", value: a, ctx: LOAD }, start);
    else p.mark = mark;
  }
  if (res === FAIL) res = expression(p);
  if (res === FAIL) p.mark = mark;
  p.memoSet(R.star_expression, mark, res);
  return res;
}

export function starNamedExpressions(p: Parser): Node[] | null {
  const a = gather(p, starNamedExpression);
  if (a === null) return null;
  p.expectOp(",");
  return a;
}

export function starNamedExpression(p: Parser): Node {
  const mark = p.mark;
  const start = p.peek();
  if (p.expectOp("*")) {
    const a = bitwiseOr(p);
    if (a !== FAIL) return p.loc({ _type: "Starred", value: a, ctx: LOAD }, start);
    p.mark = mark;
  }
  return namedExpression(p);
}

export function assignmentExpression(p: Parser): Node {
  const mark = p.mark;
  const start = p.peek();
  const a = p.nameToken();
  if (a && p.expectOp(":=")) {
    // cut: no other alternative of this rule is tried
    const b = expression(p);
    if (b !== FAIL) {
      return p.loc({ _type: "NamedExpr", target: setContext(p.nameFromToken(a), STORE), value: b }, start);
    }
  }
  p.mark = mark;
  return FAIL;
}

export function namedExpression(p: Parser): Node {
  const mark = p.mark;
  const a = assignmentExpression(p);
  if (a !== FAIL) return a;
  if (p.callInvalidRules) invalidNamedExpression(p);
  const e = expression(p);
  if (e !== FAIL && !p.isOp(":=")) return e;
  p.mark = mark;
  return FAIL;
}

/** invalid_named_expression (memo) */
function invalidNamedExpression(p: Parser): void {
  if (p.memoGet(R.invalid_named_expression)) return;
  const mark = p.mark;
  // a=expression ':=' expression
  const a = expression(p);
  if (a !== FAIL && p.expectOp(":=")) {
    if (expression(p) !== FAIL) {
      throw p.errorAt(a, `cannot use assignment expressions with ${exprName(a)}`);
    }
  }
  p.mark = mark;
  // a=NAME '=' b=bitwise_or !('='|':=')
  const n = p.nameToken();
  if (n && p.expectOp("=")) {
    const b = bitwiseOr(p);
    if (b !== FAIL && !p.isOp("=") && !p.isOp(":=")) {
      throw p.errorRange(n, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
  }
  p.mark = mark;
  // !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
  let blocked = false;
  const t = p.peek();
  if (t.type === NAME && (t.string === "True" || t.string === "None" || t.string === "False")) blocked = true;
  else if (t.type === OP && (t.string === "[" || t.string === "(")) {
    blocked = (t.string === "[" ? list(p) : tupleRule(p)) !== FAIL;
    p.mark = mark;
    if (!blocked && t.string === "(") {
      blocked = genexp(p) !== FAIL;
      p.mark = mark;
    }
  }
  if (!blocked) {
    const a2 = bitwiseOr(p);
    if (a2 !== FAIL && p.expectOp("=")) {
      if (bitwiseOr(p) !== FAIL && !p.isOp("=") && !p.isOp(":=")) {
        throw p.errorAt(a2, `cannot assign to ${exprName(a2)} here. Maybe you meant '==' instead of '='?`);
      }
    }
  }
  p.mark = mark;
  p.memoSet(R.invalid_named_expression, mark, null);
}

// ---------------------------------------------------------------------------
// Boolean / comparison / arithmetic
// ---------------------------------------------------------------------------

/** Tokens after which a lone NAME/NUMBER cannot continue as a larger expression. */
const CLOSERS = new Set([",", ")", "]", "}", ":", "=", ";"]);

export function disjunction(p: Parser): Node {
  if (p.memoGet(R.disjunction)) return p.memoResult;
  const mark = p.mark;
  const start = p.peek();
  // Fast path (first pass only, where results cannot depend on invalid rules): a name or
  // number directly followed by a closer is the whole disjunction. Fetches the same
  // tokens as the full rule chain, so error locations are unaffected.
  if (!p.callInvalidRules && (start.type === NUMBER || (start.type === NAME && !start.isKeyword))) {
    const n = p.peekAt(1);
    if (n.type === NEWLINE || (n.type === OP && CLOSERS.has(n.string))) {
      p.mark++;
      const res = start.type === NAME ? p.nameFromToken(start) : constant(parseNumber(start.string), start);
      p.memoSet(R.disjunction, mark, res);
      return res;
    }
  }
  let res = conjunction(p);
  if (res !== FAIL && p.isKw("or")) {
    const values = [res];
    for (;;) {
      const m = p.mark;
      if (!p.expectKw("or")) break;
      const c = conjunction(p);
      if (c === FAIL) {
        p.mark = m;
        break;
      }
      values.push(c);
    }
    if (values.length > 1) res = p.loc({ _type: "BoolOp", op: OPS.Or, values }, start);
  }
  if (res === FAIL) p.mark = mark;
  p.memoSet(R.disjunction, mark, res);
  return res;
}

export function conjunction(p: Parser): Node {
  if (p.memoGet(R.conjunction)) return p.memoResult;
  const mark = p.mark;
  const start = p.peek();
  let res = inversion(p);
  if (res !== FAIL && p.isKw("and")) {
    const values = [res];
    for (;;) {
      const m = p.mark;
      if (!p.expectKw("and")) break;
      const c = inversion(p);
      if (c === FAIL) {
        p.mark = m;
        break;
      }
      values.push(c);
    }
    if (values.length > 1) res = p.loc({ _type: "BoolOp", op: OPS.And, values }, start);
  }
  if (res === FAIL) p.mark = mark;
  p.memoSet(R.conjunction, mark, res);
  return res;
}

export function inversion(p: Parser): Node {
  if (p.memoGet(R.inversion)) return p.memoResult;
  const mark = p.mark;
  const start = p.peek();
  let res: Node = FAIL;
  if (p.expectKw("not")) {
    const a = inversion(p);
    if (a !== FAIL) res = p.loc({ _type: "UnaryOp", op: OPS.Not, operand: a }, start);
    else p.mark = mark;
  }
  if (res === FAIL) res = comparison(p);
  if (res === FAIL) p.mark = mark;
  p.memoSet(R.inversion, mark, res);
  return res;
}

const CMP_OPS: Record<string, string> = { "==": "Eq", "!=": "NotEq", "<=": "LtE", "<": "Lt", ">=": "GtE", ">": "Gt" };

function comparison(p: Parser): Node {
  const start = p.peek();
  const a = bitwiseOr(p);
  if (a === FAIL) return FAIL;
  let ops: Node[] | null = null;
  let comparators: Node[] | null = null;
  for (;;) {
    const m = p.mark;
    const t = p.peek();
    let op: string | null = null;
    if (t.type === OP) {
      op = CMP_OPS[t.string] ?? null;
      if (op) p.mark++;
    } else if (t.type === NAME) {
      if (t.string === "in") {
        op = "In";
        p.mark++;
      } else if (t.string === "not") {
        p.mark++;
        if (p.expectKw("in")) op = "NotIn";
        else p.mark = m;
      } else if (t.string === "is") {
        p.mark++;
        op = p.expectKw("not") ? "IsNot" : "Is";
      }
    }
    if (!op) break;
    const b = bitwiseOr(p);
    if (b === FAIL) {
      p.mark = m;
      break;
    }
    if (!ops) {
      ops = [];
      comparators = [];
    }
    ops.push(OPS[op]);
    comparators!.push(b);
  }
  if (!ops) return a;
  return p.loc({ _type: "Compare", left: a, ops, comparators }, start);
}

/** Left-recursive binary operator level as a loop. */
function binaryLevel(p: Parser, start: Token, left: Node, opsMap: Record<string, string>, next: (p: Parser) => Node): Node {
  for (;;) {
    const t = p.peek();
    if (t.type !== OP) return left;
    const op = opsMap[t.string];
    if (op === undefined) return left;
    const m = p.mark;
    p.mark++;
    const right = next(p);
    if (right === FAIL) {
      p.mark = m;
      return left;
    }
    left = p.loc({ _type: "BinOp", left, op: OPS[op], right }, start);
  }
}

const OR_OPS = { "|": "BitOr" };
const XOR_OPS = { "^": "BitXor" };
const AND_OPS = { "&": "BitAnd" };
const SHIFT_OPS = { "<<": "LShift", ">>": "RShift" };
const SUM_OPS = { "+": "Add", "-": "Sub" };
const TERM_OPS = { "*": "Mult", "/": "Div", "//": "FloorDiv", "%": "Mod", "@": "MatMult" };

export function bitwiseOr(p: Parser): Node {
  if (p.memoGet(R.bitwise_or)) return p.memoResult;
  const mark = p.mark;
  const start = p.peek();
  let res = bitwiseXor(p);
  if (res !== FAIL) res = binaryLevel(p, start, res, OR_OPS, bitwiseXor);
  else p.mark = mark;
  p.memoSet(R.bitwise_or, mark, res);
  return res;
}

/** A memoized left-recursive binary level (CPython memoizes all left-recursive rules). */
function memoLevel(p: Parser, rule: R, opsMap: Record<string, string>, next: (p: Parser) => Node): Node {
  if (p.memoGet(rule)) return p.memoResult;
  const mark = p.mark;
  const start = p.peek();
  let res = next(p);
  if (res !== FAIL) res = binaryLevel(p, start, res, opsMap, next);
  else p.mark = mark;
  p.memoSet(rule, mark, res);
  return res;
}

function bitwiseXor(p: Parser): Node {
  return memoLevel(p, R.bitwise_xor, XOR_OPS, bitwiseAnd);
}

function bitwiseAnd(p: Parser): Node {
  return memoLevel(p, R.bitwise_and, AND_OPS, shiftExpr);
}

function shiftExpr(p: Parser): Node {
  return memoLevel(p, R.shift_expr, SHIFT_OPS, sum);
}

function sum(p: Parser): Node {
  return memoLevel(p, R.sum, SUM_OPS, term);
}

function term(p: Parser): Node {
  return memoLevel(p, R.term, TERM_OPS, factor);
}

const UNARY: Record<string, string> = { "+": "UAdd", "-": "USub", "~": "Invert" };

export function factor(p: Parser): Node {
  if (p.memoGet(R.factor)) return p.memoResult;
  const mark = p.mark;
  const start = p.peek();
  let res: Node = FAIL;
  if (start.type === OP && UNARY[start.string] !== undefined) {
    p.mark++;
    const a = factor(p);
    if (a !== FAIL) res = p.loc({ _type: "UnaryOp", op: OPS[UNARY[start.string]], operand: a }, start);
    else p.mark = mark;
  }
  if (res === FAIL) res = power(p);
  if (res === FAIL) p.mark = mark;
  p.memoSet(R.factor, mark, res);
  return res;
}

function power(p: Parser): Node {
  const start = p.peek();
  const a = awaitPrimary(p);
  if (a === FAIL) return FAIL;
  const m = p.mark;
  if (p.expectOp("**")) {
    const b = factor(p);
    if (b !== FAIL) return p.loc({ _type: "BinOp", left: a, op: OPS.Pow, right: b }, start);
    p.mark = m;
  }
  return a;
}

function awaitPrimary(p: Parser): Node {
  if (p.memoGet(R.await_primary)) return p.memoResult;
  const mark = p.mark;
  const start = p.peek();
  let res: Node = FAIL;
  if (p.expectKw("await")) {
    const a = primary(p);
    if (a !== FAIL) res = p.loc({ _type: "Await", value: a }, start);
    else p.mark = mark;
  }
  if (res === FAIL) res = primary(p);
  if (res === FAIL) p.mark = mark;
  p.memoSet(R.await_primary, mark, res);
  return res;
}

// ---------------------------------------------------------------------------
// Primary and atoms
// ---------------------------------------------------------------------------

export function primary(p: Parser): Node {
  if (p.memoGet(R.primary)) return p.memoResult;
  const mark = p.mark;
  const start = p.peek();
  let a = atom(p);
  if (a === FAIL) {
    p.mark = mark;
    p.memoSet(R.primary, mark, FAIL);
    return FAIL;
  }
  for (;;) {
    const m = p.mark;
    const t = p.peek();
    if (t.type !== OP) break;
    const s = t.string;
    if (s === ".") {
      p.mark++;
      const b = p.nameToken();
      if (b) {
        a = p.loc({ _type: "Attribute", value: a, attr: p.identifier(b.string), ctx: LOAD }, start);
        continue;
      }
      p.mark = m;
      break;
    }
    // `primary genexp`: in the error pass, genexp's invalid_comprehension also looks
    // inside a following '[' or '{' (CPython reports errors found there).
    if (p.callInvalidRules && (s === "[" || s === "{")) {
      genexp(p);
      p.mark = m;
    }
    if (s === "(") {
      const g = genexp(p);
      if (g !== FAIL) {
        a = p.loc({ _type: "Call", func: a, args: [g], keywords: [] }, start);
        continue;
      }
      p.mark = m + 1;
      const args = arguments_(p);
      if (p.expectOp(")")) {
        a = p.loc({ _type: "Call", func: a, args: args ? args.args : [], keywords: args ? args.keywords : [] }, start);
        continue;
      }
      p.mark = m;
      break;
    } else if (s === "[") {
      p.mark++;
      const b = slices(p);
      if (b !== FAIL && p.expectOp("]")) {
        a = p.loc({ _type: "Subscript", value: a, slice: b, ctx: LOAD }, start);
        continue;
      }
      p.mark = m;
      break;
    } else break;
  }
  p.memoSet(R.primary, mark, a);
  return a;
}

export function slices(p: Parser): Node {
  const mark = p.mark;
  const start = p.peek();
  const a = slice(p);
  if (a !== FAIL && !p.isOp(",")) return a;
  p.mark = mark;
  const elts = gather(p, (q) => {
    const s = slice(q);
    return s !== FAIL ? s : starredExpression(q);
  });
  if (elts === null) {
    p.mark = mark;
    return FAIL;
  }
  p.expectOp(",");
  return tuple(p, elts, LOAD, start);
}

function slice(p: Parser): Node {
  const mark = p.mark;
  const start = p.peek();
  const a = expression(p);
  if (p.expectOp(":")) {
    const b = expression(p);
    let c: Node = null;
    const m2 = p.mark;
    if (p.expectOp(":")) c = expression(p);
    else p.mark = m2;
    return p.loc({ _type: "Slice", lower: a, upper: b, step: c }, start);
  }
  p.mark = mark;
  const n = namedExpression(p);
  if (n === FAIL) p.mark = mark;
  return n;
}

function constant(value: any, t: Token): Node {
  return { _type: "Constant", value, kind: null, lineno: t.lineno, col_offset: t.col_offset, end_lineno: t.end_lineno, end_col_offset: t.end_col_offset };
}

export function atom(p: Parser): Node {
  const t = p.peek();
  switch (t.type) {
    case NAME:
      if (!t.isKeyword) {
        p.mark++;
        return p.nameFromToken(t);
      }
      if (t.string === "True") {
        p.mark++;
        return constant(true, t);
      }
      if (t.string === "False") {
        p.mark++;
        return constant(false, t);
      }
      if (t.string === "None") {
        p.mark++;
        return constant(null, t);
      }
      return FAIL;
    case STRING:
      return strings(p);
    case NUMBER:
      p.mark++;
      return constant(parseNumber(t.string), t);
    case OP: {
      const s = t.string;
      if (s === "(") {
        let r = tupleRule(p);
        if (r === FAIL) r = group(p);
        if (r === FAIL) r = genexp(p);
        return r;
      }
      if (s === "[") {
        let r = list(p);
        if (r === FAIL) r = listcomp(p);
        return r;
      }
      if (s === "{") {
        let r = dict(p);
        if (r === FAIL) r = set(p);
        if (r === FAIL) r = dictcomp(p);
        if (r === FAIL) r = setcomp(p);
        return r;
      }
      if (s === "...") {
        p.mark++;
        return constant(ELLIPSIS, t);
      }
      return FAIL;
    }
    default:
      return FAIL;
  }
}

export function strings(p: Parser): Node {
  if (p.memoGet(R.strings)) return p.memoResult;
  const mark = p.mark;
  const toks: Token[] = [];
  for (;;) {
    const t = p.peek();
    if (t.type !== STRING) break;
    toks.push(t);
    p.mark++;
  }
  const res = toks.length ? concatenateStrings(p, toks) : FAIL;
  p.memoSet(R.strings, mark, res);
  return res;
}

function group(p: Parser): Node {
  const mark = p.mark;
  if (p.expectOp("(")) {
    let a = yieldExpr(p);
    if (a === FAIL) a = namedExpression(p);
    if (a !== FAIL && p.expectOp(")")) return a;
  }
  p.mark = mark;
  if (p.callInvalidRules) invalidGroup(p);
  return FAIL;
}

/** invalid_group */
function invalidGroup(p: Parser): void {
  const mark = p.mark;
  if (p.expectOp("(")) {
    const a = starredExpression(p);
    if (a !== FAIL && p.expectOp(")")) throw p.errorAt(a, "cannot use starred expression here");
    p.mark = mark + 1;
    const s = p.expectOp("**");
    if (s && expression(p) !== FAIL && p.expectOp(")")) throw p.errorAt(s, "cannot use double starred expression here");
  }
  p.mark = mark;
}

function tupleRule(p: Parser): Node {
  const mark = p.mark;
  const start = p.peek();
  if (!p.expectOp("(")) return FAIL;
  let elts: Node[] = [];
  const m = p.mark;
  const y = starNamedExpression(p);
  if (y !== FAIL && p.expectOp(",")) {
    const z = starNamedExpressions(p);
    elts = z ? [y, ...z] : [y];
  } else p.mark = m;
  if (p.expectOp(")")) return tuple(p, elts, LOAD, start);
  p.mark = mark;
  return FAIL;
}

export function genexp(p: Parser): Node {
  const mark = p.mark;
  const start = p.peek();
  if (p.expectOp("(")) {
    let a = assignmentExpression(p);
    if (a === FAIL) {
      a = expression(p);
      if (a !== FAIL && p.isOp(":=")) a = FAIL;
    }
    if (a !== FAIL) {
      const b = forIfClauses(p);
      if (b !== null && p.expectOp(")")) return p.loc({ _type: "GeneratorExp", elt: a, generators: b }, start);
    }
  }
  p.mark = mark;
  if (p.callInvalidRules) invalidComprehension(p);
  return FAIL;
}

function list(p: Parser): Node {
  const mark = p.mark;
  const start = p.peek();
  if (!p.expectOp("[")) return FAIL;
  const a = starNamedExpressions(p);
  if (p.expectOp("]")) return p.loc({ _type: "List", elts: a ?? [], ctx: LOAD }, start);
  p.mark = mark;
  return FAIL;
}

function listcomp(p: Parser): Node {
  const mark = p.mark;
  const start = p.peek();
  if (p.expectOp("[")) {
    const a = namedExpression(p);
    if (a !== FAIL) {
      const b = forIfClauses(p);
      if (b !== null && p.expectOp("]")) return p.loc({ _type: "ListComp", elt: a, generators: b }, start);
    }
  }
  p.mark = mark;
  if (p.callInvalidRules) invalidComprehension(p);
  return FAIL;
}

function set(p: Parser): Node {
  const mark = p.mark;
  const start = p.peek();
  if (p.expectOp("{")) {
    const a = starNamedExpressions(p);
    if (a !== null && p.expectOp("}")) return p.loc({ _type: "Set", elts: a }, start);
  }
  p.mark = mark;
  return FAIL;
}

function setcomp(p: Parser): Node {
  const mark = p.mark;
  const start = p.peek();
  if (p.expectOp("{")) {
    const a = namedExpression(p);
    if (a !== FAIL) {
      const b = forIfClauses(p);
      if (b !== null && p.expectOp("}")) return p.loc({ _type: "SetComp", elt: a, generators: b }, start);
    }
  }
  p.mark = mark;
  if (p.callInvalidRules) invalidComprehension(p);
  return FAIL;
}

function dict(p: Parser): Node {
  const mark = p.mark;
  const start = p.peek();
  if (p.expectOp("{")) {
    const a = doubleStarredKvpairs(p);
    if (p.expectOp("}")) {
      const keys: Node[] = [];
      const values: Node[] = [];
      for (const [k, v] of a ?? []) {
        keys.push(k);
        values.push(v);
      }
      return p.loc({ _type: "Dict", keys, values }, start);
    }
  }
  p.mark = mark;
  // `'{' invalid_double_starred_kvpairs '}'` is not a lone invalid_ item, so CPython's
  // generated parser runs it in the first pass too; it only ever succeeds by raising.
  if (p.expectOp("{")) invalidDoubleStarredKvpairs(p);
  p.mark = mark;
  return FAIL;
}

function dictcomp(p: Parser): Node {
  const mark = p.mark;
  const start = p.peek();
  if (p.expectOp("{")) {
    const a = kvpair(p);
    if (a !== null) {
      const b = forIfClauses(p);
      if (b !== null && p.expectOp("}")) return p.loc({ _type: "DictComp", key: a[0], value: a[1], generators: b }, start);
    }
  }
  p.mark = mark;
  if (p.callInvalidRules) {
    // invalid_dict_comprehension: '{' a='**' bitwise_or for_if_clauses '}'
    if (p.expectOp("{")) {
      const a = p.expectOp("**");
      if (a && bitwiseOr(p) !== FAIL && forIfClauses(p) !== null && p.expectOp("}")) {
        throw p.errorAt(a, "dict unpacking cannot be used in dict comprehension");
      }
    }
    p.mark = mark;
  }
  return FAIL;
}

function doubleStarredKvpairs(p: Parser): [Node, Node][] | null {
  const a = gather(p, doubleStarredKvpair);
  if (a === null) return null;
  p.expectOp(",");
  return a;
}

function doubleStarredKvpair(p: Parser): any {
  const mark = p.mark;
  if (p.expectOp("**")) {
    const a = bitwiseOr(p);
    if (a !== FAIL) return [null, a];
    p.mark = mark;
  }
  return kvpair(p);
}

function kvpair(p: Parser): [Node, Node] | null {
  const mark = p.mark;
  const a = expression(p);
  if (a !== FAIL && p.expectOp(":")) {
    const b = expression(p);
    if (b !== FAIL) return [a, b];
  }
  p.mark = mark;
  return null;
}

/** invalid_double_starred_kvpairs (called after '{'). */
function invalidDoubleStarredKvpairs(p: Parser): void {
  const mark = p.mark;
  // ','.double_starred_kvpair+ ',' invalid_kvpair
  const g = gather(p, doubleStarredKvpair);
  if (g !== null && p.expectOp(",")) invalidKvpair(p);
  p.mark = mark;
  // expression ':' a='*' bitwise_or
  if (expression(p) !== FAIL && p.expectOp(":")) {
    const a = p.expectOp("*");
    if (a && bitwiseOr(p) !== FAIL) throw p.errorFrom(a, "cannot use a starred expression in a dictionary value");
  }
  p.mark = mark;
  // expression ':' &('}'|',')
  if (expression(p) !== FAIL) {
    const c = p.expectOp(":");
    if (c && (p.isOp("}") || p.isOp(","))) throw p.errorAt(c, "expression expected after dictionary key and ':'");
  }
  p.mark = mark;
}

/** invalid_kvpair */
function invalidKvpair(p: Parser): void {
  const mark = p.mark;
  const a = expression(p);
  if (a !== FAIL && !p.isOp(":")) {
    throw p.errorKnownLocation("SyntaxError", "':' expected after dictionary key", a.lineno, a.end_col_offset - 1, a.end_lineno, -1);
  }
  p.mark = mark;
  if (expression(p) !== FAIL && p.expectOp(":")) {
    const s = p.expectOp("*");
    if (s && bitwiseOr(p) !== FAIL) throw p.errorFrom(s, "cannot use a starred expression in a dictionary value");
  }
  p.mark = mark;
  if (expression(p) !== FAIL) {
    const c = p.expectOp(":");
    if (c && (p.isOp("}") || p.isOp(","))) throw p.errorAt(c, "expression expected after dictionary key and ':'");
  }
  p.mark = mark;
}

// ---------------------------------------------------------------------------
// Comprehensions
// ---------------------------------------------------------------------------

export function forIfClauses(p: Parser): Node[] | null {
  const out: Node[] = [];
  for (;;) {
    const c = forIfClause(p);
    if (c === FAIL) break;
    out.push(c);
  }
  return out.length ? out : null;
}

function forIfClause(p: Parser): Node {
  const mark = p.mark;
  const isAsync = p.isKw("async") ? 1 : 0;
  if (isAsync) p.mark++;
  if (p.expectKw("for")) {
    const a = starTargets(p);
    if (a !== FAIL && p.expectKw("in")) {
      // cut: after 'in' no other alternative is tried
      const b = disjunction(p);
      if (b === FAIL) {
        p.mark = mark;
        return FAIL;
      }
      const ifs: Node[] = [];
      for (;;) {
        const m = p.mark;
        if (!p.expectKw("if")) break;
        const z = disjunction(p);
        if (z === FAIL) {
          p.mark = m;
          break;
        }
        ifs.push(z);
      }
      return { _type: "comprehension", target: a, iter: b, ifs, is_async: isAsync };
    }
  }
  p.mark = mark;
  if (p.callInvalidRules) invalidForTarget(p);
  return FAIL;
}

/** invalid_for_target: ASYNC? 'for' a=star_expressions */
export function invalidForTarget(p: Parser): void {
  const mark = p.mark;
  p.expectKw("async");
  if (p.expectKw("for")) {
    const a = starExpressions(p);
    if (a !== FAIL) p.invalidTarget("for", a);
  }
  p.mark = mark;
}

/** invalid_comprehension */
function invalidComprehension(p: Parser): void {
  const mark = p.mark;
  const t = p.peek();
  if (t.type === OP && (t.string === "[" || t.string === "(" || t.string === "{")) {
    p.mark++;
    const a = starredExpression(p);
    if (a !== FAIL && forIfClauses(p) !== null) throw p.errorAt(a, "iterable unpacking cannot be used in comprehension");
    p.mark = mark;
    if (t.string !== "(") {
      p.mark++;
      const a2 = starNamedExpression(p);
      if (a2 !== FAIL && p.expectOp(",")) {
        const m2 = p.mark;
        const b = starNamedExpressions(p);
        if (b !== null && forIfClauses(p) !== null) {
          throw p.errorRange(a2, b[b.length - 1], "did you forget parentheses around the comprehension target?");
        }
        p.mark = m2;
      }
      p.mark = mark + 1;
      const a3 = starNamedExpression(p);
      if (a3 !== FAIL) {
        const comma = p.expectOp(",");
        if (comma && forIfClauses(p) !== null) {
          throw p.errorRange(a3, comma, "did you forget parentheses around the comprehension target?");
        }
      }
    }
  }
  p.mark = mark;
}

// ---------------------------------------------------------------------------
// Lambda
// ---------------------------------------------------------------------------

function lambdef(p: Parser): Node {
  const mark = p.mark;
  const start = p.peek();
  if (!p.expectKw("lambda")) return FAIL;
  const a = params(p, true);
  if (p.expectOp(":")) {
    const b = expression(p);
    if (b !== FAIL) return p.loc({ _type: "Lambda", args: a ?? emptyArguments(), body: b }, start);
  }
  p.mark = mark;
  return FAIL;
}

export function emptyArguments(): Node {
  return { _type: "arguments", posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] };
}

export { list as listRule, tupleRule, genexp as genexpRule };
export { params, arguments_, starredExpression, starTargets };
export { singleTarget, singleSubscriptAttributeTarget, starTarget, delTargets, tPrimary } from "./parser_targets.ts";
export { many, param, paramNoDefault, paramWithDefault, paramMaybeDefault, slashNoDefault, slashWithDefault } from "./parser_params.ts";
