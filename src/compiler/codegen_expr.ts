// Expression code generation and the per-scope plumbing (name resolution, function wrappers,
// the module prelude). Each expression becomes a JS expression; operands with side effects are
// evaluated into temporaries in Python's order, `$p` records the failing operation's position.

import { CodeInfo } from "../runtime/function.ts";
import { FnState, NameKind, jsName } from "./emit.ts";
import { PySyntaxError } from "../parser/errors.ts";
import type { Resolver } from "./codegen.ts";

const CMP: Record<string, number> = { Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5 };
const CMPJS: Record<string, string> = { Lt: "<", LtE: "<=", Eq: "===", NotEq: "!==", Gt: ">", GtE: ">=" };
const SYNCOP: Record<string, string> = {
  Add: "$addS", Sub: "$subS", Mult: "$mulS", Div: "$truedivS", FloorDiv: "$floordivS", Mod: "$modS", Pow: "$powS",
  LShift: "$lshiftS", RShift: "$rshiftS", BitAnd: "$andS", BitOr: "$orS", BitXor: "$xorS", MatMult: "$matmulS",
};
const MAXS = "9007199254740991";

export abstract class ExprGen {
  filename: string;
  resolver: Resolver;
  scopeOf: (node: any) => any;
  makeConst: (v: any) => any;
  codes: CodeInfo[] = [];
  consts: any[] = [];
  constIndex = new Map<any, number>();
  labels = 0;
  qualStack: string[] = [];
  fs!: FnState;
  /** Inline caches allocated for attribute sites ($ic0, $ic1, ...). */
  ics = 0;
  ic(): string { return `$ic${this.ics++}`; }
  /**
   * exec/eval with a separate locals mapping: module-level names live in `$ns` (looked up
   * there, then in globals and builtins), exactly like a class body.
   */
  nsLocals = false;
  /** CPython <= 3.9 check points: also between the load, operate and store steps. */
  fineChecks = false;
  constructor(filename: string, resolver: Resolver, scopeOf: (node: any) => any, makeConst: (v: any) => any) {
    this.filename = filename;
    this.resolver = resolver;
    this.scopeOf = scopeOf;
    this.makeConst = makeConst;
  }
  abstract stmts(list: any[]): void;
  abstract assign(t: any, v: string): void;
  abstract funcDef(s: any, isLambda?: boolean): string;

  newFn(code: CodeInfo, scope: any, isClass: boolean, isGen: boolean): FnState {
    this.codes.push(code);
    return new FnState(code, this.codes.length - 1, scope, isClass, isGen);
  }

  syntaxError(msg: string, node: any): PySyntaxError {
    return new PySyntaxError("SyntaxError", msg, this.filename, node.lineno ?? 1, (node.col_offset ?? 0) + 1, node.end_lineno ?? node.lineno ?? 1, (node.end_col_offset ?? 0) + 1, null);
  }

  isModuleScope(): boolean { return this.qualStack.length === 0 && !this.fs.isClass; }

  qualname(name: string): string {
    const parts: string[] = [];
    // a function's qualname includes enclosing function names followed by <locals>
    let s = this.fs.scope;
    const chain: any[] = [];
    while (s && s.kind !== "module") { chain.unshift(s); s = s.parent; }
    for (const c of chain) {
      if (c.kind === "class") parts.push(c.name);
      else parts.push(c.kind === "function" ? c.name : `<${c.name}>`, "<locals>");
    }
    parts.push(name);
    return parts.join(".");
  }

  /** Does the class scope provide an implicit __class__ cell (methods use super/__class__)? */
  hasClassCell(scope: any): boolean {
    return !!scope.needsClassClosure;
  }

  /** The JS text shared by all functions of a module: helper bindings. */
  prelude(): string {
    let p = "const {" + RT_NAMES.join(", ") + "} = $rt;";
    if (this.ics) p += "\nconst " + Array.from({ length: this.ics }, (_, i) => `$ic${i} = $mkIC()`).join(", ") + ";";
    return p;
  }

  /** Attribute load through the site's inline cache. */
  loadAttr(o: string, attr: string): string {
    attr = this.mangle(attr);
    if (/^[\d-]/.test(o)) o = `(${o})`; // a number literal cannot take `.prop` directly
    const a = JSON.stringify(attr), c = this.ic();
    return `(${o}.$cls === ${c}.t && ${c}.v === ${c}.t.ver && ($r = ${o}.$d[${a}]) !== undefined ? $r : ($r = $gaIC(${o}, ${a}, ${c})) !== $NEED ? $r : yield* $getattr(${o}, ${a}))`;
  }
  /** Attribute store through the site's inline cache (a statement). */
  storeAttr(o: string, attr: string, v: string): string {
    attr = this.mangle(attr);
    const a = JSON.stringify(attr), c = this.ic();
    return `if (${o}.$cls === ${c}.t && ${c}.v === ${c}.t.ver) ${o}.$d[${a}] = ${v}; else if ($saIC(${o}, ${a}, ${v}, ${c}) === $NEED) yield* $setattr(${o}, ${a}, ${v});`;
  }

  /** Wrap a function body with frame bookkeeping (recursion depth, traceback, entry check). */
  wrapBody(fs: FnState, name: string, params: string, isFunction: boolean): string {
    const decl = fs.declarations();
    (fs.code as any).varnames = [...fs.locals].filter((l) => l.startsWith("v$")).map((l) => l.slice(2));
    const body = fs.out.join("\n");
    const idx = fs.codeIndex;
    // A generator body does not count towards the recursion depth: it would hold its +1 while
    // suspended, and an abandoned generator would leak it. DEVIATION(CPython): recursion through
    // generators is bounded by the JS stack instead (RangeError -> RecursionError).
    const core = (check: boolean, depth = true) =>
      `  const $code = $codes[${idx}]; let $p = 0, $r; const $fid = ++$R.fid; ${decl}\n` +
      (depth ? `  if (++$R.depth > $R.limit) { $R.depth--; throw $recErr(); }\n` : "") +
      `  try {\n` + (check ? `    if (--$B[1] < 0 || $B[0] !== 0) yield* $brk();\n` : "") + body +
      `\n  } catch ($e) { throw $tbx($e, $code, $p, $fid); }${depth ? " finally { $R.depth--; }" : ""}\n`;
    if (isFunction && fs.isGen) {
      // calling a generator function creates the generator; the body runs on first next()
      const c = fs.code;
      const ctor = c.isCoro ? "$mkcoro" : c.isAsyncGen ? "$mkasyncgen" : "$mkgen";
      return `function* ${name}(${params}) { return ${ctor}((function* () {\n${core(true, false)}})(), $codes[${idx}]); }`;
    }
    return `function* ${name}(${params}) {\n${core(isFunction)}}`;
  }

  // --- names ---------------------------------------------------------------------------------------

  resolve(name: string): NameKind {
    const k = this.resolver(this.fs.scope, name);
    if (this.nsLocals && this.fs.scope?.type === "module" && this.fs.scope.getScope(name) !== 2 /* GLOBAL_EXPLICIT */) return "classns";
    return k;
  }

  loadName(name: string, node: any): string {
    name = this.mangle(name);
    const k = this.resolve(name);
    const n = JSON.stringify(name);
    const j = jsName(name);
    switch (k) {
      case "local": case "cell":
        this.fs.locals.add(j);
        if (k === "local" && !this.everDeleted(name) && (this.fs.assigned.has(name) || this.fs.params.has(name))) return j;
        return `(${j} !== undefined ? ${j} : ($p = ${this.fs.pos(node)}, $unbound(${n})))`;
      case "free":
        return `(${j} !== undefined ? ${j} : ($p = ${this.fs.pos(node)}, $freeUnbound(${n})))`;
      case "global":
        return `(($r = $G[${n}]) !== undefined ? $r : ($p = ${this.fs.pos(node)}, $nameErr(${n})))`;
      case "classns":
        return `(($r = ($ns instanceof $PyDict ? $ns.getS(${n}) : yield* $nsGet($ns, ${n}))) !== undefined ? $r : ($r = $G[${n}]) !== undefined ? $r : ($p = ${this.fs.pos(node)}, $nameErr(${n})))`;
      case "classfree":
        return `(($r = ($ns instanceof $PyDict ? $ns.getS(${n}) : yield* $nsGet($ns, ${n}))) !== undefined ? $r : ${j} !== undefined ? ${j} : $freeUnbound(${n}))`;
    }
  }

  storeName(name: string, v: string): void {
    name = this.mangle(name);
    const k = this.resolve(name);
    const n = JSON.stringify(name);
    const j = jsName(name);
    switch (k) {
      case "local": case "cell":
        this.fs.locals.add(j);
        this.fs.emit(`${j} = ${v};`);
        if (k === "local") this.fs.assigned.add(name);
        return;
      case "free": this.fs.emit(`${j} = ${v};`); return;
      case "global": this.fs.emit(`$G[${n}] = ${v};`); return;
      case "classns": case "classfree": this.fs.emit(`yield* $nsSet($ns, ${n}, ${v});`); return;
    }
  }

  // --- constants -------------------------------------------------------------------------------------

  konst(v: any): string {
    let i = this.constIndex.get(v);
    if (i === undefined) {
      i = this.consts.length;
      this.consts.push(this.makeConst(v));
      if (typeof v !== "object" || v === null) this.constIndex.set(v, i);
    }
    return `$K[${i}]`;
  }

  constant(v: any): string {
    if (v === null) return "$None";
    switch (typeof v) {
      case "boolean": return String(v);
      case "number": return v < 0 || Object.is(v, -0) ? `(${v})` : String(v);
      case "bigint": return `(${v}n)`;
      case "string": return JSON.stringify(v);
    }
    if (v._ellipsis) return "$Ellipsis";
    return this.konst(v);
  }

  /** Is name assigned by := anywhere in the current scope (then reads must be snapshotted)? */
  walrusTargets(name: string): boolean {
    return this.fs.facts.walrus.has(name);
  }
  /** Is name deleted anywhere in the current scope (then no read may skip the unbound check)? */
  everDeleted(name: string): boolean {
    return this.fs.facts.deleted.has(name);
  }
  /** Private name mangling (`__x` inside class C is `_C__x`). */
  mangle(name: string): string {
    const sc = this.fs.scope;
    return sc && sc.private ? sc.mangle(name) : name;
  }

  /** A JS expression that can be read more than once without side effects, or null. */
  simple(e: any): string | null {
    if (e._type === "Constant") return this.constant(e.value);
    if (e._type === "Name") {
      const k = this.resolve(e.id);
      const id = this.mangle(e.id);
      if (k === "local" && !this.everDeleted(id) && !this.walrusTargets(id) && (this.fs.params.has(id) || this.fs.assigned.has(id))) return jsName(id);
    }
    return null;
  }
  /**
   * Evaluate e into something readable twice: [prefix, name]. The prefix ("$t = EXPR, " or "")
   * must be placed before the uses in a comma sequence, which keeps Python's evaluation order
   * while every expression stays a single JS expression (no statements, no closures).
   */
  operand(e: any): [string, string] {
    const s = this.simple(e);
    if (s !== null) return ["", s];
    const t = this.fs.tmp();
    return [`${t} = ${this.expr(e)}, `, t];
  }
  /** Same for an already compiled JS expression. */
  operandJs(x: string): [string, string] {
    if (/^(\$t\d+|v\$\w+|\$None|-?\d+|\(-?\d+\)|"[^"\\]*"|\$K\[\d+\]|true|false)$/.test(x)) return ["", x];
    const t = this.fs.tmp();
    return [`${t} = ${x}, `, t];
  }

  // --- expressions -----------------------------------------------------------------------------------
  // Every method here returns one JS expression and emits no statements.

  expr(e: any): string {
    const fs = this.fs;
    switch (e._type) {
      case "Constant": return this.constant(e.value);
      case "Name": return this.loadName(e.id, e);
      case "BinOp": {
        const [pa, a] = this.operand(e.left);
        const [pb, b] = this.operand(e.right);
        return `(${pa}${pb}${this.binopCode(e.op._type, a, b, fs.pos(e), false)})`;
      }
      case "UnaryOp": return this.unary(e);
      case "BoolOp": {
        const t = fs.tmp();
        const isAnd = e.op._type === "And";
        const chain = (i: number): string => {
          const x = this.expr(e.values[i]);
          if (i === e.values.length - 1) return `(${t} = ${x})`;
          const tr = this.truthOf(`(${t} = ${x})`, t);
          return isAnd ? `(${tr} ? ${chain(i + 1)} : ${t})` : `(${tr} ? ${t} : ${chain(i + 1)})`;
        };
        return chain(0);
      }
      case "Compare": return this.compare(e, false);
      case "IfExp": return `((${this.test(e.test)}) ? ${this.expr(e.body)} : ${this.expr(e.orelse)})`;
      case "Call": return this.call(e);
      case "Attribute": {
        const [po, o] = this.operand(e.value);
        const a = JSON.stringify(e.attr);
        return `(${po}$p = ${fs.pos(e)}, ${this.loadAttr(o, e.attr)})`;
      }
      case "Subscript": {
        const [po, o] = this.operand(e.value);
        const [pk, k] = this.operandJs(this.subscriptKey(e.slice));
        return `(${po}${pk}$p = ${fs.pos(e)}, ($r = $giS(${o}, ${k})) !== $NEED ? $r : yield* $getitem(${o}, ${k}))`;
      }
      case "Slice": return this.subscriptKey(e);
      case "Tuple": {
        if (e.elts.length === 0) return "$EMPTY_TUPLE";
        if (e.elts.some((x: any) => x._type === "Starred")) return `$mkTuple(${this.starList(e.elts)})`;
        return `new $PyTuple(${this.starList(e.elts)})`;
      }
      case "List": return `new $PyList(${this.starList(e.elts)})`;
      case "Set": return `(yield* $mkSet(${this.starList(e.elts)}))`;
      case "Dict": {
        const t = fs.tmp();
        const parts: string[] = [`${t} = new $PyDict()`];
        e.keys.forEach((k: any, i: number) => {
          if (k === null) {
            parts.push(`$p = ${fs.pos(e.values[i])}`, `yield* $dictUpdate(${t}, ${this.expr(e.values[i])}, true)`);
          } else {
            const [pk, kk] = this.operand(k);
            const [pv, vv] = this.operand(e.values[i]);
            parts.push(`${pk}${pv}(${t}.setS(${kk}, ${vv}) === $NEED && (yield* ${t}.setG(${kk}, ${vv})))`);
          }
        });
        parts.push(t);
        return `(${parts.join(", ")})`;
      }
      case "ListComp": case "SetComp": case "DictComp": case "GeneratorExp": return this.comprehension(e);
      case "Lambda": return this.funcDef(e, true);
      case "JoinedStr": {
        if (e.values.length === 0) return '""';
        const parts = e.values.map((v: any) => (v._type === "Constant" ? JSON.stringify(v.value) : this.formatted(v)));
        return "(" + parts.join(" + ") + ")";
      }
      case "FormattedValue": return this.formatted(e);
      case "NamedExpr": {
        const t = fs.tmp();
        return `(${t} = ${this.expr(e.value)}, ${this.storeExpr(e.target.id, t)}, ${t})`;
      }
      case "Yield": {
        const v = e.value ? this.expr(e.value) : "$None";
        return `(($r = yield ${v}), $B[0] !== 0 && (yield* $brk()), $r)`;
      }
      case "YieldFrom": return `(yield* $yieldFrom(${this.expr(e.value)}))`;
      case "Await": return `(yield* $await(${this.expr(e.value)}))`;
      case "Starred": throw this.syntaxError("can't use starred expression here", e);
      default: throw this.syntaxError(`pygil: unsupported expression ${e._type}`, e);
    }
  }

  /** A store to a name, as an expression (for :=). */
  storeExpr(name: string, v: string): string {
    name = this.mangle(name);
    const k = this.resolve(name);
    const n = JSON.stringify(name);
    const j = jsName(name);
    switch (k) {
      case "local": case "cell": this.fs.locals.add(j); return `${j} = ${v}`;
      case "free": return `${j} = ${v}`;
      case "global": return `$G[${n}] = ${v}`;
      default: return `(yield* $nsSet($ns, ${n}, ${v}))`;
    }
  }

  /** JS array expression of elements with *starred ones expanded (evaluated left to right). */
  starList(elts: any[], callee?: string): string {
    if (!elts.some((x: any) => x._type === "Starred")) return `[${elts.map((x) => this.expr(x)).join(", ")}]`;
    const vals = elts.map((x: any) => this.expr(x._type === "Starred" ? x.value : x));
    const marks = elts.map((x: any) => (x._type === "Starred" ? 1 : 0));
    return `(yield* $starList([${vals.join(", ")}], [${marks.join(", ")}]${callee ? ", " + callee : ""}))`;
  }

  subscriptKey(s: any): string {
    if (s._type === "Slice") {
      const a = s.lower ? this.expr(s.lower) : "$None";
      const b = s.upper ? this.expr(s.upper) : "$None";
      const c = s.step ? this.expr(s.step) : "$None";
      return `new $PySlice(${a}, ${b}, ${c})`;
    }
    if (s._type === "Tuple" && s.elts.some((x: any) => x._type === "Slice")) {
      return `new $PyTuple([${s.elts.map((x: any) => this.subscriptKey(x)).join(", ")}])`;
    }
    return this.expr(s);
  }

  formatted(v: any): string {
    const [px, x] = this.operand(v.value);
    const conv = v.conversion ?? -1;
    const spec = v.format_spec ? this.expr(v.format_spec) : '""';
    if (conv === -1 && spec === '""') return `(${px}typeof ${x} === "string" ? ${x} : yield* $fmtValue(${x}, -1, ""))`;
    return `(${px}yield* $fmtValue(${x}, ${conv}, ${spec}))`;
  }

  // --- operators -----------------------------------------------------------------------------------------

  /** An extra check point as an expression prefix (only with fine-grained switch points). */
  fineCheck(): string { return this.fineChecks ? "$B[0] !== 0 && (yield* $brk()), " : ""; }

  binopCode(op: string, a: string, b: string, p: number, inplace: boolean): string {
    if (this.fineChecks) return `(${this.fineCheck()}${this.binopCode0(op, a, b, p, inplace)})`;
    return this.binopCode0(op, a, b, p, inplace);
  }
  binopCode0(op: string, a: string, b: string, p: number, inplace: boolean): string {
    const r = this.fs.tmp();
    const slow = inplace
      ? `($p = ${p}, (${r} = $inplaceS(${a}, ${b}, $OPS.${op})) !== $NEED ? ${r} : yield* $inplace(${a}, ${b}, $OPS.${op}))`
      : `($p = ${p}, (${r} = ${SYNCOP[op]}(${a}, ${b})) !== $NEED ? ${r} : yield* $binop(${a}, ${b}, $OPS.${op}))`;
    const both = `typeof ${a} === "number" && typeof ${b} === "number"`;
    switch (op) {
      case "Add": case "Sub": {
        const o = op === "Add" ? "+" : "-";
        return `((${both} && (${r} = ${a} ${o} ${b}) <= ${MAXS} && ${r} >= -${MAXS}) ? ${r} : ${slow})`;
      }
      case "Mult":
        return `((${both} && (${r} = ${a} * ${b}) <= ${MAXS} && ${r} >= -${MAXS}) ? (${r} === 0 ? 0 : ${r}) : ${slow})`;
      default:
        return slow;
    }
  }

  /** cur op= val, both JS expressions; returns the expression of the result. */
  inplaceOp(op: string, cur: string, val: string, p: number): string {
    const [pa, a] = this.operandJs(cur);
    const [pb, b] = this.operandJs(val);
    return `(${pa}${pb}${this.binopCode(op, a, b, p, true)})`;
  }

  unary(e: any): string {
    const fs = this.fs;
    switch (e.op._type) {
      case "Not": return `!(${this.test(e.operand)})`;
      case "USub": {
        if (e.operand._type === "Constant" && typeof e.operand.value === "number" && e.operand.value !== 0) return `(${-e.operand.value})`;
        const [pa, a] = this.operand(e.operand);
        return `(${pa}typeof ${a} === "number" ? (${a} === 0 ? 0 : -${a}) : ($p = ${fs.pos(e)}, yield* $neg(${a})))`;
      }
      case "UAdd": { const [pa, a] = this.operand(e.operand); return `(${pa}typeof ${a} === "number" ? ${a} : ($p = ${fs.pos(e)}, yield* $pos(${a})))`; }
      case "Invert": { const [pa, a] = this.operand(e.operand); return `(${pa}$p = ${fs.pos(e)}, yield* $invert(${a}))`; }
    }
    throw this.syntaxError("bad unary op", e);
  }

  /** Python truth of a JS value expression `x` (t: a temp to hold it). */
  truthOf(x: string, t: string): string {
    return `(typeof (${t} = ${x}) === "boolean" ? ${t} : ($r = $truthS(${t})) !== $NEED ? $r : yield* $truth(${t}))`;
  }

  /** Compile e in a boolean (test) context: returns a JS boolean expression. */
  test(e: any): string {
    switch (e._type) {
      case "UnaryOp": if (e.op._type === "Not") return `!(${this.test(e.operand)})`; break;
      case "BoolOp": return "(" + e.values.map((v: any) => this.test(v)).join(e.op._type === "And" ? " && " : " || ") + ")";
      case "Compare": return this.compare(e, true);
      case "Constant":
        if (e.value === true) return "true";
        if (e.value === false || e.value === null) return "false";
        break;
    }
    return this.truthOf(this.expr(e), this.fs.tmp());
  }

  compare(e: any, isTest: boolean): string {
    const fs = this.fs;
    const n = e.ops.length;
    const [pf, first] = this.operand(e.left);
    if (n === 1) {
      const [pb, b] = this.operand(e.comparators[0]);
      return `(${pf}${pb}${this.cmpCode(e.ops[0]._type, first, b, fs.pos(e), isTest)})`;
    }
    // chained: a < b < c  ==  a < b and b < c, each operand evaluated at most once
    let left = first;
    const parts: string[] = [];
    for (let i = 0; i < n; i++) {
      const [pr, right] = this.operand(e.comparators[i]);
      parts.push(`(${pr}${this.cmpCode(e.ops[i]._type, left, right, fs.pos(e), isTest)})`);
      left = right;
    }
    if (isTest) return `(${pf}${parts.join(" && ")})`;
    // value context: the first false result, else the last
    const res = fs.tmp();
    let out = `(${res} = ${parts[parts.length - 1]})`;
    for (let i = parts.length - 2; i >= 0; i--) {
      out = `(${this.truthOf(`(${res} = ${parts[i]})`, fs.tmp())} ? ${out} : ${res})`;
    }
    return `(${pf}${out})`;
  }

  cmpCode(op: string, a: string, b: string, p: number, isTest: boolean): string {
    switch (op) {
      case "Is": return `(${a} === ${b})`;
      case "IsNot": return `(${a} !== ${b})`;
      case "In": return `($p = ${p}, yield* $contains(${b}, ${a}))`;
      case "NotIn": return `!($p = ${p}, yield* $contains(${b}, ${a}))`;
    }
    const k = CMP[op], js = CMPJS[op];
    const fast = `(typeof ${a} === "number" && typeof ${b} === "number")`;
    const fastStr = op === "Eq" || op === "NotEq" ? ` || (typeof ${a} === "string" && typeof ${b} === "string")` : "";
    const slow = isTest ? `($p = ${p}, yield* $compareTest(${a}, ${b}, ${k}))` : `($p = ${p}, (($r = $cmpS(${a}, ${b}, ${k})) !== $NEED ? $r : yield* $compare(${a}, ${b}, ${k})))`;
    return `((${fast}${fastStr}) ? ${a} ${js} ${b} : ${slow})`;
  }

  // --- calls ---------------------------------------------------------------------------------------------

  /** [prefix, kwnames expr, kwvalues expr] for a call's keywords. */
  keywordArgs(kws: any[], callee?: string): [string, string, string] {
    if (!kws.length) return ["", "null", "null"];
    if (kws.every((k: any) => k.arg !== null)) {
      const seen = new Set<string>();
      for (const k of kws) {
        if (seen.has(k.arg)) throw this.syntaxError(`keyword argument repeated: ${k.arg}`, k);
        seen.add(k.arg);
      }
      return ["", this.konstNames(kws.map((k: any) => k.arg)), `[${kws.map((k: any) => this.expr(k.value)).join(", ")}]`];
    }
    const entries = kws.map((k: any) => `[${k.arg === null ? "null" : JSON.stringify(k.arg)}, ${this.expr(k.value)}]`);
    const t = this.fs.tmp();
    return [`${t} = yield* $mergeKw([${entries.join(", ")}]${callee ? ", " + callee : ""}), `, `${t}[0]`, `${t}[1]`];
  }
  konstNames(names: string[]): string {
    this.consts.push(names);
    return `$K[${this.consts.length - 1}]`;
  }

  call(e: any): string {
    const fs = this.fs;
    const f = e.func;
    const simpleArgs = !e.args.some((a: any) => a._type === "Starred") && !e.keywords.length;
    // super() with no arguments: the enclosing method's first argument and __class__ cell
    if (f._type === "Name" && f.id === "super" && e.args.length === 0 && !e.keywords.length) {
      const sc = this.fs.scope;
      const first = sc && sc.params ? sc.params[0] : undefined;
      if (first !== undefined && this.resolve("__class__") === "free") {
        return `(($r = ${this.loadName("super", f)}) === $superType ? $super(${jsName("__class__")}, ${this.loadName(first, f)}) : yield* $callv($r, [], null, null))`;
      }
    }
    // warnings.warn() needs its caller's location: calls spelled `warn(...)`/`x.warn(...)` publish it
    const loc = (f._type === "Name" && f.id === "warn") || (f._type === "Attribute" && f.attr === "warn")
      ? `$R.wc = $code, $R.wp = ${fs.pos(e)}, $R.G = $G, ` : "";
    if (f._type === "Attribute" && simpleArgs) {
      // method call: look the method up on the type and pass the object as first argument
      const [po, o0] = this.operand(f.value);
      const o = /^[\d-]/.test(o0) ? `(${o0})` : o0;
      const a = JSON.stringify(this.mangle(f.attr));
      const m = fs.tmp(), bm = fs.tmp();
      const args = e.args.map((x: any) => this.operand(x));
      const pre = args.map((x: [string, string]) => x[0]).join("");
      const av = args.map((x: [string, string]) => x[1]);
      const c = this.ic();
      const look = `(${o}.$cls === ${c}.t && ${c}.v === ${c}.t.ver && (${o}.$d === undefined || ${o}.$d[${a}] === undefined)) ? ${c}.f : $getmIC(${o}, ${a}, ${c})`;
      return `(${po}$p = ${fs.pos(f)}, (${m} = ${look}) === undefined && (${bm} = ($r = $gaS(${o}, ${a})) !== $NEED ? $r : yield* $getattr(${o}, ${a})), ` +
        `${pre}${loc}$p = ${fs.pos(e)}, ${m} !== undefined ? ${this.fastCall(m, [o, ...av])} : yield* $callv(${bm}, [${av.join(", ")}], null, null))`;
    }
    let ctx = "";
    if (f._type === "Name" && CONTEXT_BUILTINS.has(f.id)) ctx = this.frameContext();
    const [pf, fv] = this.operand(f);
    if (ctx) {
      const ta = fs.tmp();
      const [pk, kwn, kwv] = this.keywordArgs(e.keywords);
      return `(${pf}${ta} = ${this.starList(e.args)}, ${pk}$p = ${fs.pos(e)}, ${ctx}, yield* $callv(${fv}, ${ta}, ${kwn}, ${kwv}))`;
    }
    if (simpleArgs) {
      const args = e.args.map((x: any) => this.operand(x));
      const pre = args.map((x: [string, string]) => x[0]).join("");
      return `(${pf}${pre}${loc}$p = ${fs.pos(e)}, ${this.fastCall(fv, args.map((x: [string, string]) => x[1]))})`;
    }
    const ta = fs.tmp();
    const [pk, kwn, kwv] = this.keywordArgs(e.keywords, fv);
    return `(${pf}${ta} = ${this.starList(e.args, fv)}, ${pk}${loc}$p = ${fs.pos(e)}, yield* $callv(${fv}, ${ta}, ${kwn}, ${kwv}))`;
  }

  /** Publish the current globals and locals for globals()/locals()/vars()/eval()/exec()/dir(). */
  frameContext(): string {
    const fs = this.fs;
    if (fs.isClass) return "$R.G = $G, $R.L = $ns";
    if (this.isModuleScope()) return this.nsLocals ? "$R.G = $G, $R.L = $ns" : "$R.G = $G, $R.L = null";
    const names = this.localNames();
    return `$R.G = $G, $R.L = $mkLocals([${names.map((n) => JSON.stringify(n)).join(", ")}], [${names.map((n) => jsName(n)).join(", ")}])`;
  }
  /** Python names that are local (or cells) in the current function scope. */
  localNames(): string[] {
    const sc = this.fs.scope;
    const out: string[] = [];
    if (sc && sc.symbols) for (const name of sc.symbols.keys()) {
      const k = this.resolve(name);
      if (k === "local" || k === "cell" || k === "free") { out.push(name); if (k !== "free") this.fs.locals.add(jsName(name)); }
    }
    return out;
  }

  /** Inline call protocol for positional-only calls (see runtime/function.ts). */
  fastCall(f: string, args: string[]): string {
    const n = args.length;
    const al = args.join(", ");
    const r = this.fs.tmp();
    return `(${f}.$n === ${n} ? yield* ${f}.$fc(${al}) : ${f}.$fs != null ? ((${r} = ${f}.$fs(${al})) !== $NEED ? ($B[0] === 0 ? ${r} : yield* $brkv(${r})) : yield* ${f}.$fc(${al})) : yield* $callv(${f}, [${al}], null, null))`;
  }

  // --- comprehensions ------------------------------------------------------------------------------------

  comprehension(e: any): string {
    const outer = this.fs;
    const scope = this.scopeOf(e);
    const kindName = ({ ListComp: "<listcomp>", SetComp: "<setcomp>", DictComp: "<dictcomp>", GeneratorExp: "<genexpr>" } as any)[e._type] as string;
    const isGen = e._type === "GeneratorExp";
    const code = new CodeInfo({ name: kindName, qualname: this.qualname(kindName), filename: this.filename, firstlineno: e.lineno, argnames: [".0"], argcount: 1, isGen });
    // the first iterable is evaluated (and iter()'d) in the enclosing scope
    const firstIter = e.generators[0].iter;
    const it0 = outer.tmp();
    const pre = `$p = ${outer.pos(firstIter)}, ${it0} = ${this.expr(firstIter)}, ${it0} = ($r = $iterS(${it0})) !== $NEED ? $r : yield* $iter(${it0})`;
    const fs = this.newFn(code, scope, false, isGen);
    this.fs = fs;
    this.qualStack.push(kindName);
    const acc = isGen ? null : fs.tmp();
    if (acc) fs.emit(`${acc} = ${e._type === "ListComp" ? "[]" : e._type === "SetComp" ? "new $PySet()" : "new $PyDict()"};`);
    const emitLevel = (i: number) => {
      const g = e.generators[i];
      let it = "$it0";
      if (i > 0) {
        it = fs.tmp();
        fs.emit(`$p = ${fs.pos(g.iter)};`);
        fs.emit(`${it} = ${this.expr(g.iter)};`);
        fs.emit(`${it} = ($r = $iterS(${it})) !== $NEED ? $r : yield* $iter(${it});`);
      }
      const v = fs.tmp();
      const label = `L${this.labels++}`;
      fs.emit(`${label}: for (;; $B[0] !== 0 && (yield* $brk())) {`);
      fs.push();
      fs.emit(`if ((${v} = ${it}.nx()) === $NEED) ${v} = yield* ${it}.nxG();`);
      fs.emit(`if (${v} === $STOP) break;`);
      this.assign(g.target, v);
      for (const cond of g.ifs) {
        fs.emit(`$p = ${fs.pos(cond)};`);
        fs.emit(`if (!(${this.test(cond)})) continue;`);
      }
      if (i + 1 < e.generators.length) emitLevel(i + 1);
      else {
        fs.emit(`$p = ${fs.pos(e.elt ?? e.key)};`);
        switch (e._type) {
          case "ListComp": fs.emit(`${acc}.push(${this.expr(e.elt)});`); break;
          case "SetComp": { const [px, x] = this.operand(e.elt); fs.emit(`${px}(${acc}.addS(${x}) === $NEED && (yield* ${acc}.addG(${x})));`); break; }
          case "DictComp": {
            const [pk, k] = this.operand(e.key);
            const [px, x] = this.operand(e.value);
            fs.emit(`${pk}${px}(${acc}.setS(${k}, ${x}) === $NEED && (yield* ${acc}.setG(${k}, ${x})));`);
            break;
          }
          case "GeneratorExp": fs.emit(`${this.expr({ _type: "Yield", value: e.elt })};`); break;
        }
      }
      fs.pop();
      fs.emit("}");
    };
    emitLevel(0);
    fs.emit(`return ${e._type === "ListComp" ? `new $PyList(${acc})` : acc ?? "$None"};`);
    this.qualStack.pop();
    this.fs = outer;
    const fn = this.wrapBody(fs, "py_" + kindName.slice(1, -1), "$it0", true);
    return `(${pre}, $p = ${outer.pos(e)}, yield* (${fn})(${it0}))`;
  }
}

/** Builtins that read the calling frame's namespaces. */
const CONTEXT_BUILTINS = new Set(["globals", "locals", "vars", "eval", "exec", "dir", "compile"]);

/** Runtime names bound at the top of every compiled module (see interp/rtlib.ts). */
export const RT_NAMES = [
  "$NEED", "$STOP", "$None", "$Ellipsis", "$EMPTY_TUPLE", "$B", "$brk", "$brkv", "$R", "$recErr", "$tbx", "$chain",
  "$callv", "$getm", "$gaS", "$getattr", "$saS", "$setattr", "$delattr", "$giS", "$getitem", "$siS", "$setitem",
  "$diS", "$delitem", "$truthS", "$truth", "$cmpS", "$compare", "$compareTest", "$binop", "$inplace", "$OPS",
  "$addS", "$subS", "$mulS", "$truedivS", "$floordivS", "$modS", "$powS", "$lshiftS", "$rshiftS", "$andS", "$orS",
  "$xorS", "$matmulS", "$neg", "$pos", "$invert", "$iterS", "$iter", "$unpackS", "$unpack", "$contains",
  "$mkfn", "$mkgen", "$mkcoro", "$mkasyncgen", "$kwdefaults", "$buildClass", "$nsGet", "$nsSet", "$nsDel", "$annotations",
  "$raise", "$reraise", "$excMatch", "$assertFail", "$nameErr", "$unbound", "$freeUnbound", "$delGlobal",
  "$import", "$importAs", "$importFrom", "$importStar", "$fmtValue", "$PyList", "$PyTuple", "$PyDict", "$PySet",
  "$PySlice", "$mkTuple", "$mkSet", "$dictUpdate", "$starList", "$mergeKw", "$super", "$superType", "$range",
  "$withEnter", "$withExit", "$yieldFrom", "$await", "$eqTest", "$matchSeq", "$matchMap", "$matchClass",
  "$displayhook", "$mkLocals", "$inplaceS", "$starBegin", "$starMatch", "$starRaised", "$starEnd", "$freshGen", "$closeGen", "$mkIC", "$gaIC", "$saIC", "$getmIC",
];
