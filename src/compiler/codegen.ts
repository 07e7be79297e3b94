// Code generation: a Python AST (with its symbol table) becomes the source of one JS function
// that returns the module's body as a generator function. Every Python function becomes a JS
// generator function (the suspension rule: anything that may run Python code is `yield*`ed).
// Fast paths for builtin types are inlined; everything else calls the runtime helpers named
// `$xxx` (src/interp/rtlib.ts). Statements are here; expressions in codegen_expr.ts.

import { CodeInfo } from "../runtime/function.ts";
import { FnState, NameKind, jsName } from "./emit.ts";
import { ExprGen } from "./codegen_expr.ts";
import { PySyntaxError } from "../parser/errors.ts";

export interface Compiled {
  /** JS source of `function($rt, $G, $codes, $K) { ... return function* $module() {...} }`. */
  js: string;
  codes: CodeInfo[];
  consts: any[];
}

/** Symbol-table adapter: how `name` is accessed in `scope`. */
export type Resolver = (scope: any, name: string) => NameKind;

export class Compiler extends ExprGen {
  constructor(filename: string, resolver: Resolver, scopeOf: (node: any) => any, makeConst: (v: any) => any) {
    super(filename, resolver, scopeOf, makeConst);
  }

  compileModule(mod: any, mode: "exec" | "eval" | "single" = "exec"): Compiled {
    const scope = this.scopeOf(mod);
    const code = new CodeInfo({ name: "<module>", filename: this.filename, firstlineno: 1 });
    const fs = this.newFn(code, scope, false, false);
    const saved = this.fs;
    this.fs = fs;
    if (mode === "eval") {
      const v = this.expr(mod.body);
      fs.emit(`return ${v};`);
    } else {
      this.docstring(mod.body, "$G.__doc__ = ");
      for (const s of mod.body) {
        if (mode === "single" && s._type === "Expr") {
          const p = fs.pos(s);
          const v = this.expr(s.value);
          fs.emit(`$p = ${p}; yield* $displayhook(${v});`);
        } else this.stmt(s);
      }
      fs.emit("return $None;");
    }
    this.fs = saved;
    const body = this.wrapBody(fs, "$module", this.nsLocals ? "$ns" : "", false);
    const js = `"use strict";\n${this.prelude()}\nreturn ${body};`;
    return { js, codes: this.codes, consts: this.consts };
  }

  /** Module docstring / class docstring assignment. */
  docstring(body: any[], target: string): void {
    const first = body[0];
    if (first && first._type === "Expr" && first.value._type === "Constant" && typeof first.value.value === "string") {
      this.fs.emit(`${target}${JSON.stringify(first.value.value)};`);
    }
  }

  // --- statements ---------------------------------------------------------------------------------

  stmts(list: any[]): void {
    for (const s of list) this.stmt(s);
  }

  stmt(s: any): void {
    // temporaries of a statement are dead once it completes: the next statement reuses them
    const fs = this.fs, mark = fs.top;
    try {
      this.stmt1(s);
    } finally {
      fs.top = mark;
    }
  }

  stmt1(s: any): void {
    const fs = this.fs;
    switch (s._type) {
      case "Expr": {
        const p = fs.pos(s);
        fs.emit(`$p = ${p};`);
        const v = this.expr(s.value);
        fs.emit(`${v};`);
        return;
      }
      case "Assign": {
        fs.emit(`$p = ${fs.pos(s)};`);
        let v = this.expr(s.value);
        if (this.fineChecks) {
          const t = fs.tmp();
          fs.emit(`${t} = ${v}; if ($B[0] !== 0) yield* $brk();`);
          v = t;
        }
        if (s.targets.length === 1) { this.assign(s.targets[0], v); return; }
        const t = fs.tmp();
        fs.emit(`${t} = ${v};`);
        for (const target of s.targets) this.assign(target, t);
        return;
      }
      case "AugAssign": return this.augAssign(s);
      case "AnnAssign": {
        fs.emit(`$p = ${fs.pos(s)};`);
        if (s.value) this.assign(s.target, this.expr(s.value));
        if (s.simple && s.target._type === "Name" && (this.isModuleScope() || fs.isClass)) {
          const ann = this.expr(s.annotation);
          const holder = fs.isClass ? `(yield* $annotations($ns))` : `(yield* $annotations($G))`;
          fs.emit(`yield* $setitem(${holder}, ${JSON.stringify(s.target.id)}, ${ann});`);
        } else if (!s.simple || s.target._type !== "Name") {
          if (this.isModuleScope() || fs.isClass) this.expr(s.annotation);
        }
        return;
      }
      case "Return": {
        fs.emit(`$p = ${fs.pos(s)};`);
        const v = s.value ? this.expr(s.value) : "$None";
        fs.emit(`return ${v};`);
        return;
      }
      case "Pass": return;
      case "Break": {
        const l = fs.loops[fs.loops.length - 1];
        if (l.brk) fs.emit(`${l.brk} = true;`);
        fs.emit(`break ${l.label};`);
        return;
      }
      case "Continue": {
        const l = fs.loops[fs.loops.length - 1];
        fs.emit(`continue ${l.label};`);
        return;
      }
      case "If": return this.ifStmt(s);
      case "While": return this.whileStmt(s);
      case "For": case "AsyncFor": return this.forStmt(s);
      case "FunctionDef": case "AsyncFunctionDef": {
        fs.emit(`$p = ${fs.pos(s)};`);
        const f = this.funcDef(s);
        this.storeName(s.name, f);
        return;
      }
      case "ClassDef": {
        fs.emit(`$p = ${fs.pos(s)};`);
        const c = this.classDef(s);
        this.storeName(s.name, c);
        return;
      }
      case "Raise": {
        const p = fs.pos(s);
        fs.emit(`$p = ${p};`);
        if (!s.exc) { fs.emit(`throw $reraise();`); return; }
        const e = fs.tmp(), c = fs.tmp();
        fs.emit(`${e} = ${this.expr(s.exc)};`);
        fs.emit(`${c} = ${s.cause ? this.expr(s.cause) : "undefined"};`);
        fs.emit(`$p = ${p}; throw yield* $raise(${e}, ${c});`);
        return;
      }
      case "Try": case "TryStar": return this.tryStmt(s);
      case "With": case "AsyncWith": return this.withStmt(s, 0);
      case "Assert": {
        const p = fs.pos(s);
        fs.emit(`$p = ${p};`);
        const t = this.test(s.test);
        fs.emit(`if (!(${t})) {`);
        fs.push();
        const m = fs.tmp();
        fs.emit(`${m} = ${s.msg ? this.expr(s.msg) : "undefined"};`);
        fs.emit(`$p = ${fs.pos(s.test)}; throw yield* $assertFail(${m});`);
        fs.pop();
        fs.emit("}");
        return;
      }
      case "Delete": {
        fs.emit(`$p = ${fs.pos(s)};`);
        for (const t of s.targets) this.del(t);
        return;
      }
      case "Global": case "Nonlocal": return;
      case "Import": {
        fs.emit(`$p = ${fs.pos(s)};`);
        for (const a of s.names) {
          const name = JSON.stringify(a.name);
          if (a.asname) {
            fs.emit(`${this.tmpAssign("$r", `yield* $importAs(${name}, $G)`)}`);
            this.storeName(a.asname, "$r");
          } else {
            const top = a.name.split(".")[0];
            fs.emit(`$r = yield* $import(${name}, $G, null, 0);`);
            this.storeName(top, "$r");
          }
        }
        return;
      }
      case "ImportFrom": {
        fs.emit(`$p = ${fs.pos(s)};`);
        const names = s.names.map((a: any) => a.name);
        const m = fs.tmp();
        fs.emit(`${m} = yield* $import(${JSON.stringify(s.module ?? "")}, $G, ${JSON.stringify(names)}, ${s.level ?? 0});`);
        for (const a of s.names) {
          if (a.name === "*") { fs.emit(`yield* $importStar(${m}, ${fs.isClass ? "$ns" : "$G"});`); continue; }
          fs.emit(`$r = yield* $importFrom(${m}, ${JSON.stringify(a.name)});`);
          this.storeName(a.asname ?? a.name, "$r");
        }
        return;
      }
      case "Match": return this.matchStmt(s);
      default:
        throw new PySyntaxError("SyntaxError", `pygil: unsupported statement ${s._type}`, this.filename, s.lineno, (s.col_offset ?? 0) + 1, s.end_lineno ?? s.lineno, (s.end_col_offset ?? 0) + 1, null);
    }
  }

  tmpAssign(v: string, e: string): string { return `${v} = ${e};`; }

  ifStmt(s: any): void {
    const fs = this.fs;
    fs.emit(`$p = ${fs.pos(s)};`);
    const t = this.test(s.test);
    const saved = new Set(fs.assigned);
    fs.emit(`if (${t}) {`);
    fs.push(); this.stmts(s.body); fs.pop();
    const afterBody = fs.assigned;
    fs.assigned = new Set(saved);
    if (s.orelse.length) {
      fs.emit("} else {");
      fs.push(); this.stmts(s.orelse); fs.pop();
    }
    fs.emit("}");
    // bound after the if only when bound on both paths
    fs.assigned = new Set([...afterBody].filter((n) => fs.assigned.has(n)));
  }

  /** Compile a block whose assignments may not happen (loop bodies, handlers, cases). */
  maybeBlock(f: () => void): void {
    const saved = new Set(this.fs.assigned);
    f();
    this.fs.assigned = saved;
  }

  whileStmt(s: any): void {
    const fs = this.fs;
    const label = `L${this.labels++}`;
    const brk = s.orelse.length ? fs.tmp() : null;
    if (brk) fs.emit(`${brk} = false;`);
    fs.emit(`${label}: for (;; ${this.checkExpr()}) {`);
    fs.push();
    fs.emit(`$p = ${fs.pos(s.test)};`);
    const t = this.test(s.test);
    fs.emit(`if (!(${t})) break;`);
    fs.loops.push({ brk, label });
    this.maybeBlock(() => this.stmts(s.body));
    fs.loops.pop();
    fs.pop();
    fs.emit("}");
    if (brk) {
      fs.emit(`if (!${brk}) {`);
      fs.push(); this.maybeBlock(() => this.stmts(s.orelse)); fs.pop();
      fs.emit("}");
    }
  }

  /** The back-edge check point (CPython 3.11: taken backward jumps). */
  checkExpr(): string { return "(--$B[1] < 0 || $B[0] !== 0) && (yield* $brk())"; }

  forStmt(s: any): void {
    const fs = this.fs;
    const label = `L${this.labels++}`;
    const brk = s.orelse.length ? fs.tmp() : null;
    if (brk) fs.emit(`${brk} = false;`);
    const p = fs.pos(s);
    fs.emit(`$p = ${fs.pos(s.iter)};`);
    const it = fs.tmp(), v = fs.tmp();
    let closeAfter: string | null = null;
    const rng = this.rangeCall(s.iter);
    if (rng) {
      // `for x in range(...)`: count in JS numbers when `range` is the builtin and bounds are ints
      const [f, args] = rng;
      const i = fs.tmp(), end = fs.tmp(), step = fs.tmp();
      fs.emit(`${f.decl}`);
      const a = args.map((x: any) => { const t = fs.tmp(); fs.emit(`${t} = ${this.expr(x)};`); return t; });
      const cond = `${f.v} === $range && ${a.map((x: string) => `typeof ${x} === "number"`).join(" && ")}${a.length === 3 ? ` && ${a[2]} > 0` : ""}`;
      const [st, en, sp] = a.length === 1 ? ["0", a[0], "1"] : a.length === 2 ? [a[0], a[1], "1"] : [a[0], a[1], a[2]];
      fs.emit(`if (${cond}) { ${it} = null; ${i} = ${st}; ${end} = ${en}; ${step} = ${sp}; }`);
      fs.emit(`else { $p = ${p}; ${it} = yield* $iter(yield* $callv(${f.v}, [${a.join(", ")}], null, null)); }`);
      fs.emit(`${label}: for (;; ${this.checkExpr()}) {`);
      fs.push();
      fs.emit(`if (${it} === null) { if (${i} >= ${end}) break; ${v} = ${i}; ${i} += ${step}; }`);
      fs.emit(`else { $p = ${p}; if ((${v} = ${it}.nx()) === $NEED) ${v} = yield* ${it}.nxG(); if (${v} === $STOP) break; }`);
    } else {
      const x = this.expr(s.iter);
      fs.emit(`${it} = ${x};`);
      fs.emit(`$p = ${p}; ${it} = ($r = $iterS(${it})) !== $NEED ? $r : yield* $iter(${it});`);
      if (s.iter._type === "Call" || s.iter._type === "GeneratorExp") {
        // CPython's refcounting closes a fresh generator as soon as a loop abandons it (break,
        // return, exception): its finally blocks run then, not at some later collection
        closeAfter = fs.tmp();
        fs.emit(`${closeAfter} = $freshGen(${it});`);
        fs.emit("try {");
        fs.push();
      }
      fs.emit(`${label}: for (;; ${this.checkExpr()}) {`);
      fs.push();
      fs.emit(`$p = ${p}; if ((${v} = ${it}.nx()) === $NEED) ${v} = yield* ${it}.nxG();`);
      fs.emit(`if (${v} === $STOP) break;`);
    }
    const saved = new Set(fs.assigned);
    this.assign(s.target, v);
    fs.loops.push({ brk, label });
    this.stmts(s.body);
    fs.assigned = saved;
    fs.loops.pop();
    fs.pop();
    fs.emit("}");
    if (closeAfter) {
      fs.pop();
      fs.emit(`} finally { if (${closeAfter} && !${it}.finished) yield* $closeGen(${it}); }`);
    }
    if (brk) {
      fs.emit(`if (!${brk}) {`);
      fs.push(); this.maybeBlock(() => this.stmts(s.orelse)); fs.pop();
      fs.emit("}");
    }
  }

  /** If e is `range(a[, b[, c]])` with plain positional args: [loaded range, args]. */
  rangeCall(e: any): [{ decl: string; v: string }, any[]] | null {
    if (e._type !== "Call" || e.func._type !== "Name" || e.func.id !== "range") return null;
    if (e.keywords.length || e.args.length < 1 || e.args.length > 3 || e.args.some((a: any) => a._type === "Starred")) return null;
    const t = this.fs.tmp();
    return [{ decl: `${t} = ${this.loadName("range", e.func)};`, v: t }, e.args];
  }

  tryStmt(s: any): void {
    const fs = this.fs;
    const saved = new Set(fs.assigned);
    this.tryStmt1(s);
    fs.assigned = saved;
    // `except E as name` unbinds name at the end of the handler
    for (const h of s.handlers) if (h.name) fs.assigned.delete(this.mangle(h.name));
  }

  tryStmt1(s: any): void {
    const fs = this.fs;
    const hasFinally = s.finalbody.length > 0;
    if (hasFinally) { fs.emit("try {"); fs.push(); }
    if (s.handlers.length) {
      const ok = s.orelse.length ? fs.tmp() : null;
      if (ok) fs.emit(`${ok} = false;`);
      fs.emit("try {");
      fs.push();
      this.stmts(s.body);
      if (ok) fs.emit(`${ok} = true;`);
      fs.pop();
      const e = fs.tmp();
      fs.emit(`} catch (${e}$) {`);
      fs.push();
      fs.emit(`${e} = $tbx(${e}$, $code, $p, $fid);`);
      if (ok) fs.emit(`if (${ok}) throw ${e};`);
      if (s._type === "TryStar") this.starHandlers(s, e);
      let first = true;
      for (const h of s._type === "TryStar" ? [] : s.handlers) {
        if (h.type) {
          const t = this.expr(h.type);
          fs.emit(`${first ? "" : "else "}if (($p = ${fs.pos(h.type)}, yield* $excMatch(${e}, ${t}))) {`);
        } else fs.emit(`${first ? "" : "else "}{`);
        first = false;
        fs.push();
        const saved = fs.tmp();
        fs.emit(`${saved} = $R.handling; $R.handling = ${e};`);
        fs.emit("try {");
        fs.push();
        if (h.name) this.storeName(h.name, e);
        this.stmts(h.body);
        fs.pop();
        fs.emit(`} catch ($e2) { throw $chain($e2, ${e}, $code, $p, $fid); }`);
        fs.emit(`finally { $R.handling = ${saved};${h.name ? " " + this.unbindCode(h.name) : ""} }`);
        fs.pop();
        fs.emit("}");
      }
      if (s._type !== "TryStar") fs.emit(`else throw ${e};`);
      fs.pop();
      fs.emit("}");
      if (ok) {
        fs.emit(`if (${ok}) {`);
        fs.push(); this.stmts(s.orelse); fs.pop();
        fs.emit("}");
      }
    } else {
      this.stmts(s.body);
      this.stmts(s.orelse);
    }
    if (hasFinally) {
      fs.pop();
      const e = fs.tmp();
      // the exception being propagated is "handled" while the finally block runs (context chaining)
      fs.emit(`} catch (${e}$) { ${e} = $tbx(${e}$, $code, $p, $fid); throw ${e}; } finally {`);
      fs.push();
      this.stmts(s.finalbody);
      fs.pop();
      fs.emit("}");
    }
  }

  /**
   * `except*` handlers (PEP 654): each handler gets the part of the group its type matches;
   * what no handler takes, and what the handlers raise, is raised again at the end.
   */
  starHandlers(s: any, e: string): void {
    const fs = this.fs;
    const st = fs.tmp();
    fs.emit(`${st} = $starBegin(${e});`);
    for (const h of s.handlers) {
      const m = fs.tmp();
      const t = this.expr(h.type);
      fs.emit(`if ((${m} = ($p = ${fs.pos(h.type)}, yield* $starMatch(${st}, ${t}))) !== $None) {`);
      fs.push();
      const saved = fs.tmp();
      fs.emit(`${saved} = $R.handling; $R.handling = ${m};`);
      fs.emit("try {");
      fs.push();
      if (h.name) this.storeName(h.name, m);
      this.maybeBlock(() => this.stmts(h.body));
      fs.pop();
      fs.emit(`} catch ($e2) { $starRaised(${st}, $chain($e2, ${m}, $code, $p, $fid), ${m}); }`);
      fs.emit(`finally { $R.handling = ${saved};${h.name ? " " + this.unbindCode(h.name) : ""} }`);
      fs.pop();
      fs.emit("}");
    }
    fs.emit(`yield* $starEnd(${st});`);
  }

  /** Code that deletes the `except ... as name` binding at the end of the handler. */
  unbindCode(name: string): string {
    name = this.mangle(name);
    const k = this.resolve(name);
    if (k === "local" || k === "cell") return `${jsName(name)} = undefined;`;
    if (k === "global") return `delete $G[${JSON.stringify(name)}];`;
    if (k === "classns") return `yield* $nsDel($ns, ${JSON.stringify(name)}, true);`;
    return `${jsName(name)} = undefined;`;
  }

  withStmt(s: any, i: number): void {
    const fs = this.fs;
    if (i >= s.items.length) { this.maybeBlock(() => this.stmts(s.body)); return; }
    const item = s.items[i];
    const p = fs.pos(item.context_expr);
    fs.emit(`$p = ${p};`);
    const mgr = fs.tmp(), exit = fs.tmp(), ok = fs.tmp(), e = fs.tmp();
    const v = this.expr(item.context_expr);
    fs.emit(`${mgr} = ${v};`);
    const isAsync = s._type === "AsyncWith";
    fs.emit(`${exit} = yield* $withEnter(${mgr}, ${isAsync});`);
    fs.emit(`$r = ${exit}[1]; ${exit} = ${exit}[0];`);
    if (item.optional_vars) this.assign(item.optional_vars, "$r");
    fs.emit(`${ok} = true;`);
    fs.emit("try {");
    fs.push();
    this.withStmt(s, i + 1);
    fs.pop();
    fs.emit(`} catch (${e}$) {`);
    fs.push();
    fs.emit(`${e} = $tbx(${e}$, $code, $p, $fid); ${ok} = false;`);
    fs.emit(`$p = ${p};`);
    fs.emit(`if (!(yield* $withExit(${exit}, ${mgr}, ${e}, ${isAsync}))) throw ${e};`);
    fs.pop();
    fs.emit(`} finally { if (${ok}) { $p = ${p}; yield* $withExit(${exit}, ${mgr}, null, ${isAsync}); } }`);
  }

  augAssign(s: any): void {
    const fs = this.fs;
    const p = fs.pos(s);
    fs.emit(`$p = ${p};`);
    const op = s.op._type;
    const t = s.target;
    if (t._type === "Name") {
      const cur = this.loadName(t.id, t);
      const val = this.expr(s.value);
      const r = this.inplaceOp(op, cur, val, p);
      if (this.fineChecks) {
        // load; check; operate; check; store — the window in which CPython <= 3.9 could switch
        const rt = fs.tmp();
        fs.emit(`${rt} = ${r}; if ($B[0] !== 0) yield* $brk();`);
        this.storeName(t.id, rt);
        return;
      }
      this.storeName(t.id, r);
    } else if (t._type === "Attribute") {
      const o = fs.tmp();
      fs.emit(`${o} = ${this.expr(t.value)};`);
      const cur = fs.tmp();
      fs.emit(`$p = ${fs.pos(t)}; ${cur} = ${this.loadAttr(o, t.attr)};`);
      const val = this.expr(s.value);
      const r = fs.tmp();
      fs.emit(`$p = ${p}; ${r} = ${this.inplaceOp(op, cur, val, p)};`);
      fs.emit(this.storeAttr(o, t.attr, r));
    } else if (t._type === "Subscript") {
      const o = fs.tmp(), k = fs.tmp();
      fs.emit(`${o} = ${this.expr(t.value)};`);
      fs.emit(`${k} = ${this.subscriptKey(t.slice)};`);
      const cur = fs.tmp();
      fs.emit(`$p = ${fs.pos(t)}; ${cur} = ($r = $giS(${o}, ${k})) !== $NEED ? $r : yield* $getitem(${o}, ${k});`);
      const val = this.expr(s.value);
      const r = fs.tmp();
      fs.emit(`$p = ${p}; ${r} = ${this.inplaceOp(op, cur, val, p)};`);
      fs.emit(`if ($siS(${o}, ${k}, ${r}) === $NEED) yield* $setitem(${o}, ${k}, ${r});`);
    } else throw this.syntaxError("'" + t._type + "' is an illegal expression for augmented assignment", t);
  }

  // --- assignment targets ---------------------------------------------------------------------------

  /** Assign the JS expression `v` (already evaluated, side-effect free to read) to a target. */
  assign(t: any, v: string): void {
    const fs = this.fs;
    switch (t._type) {
      case "Name": this.storeName(t.id, v); return;
      case "Attribute": {
        const o = fs.tmp(), val = fs.tmp();
        fs.emit(`${val} = ${v};`);
        fs.emit(`${o} = ${this.expr(t.value)};`);
        fs.emit(`$p = ${fs.pos(t)}; ${this.storeAttr(o, t.attr, val)}`);
        return;
      }
      case "Subscript": {
        const o = fs.tmp(), k = fs.tmp(), val = fs.tmp();
        fs.emit(`${val} = ${v};`);
        fs.emit(`${o} = ${this.expr(t.value)};`);
        fs.emit(`${k} = ${this.subscriptKey(t.slice)};`);
        fs.emit(`$p = ${fs.pos(t)}; if ($siS(${o}, ${k}, ${val}) === $NEED) yield* $setitem(${o}, ${k}, ${val});`);
        return;
      }
      case "Tuple": case "List": {
        const elts = t.elts;
        const star = elts.findIndex((e: any) => e._type === "Starred");
        if (elts.filter((e: any) => e._type === "Starred").length > 1) throw this.syntaxError("multiple starred expressions in assignment", t);
        const arr = fs.tmp();
        if (!/^(\$t\d+|v\$\w+)$/.test(v)) { fs.emit(`${arr} = ${v};`); v = arr; }
        fs.emit(`$p = ${fs.pos(t)}; ${arr} = ($r = $unpackS(${v}, ${elts.length}, ${star})) !== $NEED ? $r : yield* $unpack(${v}, ${elts.length}, ${star});`);
        elts.forEach((e: any, i: number) => {
          this.assign(e._type === "Starred" ? e.value : e, `${arr}[${i}]`);
        });
        return;
      }
      case "Starred": throw this.syntaxError("starred assignment target must be in a list or tuple", t);
      default: throw this.syntaxError(`cannot assign to ${t._type}`, t);
    }
  }

  del(t: any): void {
    const fs = this.fs;
    switch (t._type) {
      case "Name": {
        const id = this.mangle(t.id);
        const k = this.resolve(id);
        const n = JSON.stringify(id);
        if (k === "global") fs.emit(`if (!$delGlobal($G, ${n})) throw $nameErr(${n});`);
        else if (k === "classns") fs.emit(`yield* $nsDel($ns, ${n}, false);`);
        else {
          const j = jsName(id);
          fs.assigned.delete(id);
          fs.deleted.add(id);
          fs.emit(`if (${j} === undefined) throw ${k === "local" ? `$unbound(${n})` : `$freeUnbound(${n})`};`);
          fs.emit(`${j} = undefined;`);
        }
        return;
      }
      case "Attribute": {
        const o = this.expr(t.value);
        fs.emit(`$p = ${fs.pos(t)}; yield* $delattr(${o}, ${JSON.stringify(this.mangle(t.attr))});`);
        return;
      }
      case "Subscript": {
        const o = fs.tmp(), k = fs.tmp();
        fs.emit(`${o} = ${this.expr(t.value)};`);
        fs.emit(`${k} = ${this.subscriptKey(t.slice)};`);
        fs.emit(`$p = ${fs.pos(t)}; if ($diS(${o}, ${k}) === $NEED) yield* $delitem(${o}, ${k});`);
        return;
      }
      case "Tuple": case "List": for (const e of t.elts) this.del(e); return;
      default: throw this.syntaxError(`cannot delete ${t._type}`, t);
    }
  }

  // --- functions and classes -----------------------------------------------------------------------

  /** Emit a function definition; returns the JS expression of the function object. */
  funcDef(s: any, isLambda = false): string {
    const outer = this.fs;
    const scope = this.scopeOf(s);
    const a = s.args;
    const isAsync = s._type === "AsyncFunctionDef";
    const isGen = !!(scope.isGenerator || scope.generator);
    const posArgs = [...a.posonlyargs, ...a.args];
    const mg = (n: string) => (scope.private ? scope.mangle(n) : n);
    const argnames = [...posArgs.map((x: any) => mg(x.arg)), ...a.kwonlyargs.map((x: any) => mg(x.arg))];
    if (a.vararg) argnames.push(mg(a.vararg.arg));
    if (a.kwarg) argnames.push(mg(a.kwarg.arg));
    const name = isLambda ? "<lambda>" : s.name;
    const code = new CodeInfo({
      name, qualname: this.qualname(name), filename: this.filename, firstlineno: s.lineno,
      argnames, posonly: a.posonlyargs.length, argcount: posArgs.length, kwonly: a.kwonlyargs.length,
      varargs: !!a.vararg, varkw: !!a.kwarg, isGen: isGen && !isAsync, isCoro: isAsync && !isGen, isAsyncGen: isAsync && isGen,
    });
    // decorators, defaults, annotations are evaluated in the enclosing scope, in CPython's order
    const decos = s.decorator_list ? s.decorator_list.map((d: any) => { const t = outer.tmp(); outer.emit(`${t} = ${this.expr(d)};`); return t; }) : [];
    const dflt = `[${a.defaults.map((d: any) => this.expr(d)).join(", ")}]`;
    let kwd = "null";
    if (a.kw_defaults.some((d: any) => d)) {
      const parts: string[] = [];
      a.kwonlyargs.forEach((arg: any, i: number) => { if (a.kw_defaults[i]) parts.push(`[${JSON.stringify(arg.arg)}, ${this.expr(a.kw_defaults[i])}]`); });
      kwd = `$kwdefaults([${parts.join(", ")}])`;
    }
    let ann = "null";
    if (!isLambda) {
      const parts: string[] = [];
      const all = [...posArgs, ...(a.vararg ? [a.vararg] : []), ...a.kwonlyargs, ...(a.kwarg ? [a.kwarg] : [])];
      for (const x of all) if (x.annotation) parts.push(`[${JSON.stringify(x.arg)}, ${this.expr(x.annotation)}]`);
      if (s.returns) parts.push(`["return", ${this.expr(s.returns)}]`);
      if (parts.length) ann = `[${parts.join(", ")}]`;
    }
    // the body
    const fs = this.newFn(code, scope, false, isGen || isAsync);
    const jsParams = [...posArgs, ...(a.vararg ? [a.vararg] : []), ...a.kwonlyargs, ...(a.kwarg ? [a.kwarg] : [])].map((x: any) => {
      fs.params.add(mg(x.arg));
      return jsName(mg(x.arg));
    });
    this.fs = fs;
    this.qualStack.push(isLambda ? "<lambda>" : s.name);
    if (isLambda) {
      fs.emit(`$p = ${fs.pos(s.body)};`);
      fs.emit(`return ${this.expr(s.body)};`);
    } else {
      this.stmts(s.body);
      fs.emit("return $None;");
    }
    this.qualStack.pop();
    this.fs = outer;
    // cell variables that are parameters are fine: JS closures capture parameters too
    const fnJs = this.wrapBody(fs, this.safeFnName(name), jsParams.join(", "), true);
    const docNode = !isLambda && s.body[0]?._type === "Expr" && s.body[0].value._type === "Constant" && typeof s.body[0].value.value === "string" ? JSON.stringify(s.body[0].value.value) : "$None";
    let f = `$mkfn($codes[${fs.codeIndex}], ${dflt}, ${kwd}, ${ann}, ${fnJs}, $G, ${docNode})`;
    for (let i = decos.length - 1; i >= 0; i--) {
      f = `($p = ${outer.pos(s.decorator_list[i])}, yield* $callv(${decos[i]}, [${f}], null, null))`;
    }
    return f;
  }

  safeFnName(n: string): string {
    return /^[A-Za-z_][A-Za-z0-9_]*$/.test(n) ? "py_" + n : "py_fn";
  }

  classDef(s: any): string {
    const outer = this.fs;
    const scope = this.scopeOf(s);
    const decos = s.decorator_list.map((d: any) => { const t = outer.tmp(); outer.emit(`${t} = ${this.expr(d)};`); return t; });
    const bases = outer.tmp();
    outer.emit(`${bases} = ${this.starList(s.bases)};`);
    const [pk, kwn, kwv] = this.keywordArgs(s.keywords);
    const kwt = outer.tmp();
    outer.emit(`${pk}${kwt} = [${kwn}, ${kwv}];`);
    const code = new CodeInfo({ name: s.name, qualname: this.qualname(s.name), filename: this.filename, firstlineno: s.lineno });
    const fs = this.newFn(code, scope, true, false);
    this.fs = fs;
    this.qualStack.push(s.name);
    fs.emit(`yield* $nsSet($ns, "__module__", $G.__name__);`);
    fs.emit(`yield* $nsSet($ns, "__qualname__", ${JSON.stringify(code.qualname)});`);
    const d = s.body[0];
    if (d && d._type === "Expr" && d.value._type === "Constant" && typeof d.value.value === "string")
      fs.emit(`yield* $nsSet($ns, "__doc__", ${JSON.stringify(d.value.value)});`);
    this.stmts(s.body);
    const needsCell = this.hasClassCell(scope);
    if (needsCell) fs.locals.add(jsName("__class__"));
    fs.emit(needsCell ? `return (c) => { ${jsName("__class__")} = c; };` : "return null;");
    this.qualStack.pop();
    this.fs = outer;
    const body = this.wrapBody(fs, this.safeFnName(s.name), "$ns", false);
    let c = `(yield* $buildClass(${body}, ${JSON.stringify(s.name)}, ${bases}, ${kwt}[0], ${kwt}[1]))`;
    for (let i = decos.length - 1; i >= 0; i--) {
      c = `($p = ${outer.pos(s.decorator_list[i])}, yield* $callv(${decos[i]}, [${c}], null, null))`;
    }
    return c;
  }

  // --- match -------------------------------------------------------------------------------------

  matchStmt(s: any): void {
    this.maybeBlock(() => this.matchStmt1(s));
  }

  matchStmt1(s: any): void {
    const fs = this.fs;
    fs.emit(`$p = ${fs.pos(s)};`);
    const subj = fs.tmp();
    fs.emit(`${subj} = ${this.expr(s.subject)};`);
    const label = `M${this.labels++}`;
    fs.emit(`${label}: {`);
    fs.push();
    for (const c of s.cases) {
      const ok = fs.tmp();
      fs.emit(`${ok} = false;`);
      fs.emit("do {");
      fs.push();
      this.pattern(c.pattern, subj, ok);
      fs.emit(`${ok} = true;`);
      fs.pop();
      fs.emit("} while (false);");
      fs.emit(`if (${ok}) {`);
      fs.push();
      if (c.guard) {
        fs.emit(`$p = ${fs.pos(c.guard)};`);
        fs.emit(`if (${this.test(c.guard)}) {`);
        fs.push();
        this.stmts(c.body);
        fs.emit(`break ${label};`);
        fs.pop();
        fs.emit("}");
      } else {
        this.stmts(c.body);
        fs.emit(`break ${label};`);
      }
      fs.pop();
      fs.emit("}");
    }
    fs.pop();
    fs.emit("}");
  }

  /** Emit code that `break`s out of the enclosing do-block when `v` does not match `pat`. */
  pattern(pat: any, v: string, ok: string): void {
    const fs = this.fs;
    switch (pat._type) {
      case "MatchValue": {
        const x = this.expr(pat.value);
        fs.emit(`if (!(yield* $eqTest(${v}, ${x}))) break;`);
        return;
      }
      case "MatchSingleton": {
        const x = pat.value === null ? "$None" : String(pat.value);
        fs.emit(`if (${v} !== ${x}) break;`);
        return;
      }
      case "MatchAs": {
        if (pat.pattern) this.pattern(pat.pattern, v, ok);
        if (pat.name) this.storeName(pat.name, v);
        return;
      }
      case "MatchOr": {
        const any = fs.tmp();
        fs.emit(`${any} = false;`);
        for (const alt of pat.patterns) {
          fs.emit(`if (!${any}) do {`);
          fs.push();
          this.pattern(alt, v, ok);
          fs.emit(`${any} = true;`);
          fs.pop();
          fs.emit("} while (false);");
        }
        fs.emit(`if (!${any}) break;`);
        return;
      }
      case "MatchSequence": {
        const pats = pat.patterns;
        const star = pats.findIndex((p: any) => p._type === "MatchStar");
        const arr = fs.tmp();
        fs.emit(`if ((${arr} = yield* $matchSeq(${v}, ${pats.length}, ${star})) === null) break;`);
        pats.forEach((p: any, i: number) => {
          if (p._type === "MatchStar") { if (p.name) this.storeName(p.name, `${arr}[${i}]`); }
          else { const t = fs.tmp(); fs.emit(`${t} = ${arr}[${i}];`); this.pattern(p, t, ok); }
        });
        return;
      }
      case "MatchMapping": {
        const keys = pat.keys.map((k: any) => this.expr(k));
        const vals = fs.tmp();
        fs.emit(`if ((${vals} = yield* $matchMap(${v}, [${keys.join(", ")}], ${pat.rest ? "true" : "false"})) === null) break;`);
        pat.patterns.forEach((p: any, i: number) => { const t = fs.tmp(); fs.emit(`${t} = ${vals}[${i}];`); this.pattern(p, t, ok); });
        if (pat.rest) this.storeName(pat.rest, `${vals}[${pat.patterns.length}]`);
        return;
      }
      case "MatchClass": {
        const cls = this.expr(pat.cls);
        const vals = fs.tmp();
        fs.emit(`$p = ${fs.pos(pat)};`);
        fs.emit(`if ((${vals} = yield* $matchClass(${v}, ${cls}, ${pat.patterns.length}, ${JSON.stringify(pat.kwd_attrs)})) === null) break;`);
        [...pat.patterns, ...pat.kwd_patterns].forEach((p: any, i: number) => { const t = fs.tmp(); fs.emit(`${t} = ${vals}[${i}];`); this.pattern(p, t, ok); });
        return;
      }
      case "MatchStar": return;
      default: throw this.syntaxError(`pygil: unsupported pattern ${pat._type}`, pat);
    }
  }
}

export { PySyntaxError };
