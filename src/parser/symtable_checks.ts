// SyntaxErrors that CPython 3.11 raises in the compiler (Python/compile.c) rather than the
// parser: 'return'/'yield'/'await' outside function, 'break' outside loop, starred
// targets, match-pattern checks, ... Walked in code-generation order so the first error
// reported is the same as CPython's.

import type { SymTable, Scope } from "./symtable.ts";
import { stError } from "./symtable.ts";
import { reprStr, pyRepr } from "./dump.ts";

type Node = any;

interface Ctx {
  scope: Scope;
  /** CPython's compiler scope type. */
  unit: "module" | "class" | "function" | "async" | "lambda" | "comprehension";
  inLoop: boolean;
}

export function compileChecks(mod: Node, st: SymTable): void {
  new Checker(mod, st).run();
}

class Checker {
  constructor(private mod: Node, private st: SymTable) {}

  private err(msg: string, n: Node): never {
    throw stError(this.st, this.mod, msg, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset);
  }

  run(): void {
    const ctx: Ctx = { scope: this.st.top, unit: "module", inLoop: false };
    const mod = this.mod;
    if (mod._type === "Expression") this.expr(mod.body, ctx);
    else this.stmts(mod.body, ctx);
  }

  private stmts(body: Node[] | null, ctx: Ctx): void {
    if (body) for (const s of body) this.stmt(s, ctx);
  }

  private checkDebugName(name: string | null, n: Node, del = false): void {
    if (name === "__debug__") this.err(del ? "cannot delete __debug__" : "cannot assign to __debug__", n);
  }

  private checkDebugArgs(a: Node, n: Node): void {
    for (const x of [...a.posonlyargs, ...a.args, ...a.kwonlyargs]) this.checkDebugName(x.arg, n);
    if (a.vararg) this.checkDebugName(a.vararg.arg, n);
    if (a.kwarg) this.checkDebugName(a.kwarg.arg, n);
  }

  private defaults(a: Node, ctx: Ctx): void {
    for (const d of a.defaults) this.expr(d, ctx);
    for (const d of a.kw_defaults) if (d) this.expr(d, ctx);
  }

  private annotations(a: Node, returns: Node, ctx: Ctx): void {
    if (this.st.future.has("annotations")) return;
    for (const x of [...a.posonlyargs, ...a.args]) if (x.annotation) this.expr(x.annotation, ctx);
    if (a.vararg?.annotation) this.elt(a.vararg.annotation, ctx); // `*args: *Ts` is allowed
    for (const x of a.kwonlyargs) if (x.annotation) this.expr(x.annotation, ctx);
    if (a.kwarg?.annotation) this.expr(a.kwarg.annotation, ctx);
    if (returns) this.expr(returns, ctx);
  }

  private childCtx(node: Node, unit: Ctx["unit"]): Ctx {
    return { scope: this.st.scopeOf(node) ?? this.st.top, unit, inLoop: false };
  }

  private stmt(s: Node, ctx: Ctx): void {
    switch (s._type) {
      case "FunctionDef":
      case "AsyncFunctionDef": {
        this.checkDebugArgs(s.args, s);
        for (const d of s.decorator_list) this.expr(d, ctx);
        this.defaults(s.args, ctx);
        this.annotations(s.args, s.returns, ctx);
        const inner = this.childCtx(s, s._type === "AsyncFunctionDef" ? "async" : "function");
        this.stmts(s.body, inner);
        this.checkDebugName(s.name, s);
        break;
      }
      case "ClassDef": {
        for (const d of s.decorator_list) this.expr(d, ctx);
        this.stmts(s.body, this.childCtx(s, "class"));
        this.callArgs(s.bases, s.keywords, ctx, s);
        this.checkDebugName(s.name, s);
        break;
      }
      case "Return":
        if (ctx.scope.type !== "function") this.err("'return' outside function", s);
        if (s.value && ctx.scope.isCoroutine && ctx.scope.isGenerator) this.err("'return' with value in async generator", s);
        if (s.value) this.expr(s.value, ctx);
        break;
      case "Delete":
        for (const t of s.targets) this.target(t, ctx, true);
        break;
      case "Assign":
        this.expr(s.value, ctx);
        for (const t of s.targets) this.target(t, ctx);
        break;
      case "AugAssign":
        this.augTarget(s.target, ctx);
        this.expr(s.value, ctx);
        break;
      case "AnnAssign":
        if (s.value) {
          this.expr(s.value, ctx);
          this.target(s.target, ctx);
        } else if (s.target._type === "Name") {
          this.checkDebugName(s.target.id, s.target);
        } else {
          this.augTarget(s.target, ctx);
        }
        if (!this.st.future.has("annotations") && (s.simple === 0 || ctx.unit === "module" || ctx.unit === "class")) {
          this.expr(s.annotation, ctx);
        }
        break;
      case "For":
      case "AsyncFor": {
        if (s._type === "AsyncFor" && ctx.unit !== "async") this.err("'async for' outside async function", s);
        this.expr(s.iter, ctx);
        const loop: Ctx = { ...ctx, inLoop: true };
        this.target(s.target, loop);
        this.stmts(s.body, loop);
        this.stmts(s.orelse, ctx);
        break;
      }
      case "While": {
        this.expr(s.test, ctx);
        this.stmts(s.body, { ...ctx, inLoop: true });
        this.stmts(s.orelse, ctx);
        break;
      }
      case "If":
        this.expr(s.test, ctx);
        this.stmts(s.body, ctx);
        this.stmts(s.orelse, ctx);
        break;
      case "With":
      case "AsyncWith":
        if (s._type === "AsyncWith" && ctx.unit !== "async") this.err("'async with' outside async function", s);
        for (const it of s.items) {
          this.expr(it.context_expr, ctx);
          if (it.optional_vars) this.target(it.optional_vars, ctx);
        }
        this.stmts(s.body, ctx);
        break;
      case "Match":
        this.expr(s.subject, ctx);
        this.match(s, ctx);
        break;
      case "Raise":
        if (s.exc) this.expr(s.exc, ctx);
        if (s.cause) this.expr(s.cause, ctx);
        break;
      case "Try":
      case "TryStar": {
        this.stmts(s.body, ctx);
        const n = s.handlers.length;
        s.handlers.forEach((h: Node, i: number) => {
          if (!h.type && i < n - 1) this.err("default 'except:' must be last", h);
          if (h.type) this.expr(h.type, ctx);
          this.checkDebugName(h.name, h);
          this.stmts(h.body, ctx);
        });
        this.stmts(s.orelse, ctx);
        this.stmts(s.finalbody, ctx);
        break;
      }
      case "Assert":
        this.expr(s.test, ctx);
        if (s.msg) this.expr(s.msg, ctx);
        break;
      case "Import":
        for (const a of s.names) {
          const name: string = a.asname ?? a.name.split(".")[0];
          this.checkDebugName(name, s);
        }
        break;
      case "ImportFrom":
        if (s.module === "__future__" && s.lineno > this.st.futureLineno) {
          this.err("from __future__ imports must occur at the beginning of the file", s);
        }
        for (const a of s.names) if (a.name !== "*") this.checkDebugName(a.asname ?? a.name, s);
        break;
      case "Expr":
        this.expr(s.value, ctx);
        break;
      case "Break":
        if (!ctx.inLoop) this.err("'break' outside loop", s);
        break;
      case "Continue":
        if (!ctx.inLoop) this.err("'continue' not properly in loop", s);
        break;
      default:
        break; // Pass, Global, Nonlocal
    }
  }

  /** An assignment (or del) target. */
  private target(t: Node, ctx: Ctx, del = false): void {
    switch (t._type) {
      case "Name":
        this.checkDebugName(t.id, t, del);
        break;
      case "Starred":
        this.err("starred assignment target must be in a list or tuple", t);
        break;
      case "Tuple":
      case "List": {
        let starred = 0;
        for (const x of t.elts) {
          if (x._type === "Starred") {
            if (++starred > 1) this.err("multiple starred expressions in assignment", t);
          }
        }
        for (const x of t.elts) {
          if (x._type === "Starred" && !del) this.target(x.value, ctx);
          else this.target(x, ctx, del);
        }
        break;
      }
      case "Attribute":
        this.expr(t.value, ctx);
        break;
      case "Subscript":
        this.expr(t.value, ctx);
        this.expr(t.slice, ctx);
        break;
      default:
        this.expr(t, ctx);
    }
  }

  private augTarget(t: Node, ctx: Ctx): void {
    if (t._type === "Name") this.checkDebugName(t.id, t);
    else if (t._type === "Attribute") this.expr(t.value, ctx);
    else if (t._type === "Subscript") {
      this.expr(t.value, ctx);
      this.expr(t.slice, ctx);
    }
  }

  /** Call arguments (also class bases/keywords). */
  private callArgs(args: Node[], keywords: Node[], ctx: Ctx, owner: Node): void {
    for (let i = 0; i < keywords.length; i++) {
      const k = keywords[i];
      if (k.arg === null) continue;
      this.checkDebugName(k.arg, owner);
      for (let j = i + 1; j < keywords.length; j++) {
        if (keywords[j].arg === k.arg) this.err(`keyword argument repeated: ${k.arg}`, keywords[j]);
      }
    }
    for (const a of args) this.elt(a, ctx);
    for (const k of keywords) this.expr(k.value, ctx);
  }

  /** An element of a display or call: Starred is allowed here. */
  private elt(e: Node, ctx: Ctx): void {
    if (e._type === "Starred") this.expr(e.value, ctx);
    else this.expr(e, ctx);
  }

  private expr(e: Node, ctx: Ctx): void {
    switch (e._type) {
      case "BoolOp":
        for (const v of e.values) this.expr(v, ctx);
        break;
      case "NamedExpr":
        this.expr(e.value, ctx);
        this.checkDebugName(e.target.id, e.target);
        break;
      case "BinOp":
        this.expr(e.left, ctx);
        this.expr(e.right, ctx);
        break;
      case "UnaryOp":
        this.expr(e.operand, ctx);
        break;
      case "Lambda": {
        this.checkDebugArgs(e.args, e);
        this.defaults(e.args, ctx);
        this.expr(e.body, this.childCtx(e, "lambda"));
        break;
      }
      case "IfExp":
        this.expr(e.test, ctx);
        this.expr(e.body, ctx);
        this.expr(e.orelse, ctx);
        break;
      case "Dict":
        for (let i = 0; i < e.values.length; i++) {
          if (e.keys[i]) this.expr(e.keys[i], ctx);
          this.expr(e.values[i], ctx);
        }
        break;
      case "Set":
      case "List":
      case "Tuple":
        for (const x of e.elts) this.elt(x, ctx);
        break;
      case "ListComp":
      case "SetComp":
      case "DictComp":
      case "GeneratorExp":
        this.comprehension(e, ctx);
        break;
      case "Await":
        if (ctx.scope.type !== "function") this.err("'await' outside function", e);
        if (ctx.unit !== "async" && ctx.unit !== "comprehension") this.err("'await' outside async function", e);
        this.expr(e.value, ctx);
        break;
      case "Yield":
        if (ctx.scope.type !== "function") this.err("'yield' outside function", e);
        if (e.value) this.expr(e.value, ctx);
        break;
      case "YieldFrom":
        if (ctx.scope.type !== "function") this.err("'yield' outside function", e);
        if (ctx.unit === "async") this.err("'yield from' inside async function", e);
        this.expr(e.value, ctx);
        break;
      case "Compare":
        this.expr(e.left, ctx);
        for (const c of e.comparators) this.expr(c, ctx);
        break;
      case "Call":
        this.expr(e.func, ctx);
        this.callArgs(e.args, e.keywords, ctx, e);
        break;
      case "FormattedValue":
        this.expr(e.value, ctx);
        if (e.format_spec) this.expr(e.format_spec, ctx);
        break;
      case "JoinedStr":
        for (const v of e.values) this.expr(v, ctx);
        break;
      case "Attribute":
        this.expr(e.value, ctx);
        break;
      case "Subscript":
        this.expr(e.value, ctx);
        this.expr(e.slice, ctx);
        break;
      case "Starred":
        this.err("can't use starred expression here", e);
        break;
      case "Slice":
        if (e.lower) this.expr(e.lower, ctx);
        if (e.upper) this.expr(e.upper, ctx);
        if (e.step) this.expr(e.step, ctx);
        break;
      default:
        break; // Constant, Name (Load)
    }
  }

  private comprehension(e: Node, ctx: Ctx): void {
    const inner = this.childCtx(e, "comprehension");
    const sc = inner.scope;
    if (sc.isCoroutine && e._type !== "GeneratorExp" && ctx.unit !== "async" && ctx.unit !== "comprehension") {
      this.err("asynchronous comprehension outside of an asynchronous function", e);
    }
    const gens: Node[] = e.generators;
    gens.forEach((g: Node, i: number) => {
      if (i > 0) this.expr(g.iter, inner);
      this.target(g.target, inner);
      for (const x of g.ifs) this.expr(x, inner);
    });
    if (e._type === "DictComp") {
      this.expr(e.key, inner);
      this.expr(e.value, inner);
    } else {
      this.expr(e.elt, inner);
    }
    this.expr(gens[0].iter, ctx);
  }

  // ---- match ---------------------------------------------------------------

  private match(s: Node, ctx: Ctx): void {
    const cases: Node[] = s.cases;
    const last = cases[cases.length - 1];
    const hasDefault = cases.length > 1 && last.pattern._type === "MatchAs" && !last.pattern.pattern && !last.pattern.name;
    cases.forEach((m: Node, i: number) => {
      if (hasDefault && i === cases.length - 1) {
        if (m.guard) this.expr(m.guard, ctx);
        this.stmts(m.body, ctx);
        return;
      }
      const pc = { stores: [] as string[], allowIrrefutable: !!m.guard || i === cases.length - 1, last: m.pattern };
      this.pattern(m.pattern, pc, ctx);
      if (m.guard) this.expr(m.guard, ctx);
      this.stmts(m.body, ctx);
    });
  }

  private storeName(name: string, p: Node, pc: { stores: string[] }): void {
    this.checkDebugName(name, p);
    if (pc.stores.includes(name)) this.err(`multiple assignments to name ${reprStr(name)} in pattern`, p);
    pc.stores.push(name);
  }

  private subpattern(p: Node, pc: { stores: string[]; allowIrrefutable: boolean; last: Node }, ctx: Ctx): void {
    const saved = pc.allowIrrefutable;
    pc.allowIrrefutable = true;
    this.pattern(p, pc, ctx);
    pc.allowIrrefutable = saved;
  }

  private pattern(p: Node, pc: { stores: string[]; allowIrrefutable: boolean; last: Node }, ctx: Ctx): void {
    pc.last = p;
    switch (p._type) {
      case "MatchValue": {
        const v = p.value;
        if (!isLiteralValue(v)) this.err("patterns may only match literals and attribute lookups", p);
        this.expr(v, ctx);
        break;
      }
      case "MatchSingleton":
        break;
      case "MatchSequence": {
        let star = 0;
        for (const x of p.patterns) {
          if (x._type === "MatchStar" && ++star > 1) this.err("multiple starred names in sequence pattern", p);
        }
        for (const x of p.patterns) {
          if (x._type === "MatchStar") {
            pc.last = x;
            if (x.name) this.storeName(x.name, x, pc);
          } else this.subpattern(x, pc, ctx);
        }
        break;
      }
      case "MatchMapping": {
        const seen = new Set<string>();
        for (const k of p.keys) {
          if (k._type === "Constant") {
            const key = constKey(k.value);
            if (seen.has(key)) this.err(`mapping pattern checks duplicate key (${pyRepr(k.value)})`, p);
            seen.add(key);
          } else if (k._type !== "Attribute" && !isLiteralValue(k)) {
            this.err("mapping pattern keys may only match literals and attribute lookups", p);
          }
          this.expr(k, ctx);
        }
        for (const x of p.patterns) this.subpattern(x, pc, ctx);
        if (p.rest) this.storeName(p.rest, p, pc);
        break;
      }
      case "MatchClass": {
        const attrs: string[] = p.kwd_attrs;
        for (let i = 0; i < attrs.length; i++) {
          for (let j = i + 1; j < attrs.length; j++) {
            if (attrs[i] === attrs[j]) this.err(`attribute name repeated in class pattern: ${attrs[j]}`, p.kwd_patterns[j]);
          }
        }
        this.expr(p.cls, ctx);
        for (const x of p.patterns) this.subpattern(x, pc, ctx);
        for (const x of p.kwd_patterns) this.subpattern(x, pc, ctx);
        break;
      }
      case "MatchAs":
        if (!p.pattern) {
          if (!pc.allowIrrefutable) {
            if (p.name) this.err(`name capture ${reprStr(p.name)} makes remaining patterns unreachable`, p);
            this.err("wildcard makes remaining patterns unreachable", p);
          }
          if (p.name) this.storeName(p.name, p, pc);
        } else {
          this.subpattern(p.pattern, pc, ctx);
          this.storeName(p.name, p, pc);
        }
        break;
      case "MatchOr": {
        const outer = pc.stores;
        const allow = pc.allowIrrefutable;
        let control: string[] | null = null;
        p.patterns.forEach((alt: Node, i: number) => {
          pc.stores = [...outer];
          pc.allowIrrefutable = i === p.patterns.length - 1 && allow;
          this.pattern(alt, pc, ctx);
          const names = pc.stores.slice(outer.length);
          if (control === null) control = names;
          else if (names.length !== control.length || names.some((n) => !control!.includes(n))) {
            this.err("alternative patterns bind different names", pc.last);
          }
        });
        pc.stores = [...outer, ...(control ?? [])];
        pc.allowIrrefutable = allow;
        break;
      }
    }
  }
}

/** MatchValue values must be constants or attribute lookups (after constant folding of -1, 1+2j). */
function isLiteralValue(v: Node): boolean {
  if (v._type === "Constant" || v._type === "Attribute") return true;
  if (v._type === "UnaryOp") return v.operand._type === "Constant";
  if (v._type === "BinOp") return isLiteralValue(v.left) && v.right._type === "Constant";
  return false;
}

function constKey(v: any): string {
  if (typeof v === "object" && v !== null) {
    if ("_float" in v) return "n:" + v._float;
    if ("_complex" in v) return "c:" + v._complex;
    return "o:" + pyRepr(v);
  }
  if (typeof v === "number" || typeof v === "bigint") return "n:" + v;
  if (typeof v === "boolean") return "n:" + (v ? 1 : 0);
  return typeof v + ":" + String(v);
}
