// Scope analysis for the compiler: which names are local, global, free (from an enclosing
// function) or class-namespace names in each scope, as CPython's symtable decides, plus the
// scope-level syntax errors (nonlocal/global misuse, return/yield outside function).

import type { NameKind } from "./emit.ts";
import { PySyntaxError } from "../parser/errors.ts";

export interface Scope {
  kind: "module" | "function" | "class" | "comprehension";
  name: string;
  node: any;
  parent: Scope | null;
  defs: Set<string>;
  uses: Set<string>;
  globals: Set<string>;
  nonlocals: Set<string>;
  params: string[];
  isGenerator: boolean;
  needsClassClosure: boolean;
  symbols: Map<string, number>;
  /** Names bound by := in this scope (directly or from nested comprehensions). */
  walrus: Set<string>;
  /** Names that a `del` statement unbinds somewhere in this scope. */
  deleted: Set<string>;
  /** The `nonlocal` statement declaring each name (for error positions). */
  nonlocalNodes: Map<string, any>;
}

function newScope(kind: Scope["kind"], name: string, node: any, parent: Scope | null): Scope {
  return { kind, name, node, parent, defs: new Set(), uses: new Set(), globals: new Set(), nonlocals: new Set(), params: [], isGenerator: false, needsClassClosure: false, symbols: new Map(), walrus: new Set(), deleted: new Set(), nonlocalNodes: new Map() };
}

export class SymTable {
  scopes = new Map<any, Scope>();
  filename: string;
  constructor(filename: string) { this.filename = filename; }
  scopeOf(node: any): Scope {
    const s = this.scopes.get(node);
    if (!s) throw new Error(`no scope for ${node._type}`);
    return s;
  }
  err(msg: string, node: any): PySyntaxError {
    return new PySyntaxError("SyntaxError", msg, this.filename, node.lineno ?? 1, (node.col_offset ?? 0) + 1, node.end_lineno ?? node.lineno ?? 1, (node.end_col_offset ?? 0) + 1, null);
  }
}

export function buildScopes(mod: any, filename: string): SymTable {
  const st = new SymTable(filename);
  const top = newScope("module", "top", mod, null);
  st.scopes.set(mod, top);
  const visitor = new Visitor(st);
  visitor.scope = top;
  if (mod._type === "Expression") visitor.expr(mod.body);
  else visitor.stmts(mod.body);
  for (const s of st.scopes.values()) {
    for (const n of s.nonlocals) {
      if (s.kind === "module") continue;
      let p = s.parent, found = false;
      while (p && p.kind !== "module") {
        if (p.kind === "function" && (p.defs.has(n) || p.nonlocals.has(n)) && !p.globals.has(n)) { found = true; break; }
        p = p.parent;
      }
      if (!found) throw st.err(`no binding for nonlocal '${n}' found`, s.nonlocalNodes.get(n) ?? s.node);
    }
    for (const n of s.defs) s.symbols.set(n, 1);
    for (const n of s.uses) if (!s.symbols.has(n)) s.symbols.set(n, 2);
  }
  return st;
}

class Visitor {
  st: SymTable;
  scope!: Scope;
  loopDepth = 0;
  constructor(st: SymTable) { this.st = st; }

  def(name: string) { this.scope.defs.add(name); }
  use(name: string) { this.scope.uses.add(name); }

  stmts(list: any[]) { for (const s of list) this.stmt(s); }

  stmt(s: any): void {
    switch (s._type) {
      case "FunctionDef": case "AsyncFunctionDef":
        for (const d of s.decorator_list) this.expr(d);
        this.args(s.args, true);
        if (s.returns) this.expr(s.returns);
        this.def(s.name);
        this.func(s, s.name, () => { this.stmts(s.body); });
        return;
      case "ClassDef": {
        for (const d of s.decorator_list) this.expr(d);
        for (const b of s.bases) this.expr(b);
        for (const k of s.keywords) this.expr(k.value);
        this.def(s.name);
        const sc = newScope("class", s.name, s, this.scope);
        this.st.scopes.set(s, sc);
        const saved = this.scope, savedLoop = this.loopDepth;
        this.scope = sc; this.loopDepth = 0;
        this.stmts(s.body);
        this.scope = saved; this.loopDepth = savedLoop;
        return;
      }
      case "Return":
        if (this.scope.kind !== "function") throw this.st.err("'return' outside function", s);
        if (s.value) this.expr(s.value);
        return;
      case "Delete":
        for (const t of s.targets) { this.target(t); this.markDeleted(t); }
        return;
      case "Assign": this.expr(s.value); for (const t of s.targets) this.target(t); return;
      case "AugAssign": this.expr(s.value); this.target(s.target); if (s.target._type === "Name") this.use(s.target.id); return;
      case "AnnAssign":
        if (s.value) this.expr(s.value);
        this.expr(s.annotation);
        this.target(s.target);
        return;
      case "For": case "AsyncFor":
        this.expr(s.iter); this.target(s.target);
        this.loopDepth++; this.stmts(s.body); this.loopDepth--;
        this.stmts(s.orelse);
        return;
      case "While":
        this.expr(s.test);
        this.loopDepth++; this.stmts(s.body); this.loopDepth--;
        this.stmts(s.orelse);
        return;
      case "If": this.expr(s.test); this.stmts(s.body); this.stmts(s.orelse); return;
      case "With": case "AsyncWith":
        for (const it of s.items) { this.expr(it.context_expr); if (it.optional_vars) this.target(it.optional_vars); }
        this.stmts(s.body);
        return;
      case "Match":
        this.expr(s.subject);
        for (const c of s.cases) { this.pattern(c.pattern); if (c.guard) this.expr(c.guard); this.stmts(c.body); }
        return;
      case "Raise": if (s.exc) this.expr(s.exc); if (s.cause) this.expr(s.cause); return;
      case "Try": case "TryStar":
        this.stmts(s.body);
        for (const h of s.handlers) { if (h.type) this.expr(h.type); if (h.name) this.def(h.name); this.stmts(h.body); }
        this.stmts(s.orelse); this.stmts(s.finalbody);
        return;
      case "Assert": this.expr(s.test); if (s.msg) this.expr(s.msg); return;
      case "Import": case "ImportFrom":
        for (const a of s.names) {
          if (a.name === "*") continue;
          this.def(a.asname ?? (s._type === "Import" ? a.name.split(".")[0] : a.name));
        }
        return;
      case "Global":
        for (const n of s.names) {
          if (this.scope.defs.has(n) || this.scope.uses.has(n)) {
            const used = this.scope.uses.has(n) && !this.scope.defs.has(n);
            throw this.st.err(`name '${n}' is ${used ? "used" : "assigned to"} prior to global declaration`, s);
          }
          if (this.scope.params.includes(n)) throw this.st.err(`name '${n}' is parameter and global`, s);
          this.scope.globals.add(n);
        }
        return;
      case "Nonlocal":
        if (this.scope.kind === "module") throw this.st.err("nonlocal declaration not allowed at module level", s);
        for (const n of s.names) {
          if (this.scope.defs.has(n) || this.scope.uses.has(n)) {
            const used = this.scope.uses.has(n) && !this.scope.defs.has(n);
            throw this.st.err(`name '${n}' is ${used ? "used" : "assigned to"} prior to nonlocal declaration`, s);
          }
          if (this.scope.params.includes(n)) throw this.st.err(`name '${n}' is parameter and nonlocal`, s);
          this.scope.nonlocals.add(n);
          this.scope.nonlocalNodes.set(n, s);
        }
        return;
      case "Expr": this.expr(s.value); return;
      case "Break":
        if (this.loopDepth === 0) throw this.st.err("'break' outside loop", s);
        return;
      case "Continue":
        if (this.loopDepth === 0) throw this.st.err("'continue' not properly in loop", s);
        return;
      case "Pass": return;
    }
  }

  markDeleted(t: any) {
    if (t._type === "Name") this.scope.deleted.add(t.id);
    else if (t._type === "Tuple" || t._type === "List") for (const e of t.elts) this.markDeleted(e);
  }

  args(a: any, withAnnotations: boolean) {
    for (const d of a.defaults) this.expr(d);
    for (const d of a.kw_defaults) if (d) this.expr(d);
    if (withAnnotations) {
      for (const x of [...a.posonlyargs, ...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonlyargs, ...(a.kwarg ? [a.kwarg] : [])])
        if (x.annotation) this.expr(x.annotation);
    }
  }

  func(node: any, name: string, body: () => void) {
    const sc = newScope("function", name, node, this.scope);
    this.st.scopes.set(node, sc);
    const a = node.args;
    const params = [...a.posonlyargs, ...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonlyargs, ...(a.kwarg ? [a.kwarg] : [])].map((x: any) => x.arg);
    const seen = new Set<string>();
    const argNodes = [...a.posonlyargs, ...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonlyargs, ...(a.kwarg ? [a.kwarg] : [])];
    argNodes.forEach((x: any) => {
      if (seen.has(x.arg)) throw this.st.err(`duplicate argument '${x.arg}' in function definition`, x);
      seen.add(x.arg);
    });
    sc.params = params;
    for (const p of params) sc.defs.add(p);
    const saved = this.scope, savedLoop = this.loopDepth;
    this.scope = sc; this.loopDepth = 0;
    body();
    this.scope = saved; this.loopDepth = savedLoop;
  }

  target(t: any) {
    switch (t._type) {
      case "Name": this.def(t.id); return;
      case "Tuple": case "List": for (const e of t.elts) this.target(e); return;
      case "Starred": this.target(t.value); return;
      default: this.expr(t); return;
    }
  }

  pattern(p: any) {
    switch (p._type) {
      case "MatchValue": this.expr(p.value); return;
      case "MatchSingleton": return;
      case "MatchSequence": for (const x of p.patterns) this.pattern(x); return;
      case "MatchMapping": for (const k of p.keys) this.expr(k); for (const x of p.patterns) this.pattern(x); if (p.rest) this.def(p.rest); return;
      case "MatchClass": this.expr(p.cls); for (const x of [...p.patterns, ...p.kwd_patterns]) this.pattern(x); return;
      case "MatchStar": if (p.name) this.def(p.name); return;
      case "MatchAs": if (p.pattern) this.pattern(p.pattern); if (p.name) this.def(p.name); return;
      case "MatchOr": for (const x of p.patterns) this.pattern(x); return;
    }
  }

  expr(e: any): void {
    if (!e) return;
    switch (e._type) {
      case "Name":
        if (e.ctx._type === "Load") {
          this.use(e.id);
          if (e.id === "super" && this.scope.kind === "function") this.use("__class__");
        } else this.def(e.id);
        return;
      case "Lambda":
        this.args(e.args, false);
        this.func(e, "<lambda>", () => this.expr(e.body));
        return;
      case "ListComp": case "SetComp": case "DictComp": case "GeneratorExp": {
        this.expr(e.generators[0].iter);
        const sc = newScope("comprehension", e._type, e, this.scope);
        sc.params = [".0"];
        if (e._type === "GeneratorExp") sc.isGenerator = true;
        this.st.scopes.set(e, sc);
        const saved = this.scope;
        this.scope = sc;
        e.generators.forEach((g: any, i: number) => {
          if (i > 0) this.expr(g.iter);
          this.target(g.target);
          for (const c of g.ifs) this.expr(c);
        });
        if (e._type === "DictComp") { this.expr(e.key); this.expr(e.value); } else this.expr(e.elt);
        this.scope = saved;
        return;
      }
      case "NamedExpr": {
        this.expr(e.value);
        // := inside a comprehension binds in the nearest enclosing function (or module) scope
        let s = this.scope;
        if (s.kind === "comprehension") {
          while (s.kind === "comprehension") {
            s.nonlocals.add(e.target.id);
            s = s.parent!;
          }
          if (s.kind === "class") throw this.st.err("assignment expression within a comprehension cannot be used in a class body", e);
          s.defs.add(e.target.id);
          s.walrus.add(e.target.id);
          if (s.kind === "module") { let c = this.scope; while (c.kind === "comprehension") { c.nonlocals.delete(e.target.id); c.globals.add(e.target.id); c = c.parent!; } }
        } else { this.def(e.target.id); this.scope.walrus.add(e.target.id); }
        return;
      }
      case "Yield": case "YieldFrom":
        if (this.scope.kind === "module" || this.scope.kind === "class") throw this.st.err("'yield' outside function", e);
        this.scope.isGenerator = true;
        this.expr(e.value);
        return;
      case "Await":
        this.expr(e.value);
        return;
    }
    // generic: visit child expressions
    for (const k in e) {
      if (k === "_type" || k === "ctx") continue;
      const v = e[k];
      if (Array.isArray(v)) { for (const x of v) if (x && typeof x === "object" && x._type) this.exprOrOther(x); }
      else if (v && typeof v === "object" && v._type) this.exprOrOther(v);
    }
  }
  exprOrOther(x: any) {
    if (x._type === "keyword") this.expr(x.value);
    else if (x._type === "comprehension") return;
    else this.expr(x);
  }
}

/** The compiler's view: how `name` is accessed in `scope`. */
export function resolverFor(_st: SymTable): (scope: Scope, name: string) => NameKind {
  return (scope: Scope, name: string): NameKind => {
    if (scope.globals.has(name)) return "global";
    if (scope.kind === "module") return "global";
    if (scope.nonlocals.has(name)) return "free";
    if (scope.kind === "class") {
      if (scope.defs.has(name)) return "classns";
      return enclosingBinding(scope, name) ? "classfree" : "classns";
    }
    if (name === "__class__" && !scope.defs.has(name)) {
      let p = scope.parent;
      while (p && p.kind !== "class") p = p.parent;
      if (p) { p.needsClassClosure = true; return "free"; }
    }
    if (scope.defs.has(name)) return "local";
    return enclosingBinding(scope, name) ? "free" : "global";
  };
}

/** Is name bound as a local in an enclosing function scope (class scopes are skipped)? */
function enclosingBinding(scope: Scope, name: string): boolean {
  let p = scope.parent;
  while (p && p.kind !== "module") {
    if (p.kind !== "class") {
      if (p.globals.has(name)) return false;
      if (p.defs.has(name) || p.nonlocals.has(name)) return true;
    }
    p = p.parent;
  }
  return false;
}
