// Statement rules of the Python 3.11 PEG grammar (simple and compound statements, blocks,
// imports, assignments) plus their invalid_* rules, which run only in the error pass.

import {
  Parser, R, FAIL, setContext, exprName, type Node,
  NAME, OP, NEWLINE, INDENT, DEDENT,
} from "./parser_core.ts";
import type { Token } from "./tokenizer.ts";
import { STORE, OPS } from "./ast.ts";
import {
  gather, expression, expressions, starExpressions, starNamedExpression, starNamedExpressions, namedExpression,
  yieldExpr, starTargets, starTarget, singleTarget, singleSubscriptAttributeTarget, delTargets, params,
  arguments_, emptyArguments, listRule, tupleRule,
} from "./parser_expr.ts";
import { patterns } from "./parser_pattern.ts";

// ---------------------------------------------------------------------------
// Statement sequences and blocks
// ---------------------------------------------------------------------------

export function statements(p: Parser): Node[] | null {
  const out: Node[] = [];
  for (;;) {
    const s = statement(p);
    if (s === null) break;
    for (const x of s) out.push(x);
  }
  return out.length ? out : null;
}

function statement(p: Parser): Node[] | null {
  const c = compoundStmt(p);
  if (c !== FAIL) return [c];
  return simpleStmts(p);
}

export function simpleStmts(p: Parser): Node[] | null {
  const mark = p.mark;
  const a = simpleStmt(p);
  if (a !== FAIL && !p.isOp(";") && p.expectType(NEWLINE)) return [a];
  p.mark = mark;
  const list = gather(p, simpleStmt, ";");
  if (list !== null) {
    p.expectOp(";");
    if (p.expectType(NEWLINE)) return list;
  }
  p.mark = mark;
  return null;
}

/** statement_newline (interactive mode). */
export function statementNewline(p: Parser): Node[] | null {
  const mark = p.mark;
  const c = compoundStmt(p);
  if (c !== FAIL && p.expectType(NEWLINE)) return [c];
  p.mark = mark;
  const s = simpleStmts(p);
  if (s !== null) return s;
  p.mark = mark;
  const start = p.peek();
  if (p.expectType(NEWLINE)) return [p.loc({ _type: "Pass" }, start)];
  return null;
}

const SIMPLE_KW = new Set(["return", "import", "from", "raise", "pass", "del", "yield", "assert", "break", "continue", "global", "nonlocal"]);

function simpleStmt(p: Parser): Node {
  if (p.memoGet(R.simple_stmt)) return p.memoResult;
  const mark = p.mark;
  const start = p.peek();
  let res: Node = FAIL;
  const kw = start.type === NAME && start.isKeyword && SIMPLE_KW.has(start.string) ? start.string : null;
  res = assignment(p);
  if (res === FAIL) {
    p.mark = mark;
    const e = starExpressions(p);
    if (e !== FAIL) res = p.loc({ _type: "Expr", value: e }, start);
  }
  if (res === FAIL && kw !== null) {
    p.mark = mark;
    switch (kw) {
      case "return": res = returnStmt(p); break;
      case "import": case "from": res = importStmt(p); break;
      case "raise": res = raiseStmt(p); break;
      case "pass": p.mark++; res = p.loc({ _type: "Pass" }, start); break;
      case "del": res = delStmt(p); break;
      case "yield": {
        const y = yieldExpr(p);
        if (y !== FAIL) res = p.loc({ _type: "Expr", value: y }, start);
        break;
      }
      case "assert": res = assertStmt(p); break;
      case "break": p.mark++; res = p.loc({ _type: "Break" }, start); break;
      case "continue": p.mark++; res = p.loc({ _type: "Continue" }, start); break;
      case "global": case "nonlocal": res = globalStmt(p, kw); break;
    }
  }
  if (res === FAIL) p.mark = mark;
  p.memoSet(R.simple_stmt, mark, res);
  return res;
}

export function block(p: Parser): Node[] | null {
  if (p.memoGet(R.block)) return p.memoResult;
  const mark = p.mark;
  let res: Node[] | null = null;
  if (p.expectType(NEWLINE) && p.expectType(INDENT)) {
    const a = statements(p);
    if (a !== null && p.expectType(DEDENT)) res = a;
  }
  if (res === null) {
    p.mark = mark;
    res = simpleStmts(p);
  }
  if (res === null) {
    p.mark = mark;
    if (p.callInvalidRules) {
      // invalid_block: NEWLINE !INDENT
      if (p.expectType(NEWLINE) && p.peek().type !== INDENT) throw p.error("expected an indented block", "IndentationError");
      p.mark = mark;
    }
  }
  p.memoSet(R.block, mark, res);
  return res;
}

/** `NEWLINE !INDENT` after a ':' of compound statement `what` starting at token `a`. */
function checkIndentedBlock(p: Parser, lineno: number, what: string): void {
  if (p.expectType(NEWLINE) && p.peek().type !== INDENT) {
    throw p.error(`expected an indented block after ${what} on line ${lineno}`, "IndentationError");
  }
}

// ---------------------------------------------------------------------------
// Simple statements
// ---------------------------------------------------------------------------

const AUGOPS: Record<string, string> = {
  "+=": "Add", "-=": "Sub", "*=": "Mult", "@=": "MatMult", "/=": "Div", "%=": "Mod", "&=": "BitAnd", "|=": "BitOr",
  "^=": "BitXor", "<<=": "LShift", ">>=": "RShift", "**=": "Pow", "//=": "FloorDiv",
};

function annotatedRhs(p: Parser): Node {
  const y = yieldExpr(p);
  if (y !== FAIL) return y;
  return starExpressions(p);
}

function assignment(p: Parser): Node {
  const mark = p.mark;
  const start = p.peek();
  // NAME ':' expression ['=' annotated_rhs]
  const n = p.nameToken();
  if (n && p.expectOp(":")) {
    const b = expression(p);
    if (b !== FAIL) {
      const c = optionalAssignedValue(p);
      return p.loc({ _type: "AnnAssign", target: setContext(p.nameFromToken(n), STORE), annotation: b, value: c, simple: 1 }, start);
    }
  }
  p.mark = mark;
  // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
  let t: Node = FAIL;
  if (p.expectOp("(")) {
    t = singleTarget(p);
    if (t === FAIL || !p.expectOp(")")) {
      t = FAIL;
      p.mark = mark;
    }
  }
  if (t === FAIL) t = singleSubscriptAttributeTarget(p);
  if (t !== FAIL && p.expectOp(":")) {
    const b = expression(p);
    if (b !== FAIL) {
      const c = optionalAssignedValue(p);
      return p.loc({ _type: "AnnAssign", target: t, annotation: b, value: c, simple: 0 }, start);
    }
  }
  p.mark = mark;
  // (star_targets '=')+ (yield_expr | star_expressions) !'='
  const targets: Node[] = [];
  for (;;) {
    const m = p.mark;
    const z = starTargets(p);
    if (z === FAIL || !p.expectOp("=")) {
      p.mark = m;
      break;
    }
    targets.push(z);
  }
  if (targets.length) {
    const b = annotatedRhs(p);
    if (b !== FAIL && !p.isOp("=")) return p.loc({ _type: "Assign", targets, value: b, type_comment: null }, start);
  }
  p.mark = mark;
  // single_target augassign ~ (yield_expr | star_expressions)
  const st = singleTarget(p);
  if (st !== FAIL) {
    const opTok = p.peek();
    if (opTok.type === OP && AUGOPS[opTok.string] !== undefined) {
      p.mark++;
      const c = annotatedRhs(p);
      if (c !== FAIL) return p.loc({ _type: "AugAssign", target: st, op: OPS[AUGOPS[opTok.string]], value: c }, start);
      p.mark = mark;
      return FAIL; // cut
    }
  }
  p.mark = mark;
  if (p.callInvalidRules) invalidAssignment(p);
  p.mark = mark;
  return FAIL;
}

function optionalAssignedValue(p: Parser): Node {
  const m = p.mark;
  if (p.expectOp("=")) {
    const d = annotatedRhs(p);
    if (d !== FAIL) return d;
  }
  p.mark = m;
  return null;
}

/** invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')' */
function invalidAnnAssignTarget(p: Parser): Node {
  const mark = p.mark;
  let a = listRule(p);
  if (a !== FAIL) return a;
  a = tupleRule(p);
  if (a !== FAIL) return a;
  if (p.expectOp("(")) {
    const b = invalidAnnAssignTarget(p);
    if (b !== FAIL && p.expectOp(")")) return b;
  }
  p.mark = mark;
  return FAIL;
}

function invalidAssignment(p: Parser): void {
  const mark = p.mark;
  const a = invalidAnnAssignTarget(p);
  if (a !== FAIL && p.expectOp(":") && expression(p) !== FAIL) {
    throw p.errorAt(a, `only single target (not ${exprName(a)}) can be annotated`);
  }
  p.mark = mark;
  const b = starNamedExpression(p);
  if (b !== FAIL && p.expectOp(",")) {
    while (starNamedExpressions(p) !== null) { /* star_named_expressions* */ }
    if (p.expectOp(":") && expression(p) !== FAIL) throw p.errorAt(b, "only single target (not tuple) can be annotated");
  }
  p.mark = mark;
  const c = expression(p);
  if (c !== FAIL && p.expectOp(":") && expression(p) !== FAIL) throw p.errorAt(c, "illegal target for annotation");
  p.mark = mark;
  // (star_targets '=')* a=star_expressions '='
  starTargetsEqMany(p);
  const d = starExpressions(p);
  if (d !== FAIL && p.expectOp("=")) p.invalidTarget("star", d);
  p.mark = mark;
  starTargetsEqMany(p);
  const y = yieldExpr(p);
  if (y !== FAIL && p.expectOp("=")) throw p.errorAt(y, "assignment to yield expression not possible");
  p.mark = mark;
  const e = starExpressions(p);
  if (e !== FAIL) {
    const t = p.peek();
    if (t.type === OP && AUGOPS[t.string] !== undefined) {
      p.mark++;
      if (annotatedRhs(p) !== FAIL) {
        throw p.errorAt(e, `'${exprName(e)}' is an illegal expression for augmented assignment`);
      }
    }
  }
  p.mark = mark;
}

function starTargetsEqMany(p: Parser): void {
  for (;;) {
    const m = p.mark;
    if (starTargets(p) === FAIL || !p.expectOp("=")) {
      p.mark = m;
      return;
    }
  }
}

function returnStmt(p: Parser): Node {
  const start = p.peek();
  if (!p.expectKw("return")) return FAIL;
  const a = starExpressions(p);
  return p.loc({ _type: "Return", value: a }, start);
}

function raiseStmt(p: Parser): Node {
  const mark = p.mark;
  const start = p.peek();
  if (!p.expectKw("raise")) return FAIL;
  const a = expression(p);
  if (a !== FAIL) {
    const m = p.mark;
    let b: Node = null;
    if (p.expectKw("from")) {
      b = expression(p);
      if (b === FAIL) {
        b = null;
        p.mark = m;
      }
    }
    return p.loc({ _type: "Raise", exc: a, cause: b }, start);
  }
  p.mark = mark + 1;
  return p.loc({ _type: "Raise", exc: null, cause: null }, start);
}

function globalStmt(p: Parser, kw: string): Node {
  const mark = p.mark;
  const start = p.peek();
  p.mark++;
  const names = gather(p, (q) => q.nameToken());
  if (names === null) {
    p.mark = mark;
    return FAIL;
  }
  return p.loc({ _type: kw === "global" ? "Global" : "Nonlocal", names: names.map((t: Token) => p.identifier(t.string)) }, start);
}

function delStmt(p: Parser): Node {
  const mark = p.mark;
  const start = p.peek();
  p.mark++;
  const a = delTargets(p);
  if (a !== null && (p.isOp(";") || p.peek().type === NEWLINE)) return p.loc({ _type: "Delete", targets: a }, start);
  p.mark = mark;
  if (p.callInvalidRules) {
    p.mark++;
    const e = starExpressions(p);
    if (e !== FAIL) p.invalidTarget("del", e);
    p.mark = mark;
  }
  return FAIL;
}

function assertStmt(p: Parser): Node {
  const mark = p.mark;
  const start = p.peek();
  p.mark++;
  const a = expression(p);
  if (a === FAIL) {
    p.mark = mark;
    return FAIL;
  }
  let b: Node = null;
  const m = p.mark;
  if (p.expectOp(",")) {
    b = expression(p);
    if (b === FAIL) {
      b = null;
      p.mark = m;
    }
  }
  return p.loc({ _type: "Assert", test: a, msg: b }, start);
}

// ---------------------------------------------------------------------------
// Imports
// ---------------------------------------------------------------------------

function importStmt(p: Parser): Node {
  if (p.memoGet(R.import_stmt)) return p.memoResult;
  const mark = p.mark;
  let res = importName(p);
  if (res === FAIL) res = importFrom(p);
  if (res === FAIL) p.mark = mark;
  p.memoSet(R.import_stmt, mark, res);
  return res;
}

function importName(p: Parser): Node {
  const mark = p.mark;
  const start = p.peek();
  if (!p.expectKw("import")) return FAIL;
  const a = gather(p, dottedAsName);
  if (a === null) {
    p.mark = mark;
    return FAIL;
  }
  return p.loc({ _type: "Import", names: a }, start);
}

function dottedName(p: Parser): string | null {
  const t = p.nameToken();
  if (!t) return null;
  let name = p.identifier(t.string);
  for (;;) {
    const m = p.mark;
    if (!p.expectOp(".")) break;
    const n = p.nameToken();
    if (!n) {
      p.mark = m;
      break;
    }
    name += "." + p.identifier(n.string);
  }
  return name;
}

function dottedAsName(p: Parser): Node {
  const mark = p.mark;
  const start = p.peek();
  const a = dottedName(p);
  if (a === null) {
    p.mark = mark;
    return FAIL;
  }
  const asname = optionalAsName(p);
  return p.loc({ _type: "alias", name: a, asname }, start);
}

function optionalAsName(p: Parser): string | null {
  const m = p.mark;
  if (p.expectKw("as")) {
    const z = p.nameToken();
    if (z) return p.identifier(z.string);
  }
  p.mark = m;
  return null;
}

function importFrom(p: Parser): Node {
  const mark = p.mark;
  const start = p.peek();
  if (!p.expectKw("from")) return FAIL;
  let level = 0;
  for (;;) {
    if (p.expectOp(".")) level += 1;
    else if (p.expectOp("...")) level += 3;
    else break;
  }
  const afterDots = p.mark;
  const b = dottedName(p);
  if (b !== null && p.expectKw("import")) {
    const c = importFromTargets(p);
    if (c !== null) return p.loc({ _type: "ImportFrom", module: b, names: c, level }, start);
  }
  p.mark = afterDots;
  if (level > 0 && p.expectKw("import")) {
    const c = importFromTargets(p);
    if (c !== null) return p.loc({ _type: "ImportFrom", module: null, names: c, level }, start);
  }
  p.mark = mark;
  return FAIL;
}

function importFromTargets(p: Parser): Node[] | null {
  const mark = p.mark;
  const start = p.peek();
  if (p.expectOp("(")) {
    const a = importFromAsNames(p);
    if (a !== null) {
      p.expectOp(",");
      if (p.expectOp(")")) return a;
    }
  }
  p.mark = mark;
  const b = importFromAsNames(p);
  if (b !== null && !p.isOp(",")) return b;
  p.mark = mark;
  if (p.expectOp("*")) return [p.loc({ _type: "alias", name: "*", asname: null }, start)];
  p.mark = mark;
  if (p.callInvalidRules) {
    if (importFromAsNames(p) !== null && p.expectOp(",") && p.peek().type === NEWLINE) {
      p.mark++;
      throw p.error("trailing comma not allowed without surrounding parentheses");
    }
    p.mark = mark;
  }
  return null;
}

function importFromAsNames(p: Parser): Node[] | null {
  return gather(p, (q) => {
    const start = q.peek();
    const a = q.nameToken();
    if (!a) return FAIL;
    const asname = optionalAsName(q);
    return q.loc({ _type: "alias", name: q.identifier(a.string), asname }, start);
  });
}

// ---------------------------------------------------------------------------
// Compound statements
// ---------------------------------------------------------------------------

function compoundStmt(p: Parser): Node {
  const t = p.peek();
  if (t.type === NAME) {
    switch (t.string) {
      case "def": return functionDef(p);
      case "if": return ifStmt(p, "if");
      case "class": return classDef(p);
      case "with": return withStmt(p);
      case "for": return forStmt(p);
      case "try": return tryStmt(p);
      case "while": return whileStmt(p);
      case "async": {
        let r = functionDef(p);
        if (r === FAIL) r = withStmt(p);
        if (r === FAIL) r = forStmt(p);
        return r;
      }
      case "match": return matchStmt(p);
    }
    return FAIL;
  }
  if (t.type === OP && t.string === "@") {
    const r = functionDef(p);
    if (r !== FAIL) return r;
    return classDef(p);
  }
  return FAIL;
}

function decorators(p: Parser): Node[] | null {
  const out: Node[] = [];
  for (;;) {
    const m = p.mark;
    if (!p.expectOp("@")) break;
    const f = namedExpression(p);
    if (f === FAIL || !p.expectType(NEWLINE)) {
      p.mark = m;
      break;
    }
    out.push(f);
  }
  return out.length ? out : null;
}

function classDef(p: Parser): Node {
  const mark = p.mark;
  const d = decorators(p);
  const c = classDefRaw(p);
  if (c === FAIL) {
    p.mark = mark;
    return FAIL;
  }
  if (d) c.decorator_list = d;
  return c;
}

function classHeader(p: Parser): { name: Token; args: any } | null {
  const n = p.nameToken();
  if (!n) return null;
  let args: any = null;
  const m = p.mark;
  if (p.expectOp("(")) {
    args = arguments_(p) ?? { args: [], keywords: [] };
    if (!p.expectOp(")")) {
      p.mark = m;
      args = null;
    }
  }
  return { name: n, args };
}

function classDefRaw(p: Parser): Node {
  const mark = p.mark;
  const start = p.peek();
  if (p.callInvalidRules) {
    // invalid_class_def_raw
    const a = p.expectKw("class");
    if (a && classHeader(p)) {
      if (p.peek().type === NEWLINE) {
        p.mark++;
        throw p.error("expected ':'");
      }
      if (p.expectOp(":")) checkIndentedBlock(p, a.lineno, "class definition");
    }
    p.mark = mark;
  }
  if (!p.expectKw("class")) return FAIL;
  const h = classHeader(p);
  if (h && p.expectOp(":")) {
    const c = block(p);
    if (c !== null) {
      return p.loc({
        _type: "ClassDef", name: p.identifier(h.name.string), bases: h.args ? h.args.args : [],
        keywords: h.args ? h.args.keywords : [], body: c, decorator_list: [],
      }, start);
    }
  }
  p.mark = mark;
  return FAIL;
}

function functionDef(p: Parser): Node {
  const mark = p.mark;
  const d = decorators(p);
  const f = functionDefRaw(p);
  if (f === FAIL) {
    p.mark = mark;
    return FAIL;
  }
  if (d) f.decorator_list = d;
  return f;
}

function functionDefRaw(p: Parser): Node {
  const mark = p.mark;
  const start = p.peek();
  if (p.callInvalidRules) {
    // invalid_def_raw: [ASYNC] a='def' NAME '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT
    p.expectKw("async");
    const a = p.expectKw("def");
    if (a && p.nameToken() && p.expectOp("(")) {
      params(p, false);
      if (p.expectOp(")")) {
        const m = p.mark;
        if (!(p.expectOp("->") && expression(p) !== FAIL)) p.mark = m;
        if (p.expectOp(":")) checkIndentedBlock(p, a.lineno, "function definition");
      }
    }
    p.mark = mark;
  }
  const isAsync = p.expectKw("async") !== null;
  if (!p.expectKw("def")) {
    p.mark = mark;
    return FAIL;
  }
  const n = p.nameToken();
  if (!n) {
    p.mark = mark;
    return FAIL;
  }
  p.expectForced("(");
  const ps = params(p, false);
  if (!p.expectOp(")")) {
    p.mark = mark;
    return FAIL;
  }
  let returns: Node = null;
  const m = p.mark;
  if (p.expectOp("->")) {
    returns = expression(p);
    if (returns === FAIL) {
      returns = null;
      p.mark = m;
    }
  }
  p.expectForced(":");
  const b = block(p);
  if (b === null) {
    p.mark = mark;
    return FAIL;
  }
  return p.loc({
    _type: isAsync ? "AsyncFunctionDef" : "FunctionDef", name: p.identifier(n.string), args: ps ?? emptyArguments(),
    body: b, decorator_list: [], returns, type_comment: null,
  }, start);
}

/** if_stmt / elif_stmt */
function ifStmt(p: Parser, kw: "if" | "elif"): Node {
  const mark = p.mark;
  const start = p.peek();
  if (p.callInvalidRules) {
    // invalid_if_stmt / invalid_elif_stmt
    if (p.expectKw(kw)) {
      const e = namedExpression(p);
      if (e !== FAIL) {
        if (p.peek().type === NEWLINE) {
          p.mark++;
          throw p.error("expected ':'");
        }
        // CPython reports the line of the condition for 'if' (the rule rebinds `a`).
        if (p.expectOp(":")) checkIndentedBlock(p, kw === "if" ? e.lineno : start.lineno, `'${kw}' statement`);
      }
    }
    p.mark = mark;
  }
  if (!p.expectKw(kw)) return FAIL;
  const a = namedExpression(p);
  if (a !== FAIL && p.expectOp(":")) {
    const b = block(p);
    if (b !== null) {
      const m = p.mark;
      if (p.isKw("elif")) {
        const c = ifStmt(p, "elif");
        if (c !== FAIL) return p.loc({ _type: "If", test: a, body: b, orelse: [c] }, start);
        p.mark = m;
      }
      const e = elseBlock(p);
      return p.loc({ _type: "If", test: a, body: b, orelse: e ?? [] }, start);
    }
  }
  p.mark = mark;
  return FAIL;
}

function elseBlock(p: Parser): Node[] | null {
  const mark = p.mark;
  if (p.callInvalidRules) {
    const a = p.expectKw("else");
    if (a && p.expectOp(":")) checkIndentedBlock(p, a.lineno, "'else' statement");
    p.mark = mark;
  }
  if (!p.expectKw("else")) return null;
  p.expectForced(":");
  const b = block(p);
  if (b === null) p.mark = mark;
  return b;
}

function whileStmt(p: Parser): Node {
  const mark = p.mark;
  const start = p.peek();
  if (p.callInvalidRules) {
    const w = p.expectKw("while");
    if (w && namedExpression(p) !== FAIL) {
      if (p.peek().type === NEWLINE) {
        p.mark++;
        throw p.error("expected ':'");
      }
      if (p.expectOp(":")) checkIndentedBlock(p, w.lineno, "'while' statement");
    }
    p.mark = mark;
  }
  if (!p.expectKw("while")) return FAIL;
  const a = namedExpression(p);
  if (a !== FAIL && p.expectOp(":")) {
    const b = block(p);
    if (b !== null) {
      const c = elseBlock(p);
      return p.loc({ _type: "While", test: a, body: b, orelse: c ?? [] }, start);
    }
  }
  p.mark = mark;
  return FAIL;
}

function forStmt(p: Parser): Node {
  const mark = p.mark;
  const start = p.peek();
  if (p.callInvalidRules) {
    // invalid_for_stmt
    p.expectKw("async");
    const f = p.expectKw("for");
    if (f && starTargets(p) !== FAIL && p.expectKw("in") && starExpressions(p) !== FAIL) {
      if (p.peek().type === NEWLINE) {
        p.mark++;
        throw p.error("expected ':'");
      }
      if (p.expectOp(":")) checkIndentedBlock(p, f.lineno, "'for' statement");
    }
    p.mark = mark;
  }
  const isAsync = p.expectKw("async") !== null;
  if (p.expectKw("for")) {
    const t = starTargets(p);
    if (t !== FAIL && p.expectKw("in")) {
      // cut: failure after 'in' fails the whole rule
      const ex = starExpressions(p);
      if (ex !== FAIL && p.expectOp(":")) {
        const b = block(p);
        if (b !== null) {
          const el = elseBlock(p);
          return p.loc({ _type: isAsync ? "AsyncFor" : "For", target: t, iter: ex, body: b, orelse: el ?? [], type_comment: null }, start);
        }
      }
      p.mark = mark;
      return FAIL;
    }
  }
  p.mark = mark;
  if (p.callInvalidRules) {
    // invalid_for_target
    p.expectKw("async");
    if (p.expectKw("for")) {
      const a = starExpressions(p);
      if (a !== FAIL) p.invalidTarget("for", a);
    }
    p.mark = mark;
  }
  return FAIL;
}

function withItem(p: Parser): Node {
  const mark = p.mark;
  const e = expression(p);
  if (e === FAIL) return FAIL;
  if (p.expectKw("as")) {
    const t = starTarget(p);
    if (t !== FAIL && (p.isOp(",") || p.isOp(")") || p.isOp(":"))) return { _type: "withitem", context_expr: e, optional_vars: t };
  }
  p.mark = mark;
  if (p.callInvalidRules) {
    // invalid_with_item: expression 'as' a=expression &(',' | ')' | ':')
    if (expression(p) !== FAIL && p.expectKw("as")) {
      const a = expression(p);
      if (a !== FAIL && (p.isOp(",") || p.isOp(")") || p.isOp(":"))) p.invalidTarget("star", a);
    }
    p.mark = mark;
  }
  expression(p); // e again (memoized): back to the end of the expression
  return { _type: "withitem", context_expr: e, optional_vars: null };
}

/** ','.(expression ['as' star_target])+ (or `expressions` inside parentheses) for invalid_with_stmt*. */
function looseWithItems(p: Parser, parenthesized: boolean): boolean {
  const item = (q: Parser) => {
    const e = parenthesized ? expressions(q) : expression(q);
    if (e === FAIL) return FAIL;
    const m = q.mark;
    if (!(q.expectKw("as") && starTarget(q) !== FAIL)) q.mark = m;
    return e;
  };
  return gather(p, item) !== null;
}

function withStmt(p: Parser): Node {
  const mark = p.mark;
  const start = p.peek();
  if (p.callInvalidRules) {
    // invalid_with_stmt_indent
    p.expectKw("async");
    const a = p.expectKw("with");
    if (a) {
      const m = p.mark;
      if (looseWithItems(p, false) && p.expectOp(":")) checkIndentedBlock(p, a.lineno, "'with' statement");
      p.mark = m;
      if (p.expectOp("(") && looseWithItems(p, true)) {
        p.expectOp(",");
        if (p.expectOp(")") && p.expectOp(":")) checkIndentedBlock(p, a.lineno, "'with' statement");
      }
    }
    p.mark = mark;
  }
  const isAsync = p.expectKw("async") !== null;
  if (p.expectKw("with")) {
    const afterWith = p.mark;
    if (p.expectOp("(")) {
      const a = gather(p, withItem);
      if (a !== null) {
        p.expectOp(",");
        if (p.expectOp(")") && p.expectOp(":")) {
          const b = block(p);
          if (b !== null) return p.loc({ _type: isAsync ? "AsyncWith" : "With", items: a, body: b, type_comment: null }, start);
        }
      }
    }
    p.mark = afterWith;
    const a = gather(p, withItem);
    if (a !== null && p.expectOp(":")) {
      const b = block(p);
      if (b !== null) return p.loc({ _type: isAsync ? "AsyncWith" : "With", items: a, body: b, type_comment: null }, start);
    }
  }
  p.mark = mark;
  if (p.callInvalidRules) {
    // invalid_with_stmt
    p.expectKw("async");
    if (p.expectKw("with")) {
      const m = p.mark;
      if (looseWithItems(p, false) && p.peek().type === NEWLINE) {
        p.mark++;
        throw p.error("expected ':'");
      }
      p.mark = m;
      if (p.expectOp("(") && looseWithItems(p, true)) {
        p.expectOp(",");
        if (p.expectOp(")") && p.peek().type === NEWLINE) {
          p.mark++;
          throw p.error("expected ':'");
        }
      }
    }
    p.mark = mark;
  }
  return FAIL;
}

function tryStmt(p: Parser): Node {
  const mark = p.mark;
  const start = p.peek();
  if (p.callInvalidRules) invalidTryStmt(p);
  if (!p.expectKw("try")) return FAIL;
  p.expectForced(":");
  const b = block(p);
  if (b === null) {
    p.mark = mark;
    return FAIL;
  }
  const afterBody = p.mark;
  const f = finallyBlock(p);
  if (f !== null) return p.loc({ _type: "Try", body: b, handlers: [], orelse: [], finalbody: f }, start);
  p.mark = afterBody;
  const ex: Node[] = [];
  for (;;) {
    const h = exceptBlock(p);
    if (h === FAIL) break;
    ex.push(h);
  }
  if (ex.length) {
    const el = elseBlock(p);
    const fin = finallyBlock(p);
    return p.loc({ _type: "Try", body: b, handlers: ex, orelse: el ?? [], finalbody: fin ?? [] }, start);
  }
  p.mark = afterBody;
  for (;;) {
    const h = exceptStarBlock(p);
    if (h === FAIL) break;
    ex.push(h);
  }
  if (ex.length) {
    const el = elseBlock(p);
    const fin = finallyBlock(p);
    return p.loc({ _type: "TryStar", body: b, handlers: ex, orelse: el ?? [], finalbody: fin ?? [] }, start);
  }
  p.mark = mark;
  return FAIL;
}

function invalidTryStmt(p: Parser): void {
  const mark = p.mark;
  const a = p.expectKw("try");
  if (!a) return;
  if (p.expectOp(":")) {
    const m = p.mark;
    checkIndentedBlock(p, a.lineno, "'try' statement");
    p.mark = m;
    if (block(p) !== null && !p.isKw("except") && !p.isKw("finally")) throw p.error("expected 'except' or 'finally' block");
    p.mark = m;
    while (block(p) !== null) { /* block* */ }
    const m2 = p.mark;
    let n = 0;
    while (exceptBlock(p) !== FAIL) n++;
    if (n) {
      const e = p.expectKw("except");
      const star = e && p.expectOp("*");
      if (e && star && expression(p) !== FAIL) {
        optionalAsNameToken(p);
        if (p.expectOp(":")) throw p.errorRange(e, star, "cannot have both 'except' and 'except*' on the same 'try'");
      }
    }
    p.mark = m2;
    n = 0;
    while (exceptStarBlock(p) !== FAIL) n++;
    if (n) {
      const e = p.expectKw("except");
      if (e) {
        const m3 = p.mark;
        if (expression(p) !== FAIL) optionalAsNameToken(p);
        else p.mark = m3;
        if (p.expectOp(":")) throw p.errorAt(e, "cannot have both 'except' and 'except*' on the same 'try'");
      }
    }
  }
  p.mark = mark;
}

function optionalAsNameToken(p: Parser): void {
  const m = p.mark;
  if (!(p.expectKw("as") && p.nameToken())) p.mark = m;
}

function exceptBlock(p: Parser): Node {
  const mark = p.mark;
  const start = p.peek();
  if (p.callInvalidRules) {
    // invalid_except_stmt_indent
    const a = p.expectKw("except");
    if (a) {
      if (expression(p) !== FAIL) {
        optionalAsNameToken(p);
        if (p.expectOp(":")) checkIndentedBlock(p, a.lineno, "'except' statement");
      }
      p.mark = mark + 1;
      if (p.expectOp(":")) checkIndentedBlock(p, a.lineno, "'except' statement");
    }
    p.mark = mark;
  }
  if (!p.expectKw("except")) return FAIL;
  const e = expression(p);
  if (e !== FAIL) {
    const m = p.mark;
    let name: string | null = null;
    if (p.expectKw("as")) {
      const z = p.nameToken();
      if (z) name = p.identifier(z.string);
      else p.mark = m;
    }
    if (p.expectOp(":")) {
      const b = block(p);
      if (b !== null) return p.loc({ _type: "ExceptHandler", type: e, name, body: b }, start);
    }
  }
  p.mark = mark + 1;
  if (p.expectOp(":")) {
    const b = block(p);
    if (b !== null) return p.loc({ _type: "ExceptHandler", type: null, name: null, body: b }, start);
  }
  p.mark = mark;
  if (p.callInvalidRules) invalidExceptStmt(p);
  return FAIL;
}

function exceptStarBlock(p: Parser): Node {
  const mark = p.mark;
  const start = p.peek();
  if (p.callInvalidRules) {
    // invalid_except_star_stmt_indent
    const a = p.expectKw("except");
    if (a && p.expectOp("*") && expression(p) !== FAIL) {
      optionalAsNameToken(p);
      if (p.expectOp(":")) checkIndentedBlock(p, a.lineno, "'except*' statement");
    }
    p.mark = mark;
  }
  if (p.expectKw("except") && p.expectOp("*")) {
    const e = expression(p);
    if (e !== FAIL) {
      const m = p.mark;
      let name: string | null = null;
      if (p.expectKw("as")) {
        const z = p.nameToken();
        if (z) name = p.identifier(z.string);
        else p.mark = m;
      }
      if (p.expectOp(":")) {
        const b = block(p);
        if (b !== null) return p.loc({ _type: "ExceptHandler", type: e, name, body: b }, start);
      }
    }
  }
  p.mark = mark;
  if (p.callInvalidRules) invalidExceptStmt(p);
  return FAIL;
}

function invalidExceptStmt(p: Parser): void {
  const mark = p.mark;
  if (!p.expectKw("except")) return;
  const afterExcept = p.mark;
  // 'except' '*'? a=expression ',' expressions ['as' NAME ] ':'
  p.expectOp("*");
  const a = expression(p);
  if (a !== FAIL && p.expectOp(",") && expressions(p) !== FAIL) {
    optionalAsNameToken(p);
    if (p.expectOp(":")) throw p.errorFrom(a, "multiple exception types must be parenthesized");
  }
  p.mark = afterExcept;
  // a='except' '*'? expression ['as' NAME ] NEWLINE
  p.expectOp("*");
  if (expression(p) !== FAIL) {
    optionalAsNameToken(p);
    if (p.peek().type === NEWLINE) {
      p.mark++;
      throw p.error("expected ':'");
    }
  }
  p.mark = afterExcept;
  if (p.peek().type === NEWLINE) {
    p.mark++;
    throw p.error("expected ':'");
  }
  if (p.expectOp("*")) {
    const t = p.peek();
    if (t.type === NEWLINE || (t.type === OP && t.string === ":")) {
      p.mark++;
      throw p.error("expected one or more exception types");
    }
  }
  p.mark = mark;
}

function finallyBlock(p: Parser): Node[] | null {
  const mark = p.mark;
  if (p.callInvalidRules) {
    const a = p.expectKw("finally");
    if (a && p.expectOp(":")) checkIndentedBlock(p, a.lineno, "'finally' statement");
    p.mark = mark;
  }
  if (!p.expectKw("finally")) return null;
  p.expectForced(":");
  const b = block(p);
  if (b === null) p.mark = mark;
  return b;
}

// ---------------------------------------------------------------------------
// match statement
// ---------------------------------------------------------------------------

function subjectExpr(p: Parser): Node {
  const mark = p.mark;
  const start = p.peek();
  const v = starNamedExpression(p);
  if (v !== FAIL && p.expectOp(",")) {
    const rest = starNamedExpressions(p);
    return p.loc({ _type: "Tuple", elts: rest ? [v, ...rest] : [v], ctx: { _type: "Load" } }, start);
  }
  p.mark = mark;
  const n = namedExpression(p);
  if (n === FAIL) p.mark = mark;
  return n;
}

function matchStmt(p: Parser): Node {
  const mark = p.mark;
  const start = p.peek();
  if (p.expectKw("match")) {
    const subject = subjectExpr(p);
    if (subject !== FAIL && p.expectOp(":") && p.expectType(NEWLINE) && p.expectType(INDENT)) {
      const cases: Node[] = [];
      for (;;) {
        const c = caseBlock(p);
        if (c === FAIL) break;
        cases.push(c);
      }
      if (cases.length && p.expectType(DEDENT)) {
        return p.loc({ _type: "Match", subject, cases }, start);
      }
    }
  }
  p.mark = mark;
  if (p.callInvalidRules) {
    // invalid_match_stmt
    const a = p.expectKw("match");
    if (a && subjectExpr(p) !== FAIL) {
      if (p.peek().type === NEWLINE) {
        p.mark++;
        throw p.error("expected ':'");
      }
      if (p.expectOp(":")) checkIndentedBlock(p, a.lineno, "'match' statement");
    }
    p.mark = mark;
  }
  return FAIL;
}

function guard(p: Parser): Node {
  const mark = p.mark;
  if (p.expectKw("if")) {
    const g = namedExpression(p);
    if (g !== FAIL) return g;
  }
  p.mark = mark;
  return null;
}

function caseBlock(p: Parser): Node {
  const mark = p.mark;
  if (p.callInvalidRules) {
    // invalid_case_block
    const a = p.expectKw("case");
    if (a && patterns(p) !== FAIL) {
      guard(p);
      if (p.peek().type === NEWLINE) {
        p.mark++;
        throw p.error("expected ':'");
      }
      if (p.expectOp(":")) checkIndentedBlock(p, a.lineno, "'case' statement");
    }
    p.mark = mark;
  }
  if (p.expectKw("case")) {
    const pat = patterns(p);
    if (pat !== FAIL) {
      const g = guard(p);
      if (p.expectOp(":")) {
        const body = block(p);
        if (body !== null) return { _type: "match_case", pattern: pat, guard: g, body };
      }
    }
  }
  p.mark = mark;
  return FAIL;
}
