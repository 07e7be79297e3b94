// Expression rules of the Python 3.11 PEG grammar (Grammar/python.gram), hand-written as
// recursive descent with the same alternative order, memoization and lookaheads, so that
// the tokens consumed (and therefore error locations) match CPython's generated parser.

import {
  Parser, R, FAIL, setContext, exprName, type Node,
  NAME, NUMBER, STRING, OP, parseNumber,
} from "./parser_core.ts";
import type { Token } from "./tokenizer.ts";
import { LOAD, STORE, DEL, OPS, ELLIPSIS } from "./ast.ts";
import { concatenateStrings } from "./fstring.ts";
import { invalidParameters, invalidStarEtc, invalidKwds, invalidDefault } from "./parser_params.ts";

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
function withoutInvalid<T>(p: Parser, fn: () => T): T {
  const saved = p.callInvalidRules;
  p.callInvalidRules = false;
  try {
    return fn();
  } finally {
    p.callInvalidRules = saved;
  }
}

function tuple(p: Parser, elts: Node[], ctx: any, start: Token): Node {
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
  p.enter();
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
  p.depth--;
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

export function disjunction(p: Parser): Node {
  if (p.memoGet(R.disjunction)) return p.memoResult;
  const mark = p.mark;
  const start = p.peek();
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
    p.enter();
    const a = inversion(p);
    p.depth--;
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
    p.enter();
    const a = factor(p);
    p.depth--;
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

function constant(p: Parser, value: any, t: Token): Node {
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
        return constant(p, true, t);
      }
      if (t.string === "False") {
        p.mark++;
        return constant(p, false, t);
      }
      if (t.string === "None") {
        p.mark++;
        return constant(p, null, t);
      }
      return FAIL;
    case STRING:
      return strings(p);
    case NUMBER:
      p.mark++;
      return constant(p, parseNumber(t.string), t);
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
        return constant(p, ELLIPSIS, t);
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

// ---------------------------------------------------------------------------
// Parameters (shared by def and lambda; `lam` selects the lambda variants)
// ---------------------------------------------------------------------------

type NameDefault = { arg: Node; value: Node };

/** params / lambda_params */
export function params(p: Parser, lam: boolean): Node {
  if (p.callInvalidRules) invalidParameters(p, lam);
  return parameters(p, lam);
}

function parameters(p: Parser, lam: boolean): Node {
  const mark = p.mark;
  // slash_no_default param_no_default* param_with_default* [star_etc]
  const a = slashNoDefault(p, lam);
  if (a !== null) {
    const b = many(p, () => paramNoDefault(p, lam));
    const c = many(p, () => paramWithDefault(p, lam));
    const d = starEtc(p, lam);
    return makeArguments(a, null, b, c, d);
  }
  p.mark = mark;
  const sw = slashWithDefault(p, lam);
  if (sw !== null) {
    const b = many(p, () => paramWithDefault(p, lam));
    const c = starEtc(p, lam);
    return makeArguments(null, sw, null, b, c);
  }
  p.mark = mark;
  const pn = many(p, () => paramNoDefault(p, lam));
  if (pn.length) {
    const b = many(p, () => paramWithDefault(p, lam));
    const c = starEtc(p, lam);
    return makeArguments(null, null, pn, b, c);
  }
  p.mark = mark;
  const pw = many(p, () => paramWithDefault(p, lam));
  if (pw.length) {
    const b = starEtc(p, lam);
    return makeArguments(null, null, null, pw, b);
  }
  p.mark = mark;
  const se = starEtc(p, lam);
  if (se !== null) return makeArguments(null, null, null, null, se);
  p.mark = mark;
  return FAIL;
}

export function many<T>(p: Parser, fn: () => T | null): T[] {
  const out: T[] = [];
  for (;;) {
    const x = fn();
    if (x === null) break;
    out.push(x);
  }
  return out;
}

function isParamTerminator(p: Parser, lam: boolean): boolean {
  return p.isOp(lam ? ":" : ")");
}

/** param / lambda_param: NAME annotation? */
export function param(p: Parser, lam: boolean): Node {
  const start = p.peek();
  const t = p.nameToken();
  if (!t) return FAIL;
  let ann: Node = null;
  if (!lam) {
    const m = p.mark;
    if (p.expectOp(":")) {
      ann = expression(p);
      if (ann === FAIL) {
        p.mark = m;
        ann = null;
      }
    }
  }
  return p.loc({ _type: "arg", arg: p.identifier(t.string), annotation: ann, type_comment: null }, start);
}

/** param_star_annotation: NAME ':' star_expression */
function paramStarAnnotation(p: Parser): Node {
  const mark = p.mark;
  const start = p.peek();
  const t = p.nameToken();
  if (t && p.expectOp(":")) {
    const ann = starExpression(p);
    if (ann !== FAIL) return p.loc({ _type: "arg", arg: p.identifier(t.string), annotation: ann, type_comment: null }, start);
  }
  p.mark = mark;
  return FAIL;
}

export function paramNoDefault(p: Parser, lam: boolean): Node {
  const mark = p.mark;
  const a = param(p, lam);
  if (a !== FAIL) {
    if (p.expectOp(",")) return typeCommentPeek(p, lam, a);
    if (isParamTerminator(p, lam)) return a;
  }
  p.mark = mark;
  return null;
}

/** `param ',' TYPE_COMMENT?` (def only): CPython peeks at the next token here. */
function typeCommentPeek<T>(p: Parser, lam: boolean, v: T): T {
  if (!lam) p.peek();
  return v;
}

function paramNoDefaultStarAnnotation(p: Parser): Node {
  const mark = p.mark;
  const a = paramStarAnnotation(p);
  if (a !== FAIL) {
    if (p.expectOp(",")) return typeCommentPeek(p, false, a);
    if (p.isOp(")")) return a;
  }
  p.mark = mark;
  return null;
}

export function paramWithDefault(p: Parser, lam: boolean): NameDefault | null {
  const mark = p.mark;
  const a = param(p, lam);
  if (a !== FAIL) {
    const c = defaultValue(p);
    if (c !== FAIL) {
      if (p.expectOp(",")) return typeCommentPeek(p, lam, { arg: a, value: c });
      if (isParamTerminator(p, lam)) return { arg: a, value: c };
    }
  }
  p.mark = mark;
  return null;
}

export function paramMaybeDefault(p: Parser, lam: boolean): NameDefault | null {
  const mark = p.mark;
  const a = param(p, lam);
  if (a !== FAIL) {
    const m = p.mark;
    let c = defaultValue(p);
    if (c === FAIL) {
      p.mark = m;
      c = null;
    }
    if (p.expectOp(",")) return typeCommentPeek(p, lam, { arg: a, value: c });
    if (isParamTerminator(p, lam)) return { arg: a, value: c };
  }
  p.mark = mark;
  return null;
}

/** default: '=' expression | invalid_default */
export function defaultValue(p: Parser): Node {
  const mark = p.mark;
  if (p.expectOp("=")) {
    const a = expression(p);
    if (a !== FAIL) return a;
  }
  p.mark = mark;
  if (p.callInvalidRules) invalidDefault(p);
  return FAIL;
}

export function slashNoDefault(p: Parser, lam: boolean): Node[] | null {
  const mark = p.mark;
  const a = many(p, () => paramNoDefault(p, lam));
  if (a.length && p.expectOp("/")) {
    if (p.expectOp(",")) return a;
    if (isParamTerminator(p, lam)) return a;
  }
  p.mark = mark;
  return null;
}

export function slashWithDefault(p: Parser, lam: boolean): { plain: Node[]; withDefaults: NameDefault[] } | null {
  const mark = p.mark;
  const a = many(p, () => paramNoDefault(p, lam));
  const b = many(p, () => paramWithDefault(p, lam));
  if (b.length && p.expectOp("/")) {
    if (p.expectOp(",")) return { plain: a, withDefaults: b };
    if (isParamTerminator(p, lam)) return { plain: a, withDefaults: b };
  }
  p.mark = mark;
  return null;
}

type StarEtc = { vararg: Node; kwonly: NameDefault[]; kwarg: Node };

function starEtc(p: Parser, lam: boolean): StarEtc | null {
  const mark = p.mark;
  if (p.callInvalidRules) invalidStarEtc(p, lam);
  if (p.expectOp("*")) {
    const a = paramNoDefault(p, lam);
    if (a !== null) {
      const b = many(p, () => paramMaybeDefault(p, lam));
      const c = kwds(p, lam);
      return { vararg: a, kwonly: b, kwarg: c };
    }
    if (!lam) {
      const a2 = paramNoDefaultStarAnnotation(p);
      if (a2 !== null) {
        const b = many(p, () => paramMaybeDefault(p, lam));
        const c = kwds(p, lam);
        return { vararg: a2, kwonly: b, kwarg: c };
      }
    }
    if (p.expectOp(",")) {
      const b = many(p, () => paramMaybeDefault(p, lam));
      if (b.length) {
        const c = kwds(p, lam);
        return { vararg: null, kwonly: b, kwarg: c };
      }
    }
  }
  p.mark = mark;
  const k = kwds(p, lam);
  if (k !== null) return { vararg: null, kwonly: [], kwarg: k };
  p.mark = mark;
  return null;
}

function kwds(p: Parser, lam: boolean): Node {
  const mark = p.mark;
  if (p.callInvalidRules) invalidKwds(p, lam);
  if (p.expectOp("**")) {
    const a = paramNoDefault(p, lam);
    if (a !== null) return a;
  }
  p.mark = mark;
  return null;
}

/** _PyPegen_make_arguments */
function makeArguments(
  slashNoDef: Node[] | null, slashWithDef: { plain: Node[]; withDefaults: NameDefault[] } | null,
  plain: Node[] | null, withDefault: NameDefault[] | null, star: StarEtc | null,
): Node {
  let posonlyargs: Node[];
  if (slashNoDef) posonlyargs = slashNoDef;
  else if (slashWithDef) posonlyargs = [...slashWithDef.plain, ...slashWithDef.withDefaults.map((x) => x.arg)];
  else posonlyargs = [];
  const args: Node[] = [...(plain ?? []), ...(withDefault ?? []).map((x) => x.arg)];
  const defaults: Node[] = [
    ...(slashWithDef ? slashWithDef.withDefaults.map((x) => x.value) : []),
    ...(withDefault ?? []).map((x) => x.value),
  ];
  return {
    _type: "arguments",
    posonlyargs,
    args,
    vararg: star ? star.vararg : null,
    kwonlyargs: star ? star.kwonly.map((x) => x.arg) : [],
    kw_defaults: star ? star.kwonly.map((x) => x.value) : [],
    kwarg: star ? star.kwarg : null,
    defaults,
  };
}

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

// ---------------------------------------------------------------------------
// Assignment targets
// ---------------------------------------------------------------------------

export function starTargets(p: Parser): Node {
  const mark = p.mark;
  const start = p.peek();
  const a = starTarget(p);
  if (a === FAIL) return FAIL;
  if (!p.isOp(",")) return a;
  const elts = [a];
  for (;;) {
    const m = p.mark;
    if (!p.expectOp(",")) break;
    const c = starTarget(p);
    if (c === FAIL) {
      p.mark = m;
      break;
    }
    elts.push(c);
  }
  p.expectOp(",");
  void mark;
  return tuple(p, elts, STORE, start);
}

function starTargetsListSeq(p: Parser): Node[] | null {
  const a = gather(p, starTarget);
  if (a === null) return null;
  p.expectOp(",");
  return a;
}

function starTargetsTupleSeq(p: Parser): Node[] | null {
  const mark = p.mark;
  const a = starTarget(p);
  if (a === FAIL) return null;
  const elts = [a];
  for (;;) {
    const m = p.mark;
    if (!p.expectOp(",")) break;
    const c = starTarget(p);
    if (c === FAIL) {
      p.mark = m;
      break;
    }
    elts.push(c);
  }
  if (elts.length > 1) {
    p.expectOp(",");
    return elts;
  }
  if (p.expectOp(",")) return elts;
  p.mark = mark;
  return null;
}

export function starTarget(p: Parser): Node {
  if (p.memoGet(R.star_target)) return p.memoResult;
  const mark = p.mark;
  const start = p.peek();
  let res: Node = FAIL;
  if (p.expectOp("*")) {
    if (!p.isOp("*")) {
      p.enter();
      const a = starTarget(p);
      p.depth--;
      if (a !== FAIL) res = p.loc({ _type: "Starred", value: setContext(a, STORE), ctx: STORE }, start);
    }
    if (res === FAIL) p.mark = mark;
  }
  if (res === FAIL) res = targetWithStarAtom(p);
  if (res === FAIL) p.mark = mark;
  p.memoSet(R.star_target, mark, res);
  return res;
}

function isTLookahead(p: Parser): boolean {
  const t = p.peek();
  return t.type === OP && (t.string === "(" || t.string === "[" || t.string === ".");
}

/** t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead, with ctx. */
function subscriptAttributeTarget(p: Parser, ctx: any): Node {
  const mark = p.mark;
  const start = p.peek();
  const a = tPrimary(p);
  if (a !== FAIL) {
    const m = p.mark;
    if (p.expectOp(".")) {
      const b = p.nameToken();
      if (b && !isTLookahead(p)) return p.loc({ _type: "Attribute", value: a, attr: p.identifier(b.string), ctx }, start);
    }
    p.mark = m;
    if (p.expectOp("[")) {
      const b = slices(p);
      if (b !== FAIL && p.expectOp("]") && !isTLookahead(p)) return p.loc({ _type: "Subscript", value: a, slice: b, ctx }, start);
    }
  }
  p.mark = mark;
  return FAIL;
}

function targetWithStarAtom(p: Parser): Node {
  if (p.memoGet(R.target_with_star_atom)) return p.memoResult;
  const mark = p.mark;
  let res = subscriptAttributeTarget(p, STORE);
  if (res === FAIL) res = starAtom(p);
  if (res === FAIL) p.mark = mark;
  p.memoSet(R.target_with_star_atom, mark, res);
  return res;
}

function starAtom(p: Parser): Node {
  const mark = p.mark;
  const start = p.peek();
  const n = p.nameToken();
  if (n) return setContext(p.nameFromToken(n), STORE);
  if (p.expectOp("(")) {
    const a = targetWithStarAtom(p);
    if (a !== FAIL && p.expectOp(")")) return setContext(a, STORE);
    p.mark = mark + 1;
    const t = starTargetsTupleSeq(p);
    if (p.expectOp(")")) return p.loc({ _type: "Tuple", elts: t ?? [], ctx: STORE }, start);
    p.mark = mark;
    return FAIL;
  }
  if (p.expectOp("[")) {
    const l = starTargetsListSeq(p);
    if (p.expectOp("]")) return p.loc({ _type: "List", elts: l ?? [], ctx: STORE }, start);
  }
  p.mark = mark;
  return FAIL;
}

export function singleTarget(p: Parser): Node {
  const mark = p.mark;
  const a = singleSubscriptAttributeTarget(p);
  if (a !== FAIL) return a;
  const n = p.nameToken();
  if (n) return setContext(p.nameFromToken(n), STORE);
  if (p.expectOp("(")) {
    const b = singleTarget(p);
    if (b !== FAIL && p.expectOp(")")) return b;
  }
  p.mark = mark;
  return FAIL;
}

export function singleSubscriptAttributeTarget(p: Parser): Node {
  return subscriptAttributeTarget(p, STORE);
}

/** t_primary (left-recursive, memoized): every step must be followed by t_lookahead. */
export function tPrimary(p: Parser): Node {
  if (p.memoGet(R.t_primary)) return p.memoResult;
  const mark = p.mark;
  const start = p.peek();
  let a = atom(p);
  if (a === FAIL || !isTLookahead(p)) {
    p.mark = mark;
    p.memoSet(R.t_primary, mark, FAIL);
    return FAIL;
  }
  for (;;) {
    const m = p.mark;
    if (p.expectOp(".")) {
      const b = p.nameToken();
      if (b && isTLookahead(p)) {
        a = p.loc({ _type: "Attribute", value: a, attr: p.identifier(b.string), ctx: LOAD }, start);
        continue;
      }
    }
    p.mark = m;
    if (p.callInvalidRules && (p.isOp("[") || p.isOp("{"))) {
      genexp(p); // invalid_comprehension may raise (see primary)
      p.mark = m;
    }
    if (p.expectOp("[")) {
      const b = slices(p);
      if (b !== FAIL && p.expectOp("]") && isTLookahead(p)) {
        a = p.loc({ _type: "Subscript", value: a, slice: b, ctx: LOAD }, start);
        continue;
      }
    }
    p.mark = m;
    if (p.isOp("(")) {
      const g = genexp(p);
      if (g !== FAIL && isTLookahead(p)) {
        a = p.loc({ _type: "Call", func: a, args: [g], keywords: [] }, start);
        continue;
      }
      p.mark = m;
      p.expectOp("(");
      const b = arguments_(p);
      if (p.expectOp(")") && isTLookahead(p)) {
        a = p.loc({ _type: "Call", func: a, args: b ? b.args : [], keywords: b ? b.keywords : [] }, start);
        continue;
      }
    }
    p.mark = m;
    break;
  }
  p.memoSet(R.t_primary, mark, a);
  return a;
}

export function delTargets(p: Parser): Node[] | null {
  const a = gather(p, delTarget);
  if (a === null) return null;
  p.expectOp(",");
  return a;
}

function delTarget(p: Parser): Node {
  if (p.memoGet(R.del_target)) return p.memoResult;
  const mark = p.mark;
  let res = subscriptAttributeTarget(p, DEL);
  if (res === FAIL) res = delTAtom(p);
  if (res === FAIL) p.mark = mark;
  p.memoSet(R.del_target, mark, res);
  return res;
}

function delTAtom(p: Parser): Node {
  const mark = p.mark;
  const start = p.peek();
  const n = p.nameToken();
  if (n) return setContext(p.nameFromToken(n), DEL);
  if (p.expectOp("(")) {
    const a = delTarget(p);
    if (a !== FAIL && p.expectOp(")")) return setContext(a, DEL);
    p.mark = mark + 1;
    const t = delTargets(p);
    if (p.expectOp(")")) return p.loc({ _type: "Tuple", elts: t ?? [], ctx: DEL }, start);
    p.mark = mark;
    return FAIL;
  }
  if (p.expectOp("[")) {
    const l = delTargets(p);
    if (p.expectOp("]")) return p.loc({ _type: "List", elts: l ?? [], ctx: DEL }, start);
  }
  p.mark = mark;
  return FAIL;
}

export { list as listRule, tupleRule, genexp as genexpRule };
