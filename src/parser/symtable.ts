// Symbol table pass following the algorithm of CPython 3.11's Python/symtable.c: collects
// per-scope symbol flags, then resolves each name to LOCAL / GLOBAL_* / FREE / CELL,
// raising CPython's SyntaxErrors. Compiler-stage checks live in symtable_checks.ts.

import { PySyntaxError, tooComplexError, isStackOverflow } from "./errors.ts";
import { sourceLine } from "./parser.ts";
import { compileChecks } from "./symtable_checks.ts";

type Node = any;

// Symbol flags (same values as CPython's symtable.h).
export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
export const DEF_FREE = 32;
export const DEF_FREE_CLASS = 64;
export const DEF_IMPORT = 128;
export const DEF_ANNOT = 256;
export const DEF_COMP_ITER = 512;
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
export const SCOPE_OFFSET = 11;
export const SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;

// Resolved scopes (stored in bits SCOPE_OFFSET.. of the flags).
export const LOCAL = 1;
export const GLOBAL_EXPLICIT = 2;
export const GLOBAL_IMPLICIT = 3;
export const FREE = 4;
export const CELL = 5;

export type ScopeKind = "module" | "class" | "function" | "lambda" | "comprehension" | "genexpr" | "annotation";
/** CPython's block type (_Py_block_ty). */
export type BlockType = "module" | "class" | "function" | "annotation";
export type ComprehensionKind = "list" | "set" | "dict" | "generator" | null;

export class Scope {
  kind: ScopeKind;
  type: BlockType;
  /** CPython's ste_name: "top", function/class name, "lambda", "listcomp", "setcomp", "dictcomp", "genexpr". */
  name: string;
  node: Node;
  parent: Scope | null;
  children: Scope[] = [];
  /** Mangled name -> flags (DEF_* bits | scope << SCOPE_OFFSET), in first-seen order. */
  symbols = new Map<string, number>();
  /** Parameters in signature order: posonly, args, vararg, kwonly, kwarg (comprehensions: ".0"). */
  params: string[] = [];
  /** Parameters in CPython's co_varnames order: posonly, args, kwonly, vararg, kwarg. */
  varnames: string[] = [];
  isGenerator = false;
  isCoroutine = false;
  hasYieldFrom = false;
  returnsValue = false;
  hasVarargs = false;
  hasVarkeywords = false;
  /** Inside a function (directly or indirectly). */
  nested = false;
  /** The block has free variables (or refers to globals from a nested block). */
  hasFree = false;
  childFree = false;
  /** Class scopes: methods use `__class__` / `super`, so a __class__ cell is needed. */
  needsClassClosure = false;
  comprehension: ComprehensionKind = null;
  /** Class name used for private-name mangling inside this scope (null outside classes). */
  private: string | null;
  lineno: number;
  col_offset: number;
  /** Global/nonlocal statements: [name, lineno, col, end_lineno, end_col]. */
  directives: [string, number, number, number, number][] = [];
  // Transient state of the first pass.
  compIterTarget = false;
  compIterExpr = 0;

  constructor(kind: ScopeKind, type: BlockType, name: string, node: Node, parent: Scope | null, priv: string | null, lineno: number, col: number) {
    this.kind = kind;
    this.type = type;
    this.name = name;
    this.node = node;
    this.parent = parent;
    this.private = priv;
    this.lineno = lineno;
    this.col_offset = col;
  }

  /** Flags of a (mangled) name, 0 if unknown. */
  lookup(name: string): number {
    return this.symbols.get(name) ?? 0;
  }

  /** Resolved scope (LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL) or 0 for unknown names. */
  getScope(name: string): number {
    return ((this.symbols.get(name) ?? 0) >> SCOPE_OFFSET) & SCOPE_MASK;
  }

  /** Mangle a name for this scope (private names inside classes). */
  mangle(name: string): string {
    return mangle(this.private, name);
  }

  /** Names with resolved scope `scope` (e.g. FREE or CELL), sorted like CPython's co_freevars/co_cellvars. */
  namesWithScope(scope: number): string[] {
    const out: string[] = [];
    for (const [n, f] of this.symbols) if (((f >> SCOPE_OFFSET) & SCOPE_MASK) === scope) out.push(n);
    return out.sort();
  }
}

/** _Py_Mangle: `__spam` inside class `Ham` becomes `_Ham__spam`. */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith("__")) return name;
  if (name.endsWith("__") || name.indexOf(".") >= 0) return name;
  let i = 0;
  while (i < privateName.length && privateName.charCodeAt(i) === 95) i++;
  if (i === privateName.length) return name;
  return "_" + privateName.slice(i) + name;
}

export class SymTable {
  top!: Scope;
  filename: string;
  /** Future features enabled by `from __future__ import ...` (e.g. "annotations"). */
  future = new Set<string>();
  /** Line of the last future import at the top of the module (0 if none). */
  futureLineno = 0;
  private blocks = new Map<Node, Scope>();

  constructor(filename: string) {
    this.filename = filename;
  }

  /** The scope created by a Module/FunctionDef/AsyncFunctionDef/ClassDef/Lambda/comprehension node. */
  scopeOf(node: Node): Scope | undefined {
    return this.blocks.get(node);
  }

  /** @internal */
  register(node: Node, s: Scope): void {
    this.blocks.set(node, s);
  }

  /** All scopes, depth-first in creation order. */
  *allScopes(): Generator<Scope> {
    const stack = [this.top];
    while (stack.length) {
      const s = stack.pop()!;
      yield s;
      for (let i = s.children.length - 1; i >= 0; i--) stack.push(s.children[i]);
    }
  }
}

/** Build the symbol table for a module (exec), Expression (eval) or Interactive (single). */
export function buildSymtable(mod: Node, filename: string): SymTable {
  try {
    const b = new Builder(mod, filename);
    b.build();
    analyze(b.st);
    compileChecks(mod, b.st);
    return b.st;
  } catch (e) {
    if (isStackOverflow(e)) throw tooComplexError("RecursionError", filename);
    throw e;
  }
}

/** SyntaxError located at a node, as PyErr_RangedSyntaxLocationObject (byte offsets, +1). */
export function stError(st: SymTable, mod: Node, msg: string, lineno: number, col: number, endLineno: number, endCol: number): PySyntaxError {
  const text = st.filename.startsWith("<") ? null : sourceLine(mod, lineno);
  const e = new PySyntaxError("SyntaxError", msg, st.filename, lineno, col + 1, endLineno, endCol + 1, text);
  e.origin = "symtable";
  return e;
}

// ---------------------------------------------------------------------------
// First pass: collect flags
// ---------------------------------------------------------------------------

class Builder {
  st: SymTable;
  mod: Node;
  cur!: Scope;
  stack: Scope[] = [];
  global!: Map<string, number>;
  private priv: string | null = null;

  constructor(mod: Node, filename: string) {
    this.mod = mod;
    this.st = new SymTable(filename);
  }

  err(msg: string, n: Node): PySyntaxError {
    return stError(this.st, this.mod, msg, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset);
  }

  build(): void {
    const mod = this.mod;
    this.futureParse();
    this.enter("module", "module", "top", mod, 0, 0);
    this.st.top = this.cur;
    this.global = this.cur.symbols;
    if (mod._type === "Expression") this.visitExpr(mod.body);
    else for (const s of mod.body) this.visitStmt(s);
    this.exit();
  }

  /** future_parse (Python/future.c). */
  private futureParse(): void {
    const mod = this.mod;
    if (mod._type !== "Module" && mod._type !== "Interactive") return;
    const body: Node[] = mod.body;
    let i = 0;
    let done = false;
    let prevLine = 0;
    if (mod._type === "Module" && body.length && isDocString(body[0])) i++;
    for (; i < body.length; i++) {
      const s = body[i];
      if (done && s.lineno > prevLine) return;
      prevLine = s.lineno;
      if (s._type === "ImportFrom" && s.module === "__future__") {
        if (done) {
          throw this.futureError("from __future__ imports must occur at the beginning of the file", s, s.col_offset);
        }
        for (const a of s.names) {
          const f: string = a.name;
          if (FUTURE_FEATURES.has(f)) {
            this.st.future.add(f);
          } else if (f === "braces") {
            throw this.futureError("not a chance", s, s.col_offset + 1);
          } else {
            throw this.futureError(`future feature ${f} is not defined`, s, s.col_offset + 1);
          }
        }
        this.st.futureLineno = s.lineno;
      } else {
        done = true;
      }
    }
  }

  /** PyErr_SyntaxLocationObject: no end column (CPython's None is reported as -1). */
  private futureError(msg: string, s: Node, offset: number): PySyntaxError {
    const text = this.st.filename.startsWith("<") ? null : sourceLine(this.mod, s.lineno);
    const e = new PySyntaxError("SyntaxError", msg, this.st.filename, s.lineno, offset, s.lineno, -1, text);
    e.origin = "symtable";
    return e;
  }

  enter(kind: ScopeKind, type: BlockType, name: string, node: Node, lineno: number, col: number): void {
    const prev = this.stack.length ? this.cur : null;
    const s = new Scope(kind, type, name, node, type === "annotation" ? prev : prev, this.priv, lineno, col);
    if (prev && (prev.nested || prev.type === "function")) s.nested = true;
    if (prev) s.compIterExpr = prev.compIterExpr;
    this.stack.push(s);
    this.cur = s;
    if (type === "annotation") return;
    this.st.register(node, s);
    if (prev) prev.children.push(s);
  }

  exit(): void {
    this.stack.pop();
    if (this.stack.length) this.cur = this.stack[this.stack.length - 1];
  }

  lookup(name: string): number {
    return this.cur.symbols.get(mangle(this.priv, name)) ?? 0;
  }

  addDef(name: string, flag: number, loc: Node, scope: Scope = this.cur): void {
    const mangled = mangle(this.priv, name);
    const dict = scope.symbols;
    let val = dict.get(mangled);
    if (val !== undefined) {
      if (flag & DEF_PARAM && val & DEF_PARAM) {
        throw this.err(`duplicate argument '${name}' in function definition`, loc);
      }
      val |= flag;
    } else {
      val = flag;
    }
    if (scope.compIterTarget) {
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) {
        throw this.err(`comprehension inner loop cannot rebind assignment expression target '${name}'`, loc);
      }
      val |= DEF_COMP_ITER;
    }
    dict.set(mangled, val);
    if (flag & DEF_PARAM) {
      scope.varnames.push(mangled);
    } else if (flag & DEF_GLOBAL) {
      this.global.set(mangled, flag | (this.global.get(mangled) ?? 0));
    }
  }

  recordDirective(name: string, n: Node): void {
    this.cur.directives.push([mangle(this.priv, name), n.lineno, n.col_offset, n.end_lineno, n.end_col_offset]);
  }

  // ---- statements ----------------------------------------------------------

  visitStmts(body: Node[] | null): void {
    if (body) for (const s of body) this.visitStmt(s);
  }

  visitStmt(s: Node): void {
    switch (s._type) {
      case "FunctionDef":
      case "AsyncFunctionDef": {
        this.addDef(s.name, DEF_LOCAL, s);
        const a = s.args;
        for (const d of a.defaults) this.visitExpr(d);
        for (const d of a.kw_defaults) if (d) this.visitExpr(d);
        this.visitAnnotations(s, a, s.returns);
        for (const d of s.decorator_list) this.visitExpr(d);
        this.enter("function", "function", s.name, s, s.lineno, s.col_offset);
        if (s._type === "AsyncFunctionDef") this.cur.isCoroutine = true;
        this.visitArguments(a);
        this.visitStmts(s.body);
        this.exit();
        break;
      }
      case "ClassDef": {
        this.addDef(s.name, DEF_LOCAL, s);
        for (const e of s.bases) this.visitExpr(e);
        for (const k of s.keywords) this.visitExpr(k.value);
        for (const d of s.decorator_list) this.visitExpr(d);
        this.enter("class", "class", s.name, s, s.lineno, s.col_offset);
        const saved = this.priv;
        this.priv = s.name;
        this.cur.private = s.name;
        this.visitStmts(s.body);
        this.priv = saved;
        this.exit();
        break;
      }
      case "Return":
        if (s.value) {
          this.visitExpr(s.value);
          this.cur.returnsValue = true;
        }
        break;
      case "Delete":
        for (const t of s.targets) this.visitExpr(t);
        break;
      case "Assign":
        for (const t of s.targets) this.visitExpr(t);
        this.visitExpr(s.value);
        break;
      case "AnnAssign": {
        const t = s.target;
        if (t._type === "Name") {
          const cur = this.lookup(t.id);
          if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && this.cur.symbols !== this.global && s.simple) {
            throw this.err(cur & DEF_GLOBAL ? `annotated name '${t.id}' can't be global` : `annotated name '${t.id}' can't be nonlocal`, s);
          }
          if (s.simple) this.addDef(t.id, DEF_ANNOT | DEF_LOCAL, t);
          else if (s.value) this.addDef(t.id, DEF_LOCAL, t);
        } else {
          this.visitExpr(t);
        }
        this.visitAnnotation(s.annotation);
        if (s.value) this.visitExpr(s.value);
        break;
      }
      case "AugAssign":
        this.visitExpr(s.target);
        this.visitExpr(s.value);
        break;
      case "For":
      case "AsyncFor":
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case "While":
      case "If":
        this.visitExpr(s.test);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case "Match":
        this.visitExpr(s.subject);
        for (const c of s.cases) {
          this.visitPattern(c.pattern);
          if (c.guard) this.visitExpr(c.guard);
          this.visitStmts(c.body);
        }
        break;
      case "Raise":
        if (s.exc) {
          this.visitExpr(s.exc);
          if (s.cause) this.visitExpr(s.cause);
        }
        break;
      case "Try":
      case "TryStar":
        // CPython's order: body, orelse, handlers, finalbody.
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        for (const h of s.handlers) {
          if (h.type) this.visitExpr(h.type);
          if (h.name) this.addDef(h.name, DEF_LOCAL, h);
          this.visitStmts(h.body);
        }
        this.visitStmts(s.finalbody);
        break;
      case "Assert":
        this.visitExpr(s.test);
        if (s.msg) this.visitExpr(s.msg);
        break;
      case "Import":
      case "ImportFrom":
        for (const a of s.names) this.visitAlias(a);
        break;
      case "Global":
      case "Nonlocal": {
        const isGlobal = s._type === "Global";
        const what = isGlobal ? "global" : "nonlocal";
        for (const name of s.names) {
          const cur = this.lookup(name);
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            let msg: string;
            if (cur & DEF_PARAM) msg = `name '${name}' is parameter and ${what}`;
            else if (cur & USE) msg = `name '${name}' is used prior to ${what} declaration`;
            else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be ${what}`;
            else msg = `name '${name}' is assigned to before ${what} declaration`;
            throw this.err(msg, s);
          }
          this.addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, s);
          this.recordDirective(name, s);
        }
        break;
      }
      case "Expr":
        this.visitExpr(s.value);
        break;
      case "With":
      case "AsyncWith":
        for (const it of s.items) {
          this.visitExpr(it.context_expr);
          if (it.optional_vars) this.visitExpr(it.optional_vars);
        }
        this.visitStmts(s.body);
        break;
      default:
        break; // Pass, Break, Continue
    }
  }

  visitAlias(a: Node): void {
    const name: string = a.asname ?? a.name;
    const dot = name.indexOf(".");
    const store = dot >= 0 ? name.slice(0, dot) : name;
    if (name !== "*") {
      this.addDef(store, DEF_IMPORT, a);
    } else if (this.cur.type !== "module") {
      throw this.err("import * only allowed at module level", a);
    }
  }

  visitPattern(p: Node): void {
    switch (p._type) {
      case "MatchValue":
        this.visitExpr(p.value);
        break;
      case "MatchSequence":
        for (const x of p.patterns) this.visitPattern(x);
        break;
      case "MatchStar":
        if (p.name) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case "MatchMapping":
        for (const k of p.keys) this.visitExpr(k);
        for (const x of p.patterns) this.visitPattern(x);
        if (p.rest) this.addDef(p.rest, DEF_LOCAL, p);
        break;
      case "MatchClass":
        this.visitExpr(p.cls);
        for (const x of p.patterns) this.visitPattern(x);
        for (const x of p.kwd_patterns) this.visitPattern(x);
        break;
      case "MatchAs":
        if (p.pattern) this.visitPattern(p.pattern);
        if (p.name) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case "MatchOr":
        for (const x of p.patterns) this.visitPattern(x);
        break;
    }
  }

  // ---- annotations / arguments --------------------------------------------

  private futureAnnotations(): boolean {
    return this.st.future.has("annotations");
  }

  visitAnnotation(e: Node): void {
    const fut = this.futureAnnotations();
    if (fut) this.enter("annotation", "annotation", "_annotation", e, e.lineno, e.col_offset);
    this.visitExpr(e);
    if (fut) this.exit();
  }

  visitAnnotations(s: Node, a: Node, returns: Node): void {
    const fut = this.futureAnnotations();
    if (fut) this.enter("annotation", "annotation", "_annotation", s, s.lineno, s.col_offset);
    for (const x of a.posonlyargs) if (x.annotation) this.visitExpr(x.annotation);
    for (const x of a.args) if (x.annotation) this.visitExpr(x.annotation);
    if (a.vararg && a.vararg.annotation) this.visitExpr(a.vararg.annotation);
    if (a.kwarg && a.kwarg.annotation) this.visitExpr(a.kwarg.annotation);
    for (const x of a.kwonlyargs) if (x.annotation) this.visitExpr(x.annotation);
    if (fut) this.exit();
    if (returns) this.visitAnnotation(returns);
  }

  visitArguments(a: Node): void {
    const sc = this.cur;
    for (const x of a.posonlyargs) this.addDef(x.arg, DEF_PARAM, x);
    for (const x of a.args) this.addDef(x.arg, DEF_PARAM, x);
    for (const x of a.kwonlyargs) this.addDef(x.arg, DEF_PARAM, x);
    if (a.vararg) {
      this.addDef(a.vararg.arg, DEF_PARAM, a.vararg);
      sc.hasVarargs = true;
    }
    if (a.kwarg) {
      this.addDef(a.kwarg.arg, DEF_PARAM, a.kwarg);
      sc.hasVarkeywords = true;
    }
    const m = (x: Node) => mangle(this.priv, x.arg);
    sc.params = [
      ...a.posonlyargs.map(m), ...a.args.map(m), ...(a.vararg ? [m(a.vararg)] : []),
      ...a.kwonlyargs.map(m), ...(a.kwarg ? [m(a.kwarg)] : []),
    ];
  }

  // ---- expressions ---------------------------------------------------------

  private checkAnnotationBlock(what: string, e: Node): void {
    if (this.cur.type === "annotation") throw this.err(`'${what}' can not be used within an annotation`, e);
  }

  private yieldInComprehension(e: Node): PySyntaxError {
    const k = this.cur.comprehension;
    const msg = k === "list" ? "'yield' inside list comprehension" : k === "set" ? "'yield' inside set comprehension"
      : k === "dict" ? "'yield' inside dict comprehension" : "'yield' inside generator expression";
    return this.err(msg, e);
  }

  visitExpr(e: Node): void {
    switch (e._type) {
      case "NamedExpr":
        this.checkAnnotationBlock("named expression", e);
        this.handleNamedExpr(e);
        break;
      case "BoolOp":
        for (const v of e.values) this.visitExpr(v);
        break;
      case "BinOp":
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        break;
      case "UnaryOp":
        this.visitExpr(e.operand);
        break;
      case "Lambda": {
        const a = e.args;
        for (const d of a.defaults) this.visitExpr(d);
        for (const d of a.kw_defaults) if (d) this.visitExpr(d);
        this.enter("lambda", "function", "lambda", e, e.lineno, e.col_offset);
        this.visitArguments(a);
        this.visitExpr(e.body);
        this.exit();
        break;
      }
      case "IfExp":
        this.visitExpr(e.test);
        this.visitExpr(e.body);
        this.visitExpr(e.orelse);
        break;
      case "Dict":
        for (const k of e.keys) if (k) this.visitExpr(k);
        for (const v of e.values) this.visitExpr(v);
        break;
      case "Set":
      case "List":
      case "Tuple":
        for (const x of e.elts) this.visitExpr(x);
        break;
      case "GeneratorExp":
        this.handleComprehension(e, "genexpr", e.generators, e.elt, null);
        break;
      case "ListComp":
        this.handleComprehension(e, "listcomp", e.generators, e.elt, null);
        break;
      case "SetComp":
        this.handleComprehension(e, "setcomp", e.generators, e.elt, null);
        break;
      case "DictComp":
        this.handleComprehension(e, "dictcomp", e.generators, e.key, e.value);
        break;
      case "Yield":
      case "YieldFrom":
        this.checkAnnotationBlock("yield expression", e);
        if (e.value) this.visitExpr(e.value);
        this.cur.isGenerator = true;
        if (e._type === "YieldFrom") this.cur.hasYieldFrom = true;
        if (this.cur.comprehension) throw this.yieldInComprehension(e);
        break;
      case "Await":
        this.checkAnnotationBlock("await expression", e);
        this.visitExpr(e.value);
        this.cur.isCoroutine = true;
        break;
      case "Compare":
        this.visitExpr(e.left);
        for (const c of e.comparators) this.visitExpr(c);
        break;
      case "Call":
        this.visitExpr(e.func);
        for (const a of e.args) this.visitExpr(a);
        for (const k of e.keywords) this.visitExpr(k.value);
        break;
      case "FormattedValue":
        this.visitExpr(e.value);
        if (e.format_spec) this.visitExpr(e.format_spec);
        break;
      case "JoinedStr":
        for (const v of e.values) this.visitExpr(v);
        break;
      case "Constant":
        break;
      case "Attribute":
        this.visitExpr(e.value);
        break;
      case "Subscript":
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        break;
      case "Starred":
        this.visitExpr(e.value);
        break;
      case "Slice":
        if (e.lower) this.visitExpr(e.lower);
        if (e.upper) this.visitExpr(e.upper);
        if (e.step) this.visitExpr(e.step);
        break;
      case "Name":
        this.addDef(e.id, e.ctx._type === "Load" ? USE : DEF_LOCAL, e);
        // `super` counts as a use of __class__.
        if (e.ctx._type === "Load" && this.cur.type === "function" && e.id === "super") {
          this.addDef("__class__", USE, e);
        }
        break;
    }
  }

  private handleNamedExpr(e: Node): void {
    if (this.cur.compIterExpr > 0) {
      throw this.err("assignment expression cannot be used in a comprehension iterable expression", e);
    }
    if (this.cur.comprehension) this.extendNamedExprScope(e.target);
    this.visitExpr(e.value);
    this.visitExpr(e.target);
  }

  /** symtable_extend_namedexpr_scope: a walrus in a comprehension binds in the enclosing function/module. */
  private extendNamedExprScope(t: Node): void {
    const name: string = t.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i];
      if (ste.comprehension) {
        if ((ste.symbols.get(mangle(this.priv, name)) ?? 0) & DEF_COMP_ITER) {
          throw this.err(`assignment expression cannot rebind comprehension iteration variable '${name}'`, t);
        }
        continue;
      }
      if (ste.type === "function") {
        const inScope = ste.symbols.get(mangle(this.priv, name)) ?? 0;
        this.addDef(name, inScope & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL, t);
        this.recordDirective(name, t);
        this.addDef(name, DEF_LOCAL, t, ste);
        return;
      }
      if (ste.type === "module") {
        this.addDef(name, DEF_GLOBAL, t);
        this.recordDirective(name, t);
        this.addDef(name, DEF_GLOBAL, t, ste);
        return;
      }
      if (ste.type === "class") {
        throw this.err("assignment expression within a comprehension cannot be used in a class body", t);
      }
    }
  }

  private handleComprehension(e: Node, name: string, generators: Node[], elt: Node, value: Node): void {
    const isGenerator = e._type === "GeneratorExp";
    const outermost = generators[0];
    this.cur.compIterExpr++;
    this.visitExpr(outermost.iter);
    this.cur.compIterExpr--;
    this.enter(isGenerator ? "genexpr" : "comprehension", "function", name, e, e.lineno, e.col_offset);
    const sc = this.cur;
    sc.comprehension = e._type === "ListComp" ? "list" : e._type === "SetComp" ? "set" : e._type === "DictComp" ? "dict" : "generator";
    if (outermost.is_async) sc.isCoroutine = true;
    this.addDef(".0", DEF_PARAM, e);
    sc.params = [".0"];
    sc.compIterTarget = true;
    this.visitExpr(outermost.target);
    sc.compIterTarget = false;
    for (const x of outermost.ifs) this.visitExpr(x);
    for (let i = 1; i < generators.length; i++) {
      const lc = generators[i];
      sc.compIterTarget = true;
      this.visitExpr(lc.target);
      sc.compIterTarget = false;
      sc.compIterExpr++;
      this.visitExpr(lc.iter);
      sc.compIterExpr--;
      for (const x of lc.ifs) this.visitExpr(x);
      if (lc.is_async) sc.isCoroutine = true;
    }
    if (value) this.visitExpr(value);
    this.visitExpr(elt);
    sc.isGenerator = isGenerator;
    const isAsync = sc.isCoroutine && !isGenerator;
    this.exit();
    if (isAsync) this.cur.isCoroutine = true;
  }
}

const FUTURE_FEATURES = new Set([
  "nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function",
  "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
]);

function isDocString(s: Node): boolean {
  return s._type === "Expr" && s.value._type === "Constant" && typeof s.value.value === "string";
}

// ---------------------------------------------------------------------------
// Second pass: resolve scopes (analyze_block & co.)
// ---------------------------------------------------------------------------

function analyze(st: SymTable): void {
  analyzeBlock(st, st.top, null, new Set(), new Set());
}

function directiveError(st: SymTable, ste: Scope, name: string, msg: string): PySyntaxError {
  for (const d of ste.directives) {
    if (d[0] === name) {
      const mod = st.top.node;
      return stError(st, mod, msg, d[1], d[2], d[3], d[4]);
    }
  }
  return stError(st, st.top.node, msg, ste.lineno, ste.col_offset, ste.lineno, ste.col_offset);
}

function analyzeName(
  st: SymTable, ste: Scope, scopes: Map<string, number>, name: string, flags: number,
  bound: Set<string> | null, local: Set<string>, free: Set<string>, global: Set<string>,
): void {
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) throw directiveError(st, ste, name, `name '${name}' is nonlocal and global`);
    scopes.set(name, GLOBAL_EXPLICIT);
    global.add(name);
    if (bound) bound.delete(name);
    return;
  }
  if (flags & DEF_NONLOCAL) {
    if (!bound) throw directiveError(st, ste, name, "nonlocal declaration not allowed at module level");
    if (!bound.has(name)) throw directiveError(st, ste, name, `no binding for nonlocal '${name}' found`);
    scopes.set(name, FREE);
    ste.hasFree = true;
    free.add(name);
    return;
  }
  if (flags & DEF_BOUND) {
    scopes.set(name, LOCAL);
    local.add(name);
    global.delete(name);
    return;
  }
  if (bound && bound.has(name)) {
    scopes.set(name, FREE);
    ste.hasFree = true;
    free.add(name);
    return;
  }
  if (global.has(name)) {
    scopes.set(name, GLOBAL_IMPLICIT);
    return;
  }
  if (ste.nested) ste.hasFree = true;
  scopes.set(name, GLOBAL_IMPLICIT);
}

function analyzeBlock(st: SymTable, ste: Scope, bound: Set<string> | null, free: Set<string>, global: Set<string>): void {
  const local = new Set<string>();
  const scopes = new Map<string, number>();
  const newglobal = new Set<string>();
  const newfree = new Set<string>();
  const newbound = new Set<string>();

  if (ste.type === "class") {
    for (const g of global) newglobal.add(g);
    if (bound) for (const b of bound) newbound.add(b);
  }
  for (const [name, flags] of ste.symbols) {
    analyzeName(st, ste, scopes, name, flags, bound, local, free, global);
  }
  if (ste.type !== "class") {
    if (ste.type === "function") for (const l of local) newbound.add(l);
    if (bound) for (const b of bound) newbound.add(b);
    for (const g of global) newglobal.add(g);
  } else {
    newbound.add("__class__");
  }

  const allfree = new Set<string>();
  for (const child of ste.children) {
    const tempBound = new Set(newbound);
    const tempFree = new Set(newfree);
    const tempGlobal = new Set(newglobal);
    analyzeBlock(st, child, tempBound, tempFree, tempGlobal);
    for (const f of tempFree) allfree.add(f);
    if (child.hasFree || child.childFree) ste.childFree = true;
  }
  for (const f of allfree) newfree.add(f);

  if (ste.type === "function") {
    // analyze_cells: locals that children need become cells.
    for (const [name, sc] of scopes) {
      if (sc === LOCAL && newfree.has(name)) {
        scopes.set(name, CELL);
        newfree.delete(name);
      }
    }
  } else if (ste.type === "class") {
    if (newfree.delete("__class__")) ste.needsClassClosure = true;
  }

  // update_symbols
  const symbols = ste.symbols;
  for (const [name, flags] of symbols) {
    symbols.set(name, flags | (scopes.get(name)! << SCOPE_OFFSET));
  }
  for (const name of newfree) {
    const v = symbols.get(name);
    if (v !== undefined) {
      if (ste.type === "class" && v & (DEF_BOUND | DEF_GLOBAL)) symbols.set(name, v | DEF_FREE_CLASS);
      continue;
    }
    if (bound && !bound.has(name)) continue;
    symbols.set(name, FREE << SCOPE_OFFSET);
  }
  for (const f of newfree) free.add(f);
}
