// Callables: Python functions (compiled generator code), builtin functions and method
// descriptors, bound methods; and argument binding with CPython's error messages.
//
// Call protocol (every callable object): `$n` is the positional arity for which `$fc` may be
// called directly (-1: never), `$fc` a JS generator function, `$fs` a sync fast path returning
// NEED when it must fall back to `$fc`. Generated call sites inline the `$n`/`$fs` checks and
// fall back to `callv` (ops/call.ts) for everything else.

import {
  PyObj, PyType, Ns, NEED, None, functionType, builtinFunctionType, methodType, methodDescrType,
  PyTuple, tuple, EMPTY_TUPLE, Gen,
} from "./core.ts";
import { typeError } from "./exceptions.ts";

/** Static description of a compiled Python function (CPython's code object, trimmed). */
export class CodeInfo {
  name: string;
  qualname: string;
  filename: string;
  firstlineno: number;
  /** Positions, 5 ints per entry: lineno, end_lineno, col, end_col, anchor (-1 if none). */
  pos: number[];
  argnames: string[];      // posonly + args, then kwonly, then *args name, then **kw name
  posonly: number;
  argcount: number;        // positional parameters incl. posonly
  kwonly: number;
  varargs: boolean;
  varkw: boolean;
  isGen: boolean;
  isCoro: boolean;
  isAsyncGen: boolean;
  constructor(o: Partial<CodeInfo>) {
    this.name = o.name!;
    this.qualname = o.qualname ?? o.name!;
    this.filename = o.filename!;
    this.firstlineno = o.firstlineno ?? 1;
    this.pos = o.pos ?? [];
    this.argnames = o.argnames ?? [];
    this.posonly = o.posonly ?? 0;
    this.argcount = o.argcount ?? 0;
    this.kwonly = o.kwonly ?? 0;
    this.varargs = o.varargs ?? false;
    this.varkw = o.varkw ?? false;
    this.isGen = o.isGen ?? false;
    this.isCoro = o.isCoro ?? false;
    this.isAsyncGen = o.isAsyncGen ?? false;
  }
  line(p: number): number { return this.pos.length ? this.pos[p * 5] : this.firstlineno; }
}

export class PyFunction extends PyObj {
  $n: number;
  $fc: (...a: any[]) => Gen;
  $fs: null = null;
  code: CodeInfo;
  name: string;
  qualname: string;
  defaults: any[];
  kwdefaults: Record<string, any> | null;
  globals: Record<string, any>;
  module: any;
  doc: any = None;
  annotations: any = undefined;
  constructor(code: CodeInfo, fc: (...a: any[]) => Gen, globals: Record<string, any>,
              defaults: any[] = [], kwdefaults: Record<string, any> | null = null) {
    super(functionType);
    this.code = code;
    this.$fc = fc;
    this.name = code.name;
    this.qualname = code.qualname;
    this.defaults = defaults;
    this.kwdefaults = kwdefaults;
    this.globals = globals;
    this.module = globals.__name__ ?? None;
    this.$n = !code.varargs && !code.varkw && code.kwonly === 0 ? code.argcount : -1;
  }
}

/** Parsed parameter spec of a builtin. */
interface BSpec {
  names: string[];     // in the order the impl receives them
  min: number;         // required positional count
  maxPos: number;      // positional slots (excluding *rest)
  star: number;        // index of *args in names, or -1
  kwonly: number;      // index where keyword-only names start (== names.length if none)
  posonly: number;     // how many leading names cannot be passed by keyword
  starstar: boolean;   // impl gets a kwargs Ns as last parameter
}

function parseSpec(spec: string[]): BSpec {
  const names: string[] = [];
  let min = 0, star = -1, kwonly = -1, posonly = 0, starstar = false, seenOpt = false, maxPos = 0;
  for (const raw of spec) {
    if (raw === "/") { posonly = names.length; continue; }
    if (raw === "*") { kwonly = names.length; continue; }
    if (raw.startsWith("**")) { starstar = true; names.push(raw.slice(2)); continue; }
    if (raw.startsWith("*")) { star = names.length; kwonly = names.length + 1; names.push(raw.slice(1)); continue; }
    const opt = raw.endsWith("?");
    const name = opt ? raw.slice(0, -1) : raw;
    if (kwonly < 0) { maxPos++; if (!opt && !seenOpt) min++; if (opt) seenOpt = true; }
    names.push(name);
  }
  return { names, min, maxPos, star, kwonly: kwonly < 0 ? names.length - (starstar ? 1 : 0) : kwonly, posonly, starstar };
}

/** A builtin function or method descriptor. */
export class PyBuiltin extends PyObj {
  $n = -1;
  $fs: ((...a: any[]) => any) | null;
  $fc: ((...a: any[]) => Gen) | null;
  name: string;
  qualname: string;
  spec: BSpec;
  /** Set for method descriptors: the type they belong to (accessing through an instance binds). */
  owner: PyType | null;
  /** Bound `self` for builtin functions of modules/instances created bound (e.g. random.random). */
  doc: any = None;
  module: string | null = null;
  constructor(name: string, spec: string[], sync: ((...a: any[]) => any) | null,
              gen: ((...a: any[]) => Gen) | null, owner: PyType | null = null) {
    super(owner ? methodDescrType : builtinFunctionType);
    this.name = name;
    this.qualname = owner ? `${owner.name}.${name}` : name;
    this.spec = parseSpec(spec);
    this.owner = owner;
    this.$fc = gen;
    this.$fs = null;
    const s = this.spec;
    // A positional-only fast path exists when no *args / keyword-only / **kw parameters.
    this.positional = s.star < 0 && !s.starstar && s.kwonly === s.names.length;
    if (this.positional) {
      const self = this, min = s.min, max = s.maxPos;
      if (sync) {
        this.$fs = function () {
          const n = arguments.length;
          if (n < min || n > max) throw arityError(self, n);
          return sync.apply(null, arguments as any);
        };
      } else if (gen) {
        const g = gen;
        this.$fc = function* () {
          const n = arguments.length;
          if (n < min || n > max) throw arityError(self, n);
          return yield* g.apply(null, arguments as any);
        } as any;
        this.rawGen = gen;
      }
    }
    this.rawSync = sync;
    if (!this.rawGen) this.rawGen = gen;
  }
  rawSync: ((...a: any[]) => any) | null;
  rawGen: ((...a: any[]) => Gen) | null = null;
  /**
   * Custom argument errors, for builtins whose CPython messages follow another pattern (int(),
   * complex()...): n = positional count (incl. self/cls), kw = offending keyword, dup = given twice.
   */
  argErr: ((n: number, kw: string | undefined, dup: boolean) => any) | null = null;
  /** Only positional parameters: `$fs`/`$fc` take the arguments as they are (no binding). */
  positional = false;
  /** For __new__ defined by defNew: the type's name (used in argument errors). */
  ctorType: string | null = null;
}

/** "math." for functions of modules other than builtins (CPython qualifies these messages). */
function modPrefix(b: PyBuiltin): string {
  return b.module && b.module !== "builtins" && !b.owner ? b.module + "." : "";
}
/** Constructors whose arity errors read "int() takes at most 2 arguments (3 given)". */
const PARSETUPLE_STYLE = new Set(["int", "str", "bytes", "bytearray", "complex"]);

/** Builtin functions taking exactly one argument whose errors read "abs() takes exactly one argument". */
const METH_O = new Set(["abs", "len", "ord", "chr", "hash", "id", "repr", "ascii", "callable", "hex", "oct", "bin", "iter", "next", "vars", "dir", "anext", "aiter"]);

/** CPython's wording for a builtin called with the wrong number of arguments (it varies). */
function arityError(b: PyBuiltin, n: number) {
  if (b.argErr !== null) return b.argErr(n, undefined, false);
  const s = b.spec;
  const ctor = b.name === "__new__" || b.name === "__init__";
  const imp = b.owner || ctor ? 1 : 0;
  const got = n - imp, min = s.min - imp, max = s.maxPos - imp;
  const pl = (k: number) => (k === 1 ? "" : "s");
  if (ctor) {
    const tn = b.ctorType ?? b.owner?.name ?? b.name;
    if (PARSETUPLE_STYLE.has(tn)) return typeError(`${tn}() takes at most ${max} argument${pl(max)} (${got} given)`);
    if (got > max) return typeError(`${tn} expected at most ${max} argument${pl(max)}, got ${got}`);
    return typeError(`${tn} expected at least ${min} argument${pl(min)}, got ${got}`);
  }
  const label = b.owner ? `${b.owner.name}.${b.name}` : b.name;
  if (min === max) {
    if (max === 0 && s.kwonly < s.names.length) return typeError(`${b.name}() takes no positional arguments`);
    if (max === 0) return typeError(`${label}() takes no arguments (${got} given)`);
    if (max === 1 && (b.owner || METH_O.has(b.name))) return typeError(`${label}() takes exactly one argument (${got} given)`);
    if (max === 1) return typeError(`${b.name} expected 1 argument, got ${got}`);
    return typeError(`${b.name} expected ${max} arguments, got ${got}`);
  }
  if (b.owner && got > max) return typeError(`${b.name}() takes at most ${max} argument${pl(max)} (${got} given)`);
  if (got < min) return typeError(`${b.name} expected at least ${min} argument${pl(min)}, got ${got}`);
  return typeError(`${b.name} expected at most ${max} argument${pl(max)}, got ${got}`);
}

/** Bind a builtin call's positional and keyword arguments to its spec, in impl order. */
export function bindBuiltin(b: PyBuiltin, args: any[], kwn: string[] | null, kwv: any[] | null): any[] {
  const s = b.spec;
  const out: any[] = new Array(s.names.length).fill(undefined);
  const npos = s.star >= 0 ? s.star : s.maxPos;
  if (args.length > npos && s.star < 0) throw arityError(b, args.length);
  for (let i = 0; i < Math.min(args.length, npos); i++) out[i] = args[i];
  if (s.star >= 0) out[s.star] = args.slice(npos);
  let kwargs: Record<string, any> | null = null;
  if (kwn) {
    for (let i = 0; i < kwn.length; i++) {
      const k = kwn[i];
      const idx = s.names.indexOf(k);
      if (idx < 0 || idx === s.star || (s.starstar && idx === s.names.length - 1) || idx < s.posonly) {
        if (s.starstar) { (kwargs ??= new Ns())[k] = kwv![i]; continue; }
        if (b.argErr !== null) throw b.argErr(args.length, k, false);
        if (idx >= 0 && idx < s.posonly)
          throw typeError(`${modPrefix(b)}${b.name}() takes no keyword arguments`);
        // (sorted() reports list.sort's name, as CPython does: it forwards its keywords to sort)
        const who = b.name === "__new__" || b.name === "__init__" ? b.ctorType ?? b.owner?.name : b.name === "sorted" ? "sort" : b.name;
        if (s.posonly === s.names.length || s.names.length === (b.owner || b.ctorType ? 1 : 0)) throw typeError(`${who}() takes no keyword arguments`);
        throw typeError(`'${k}' is an invalid keyword argument for ${who}()`);
      }
      if (out[idx] !== undefined) {
        if (b.argErr !== null) throw b.argErr(args.length, k, true);
        throw typeError(`argument for ${b.name}() given by name ('${k}') and position (${idx + 1})`);
      }
      out[idx] = kwv![i];
    }
  }
  if (s.starstar) out[s.names.length - 1] = kwargs;
  for (let i = 0; i < s.min; i++) if (out[i] === undefined) {
    if (i < args.length) continue;
    throw arityError(b, args.length);
  }
  return out;
}

/** A method bound to an instance (Python functions and builtin descriptors alike). */
export class PyMethod extends PyObj {
  func: any;
  self: any;
  constructor(func: any, self: any, cls: PyType = methodType) {
    super(cls);
    this.func = func;
    this.self = self;
  }
}

/** Define builtin functions on a namespace (module dict or type namespace). */
export function defBuiltin(ns: Record<string, any>, name: string, spec: string[],
                           impl: (...a: any[]) => any, owner: PyType | null = null): PyBuiltin {
  const isGen = impl.constructor && impl.constructor.name === "GeneratorFunction";
  const b = new PyBuiltin(name, spec, isGen ? null : impl, isGen ? (impl as any) : null, owner);
  ns[name] = b;
  return b;
}
/** Define a builtin with a sync fast path and a generator for the cases that run Python code. */
export function defBuiltin2(ns: Record<string, any>, name: string, spec: string[],
                            sync: (...a: any[]) => any, gen: (...a: any[]) => Gen,
                            owner: PyType | null = null): PyBuiltin {
  const b = new PyBuiltin(name, spec, sync, gen, owner);
  if (b.$fs === null) b.rawSync = sync;
  ns[name] = b;
  return b;
}
/** Define a method on a builtin type; `self` is the impl's first parameter. */
export function defMethod(t: PyType, name: string, spec: string[], impl: (...a: any[]) => any): PyBuiltin {
  return defBuiltin(t.ns, name, ["self", ...spec], impl, t);
}
/** Define T.__new__: a builtin taking the class first (not bound when read from an instance). */
export function defNew(t: PyType, spec: string[], impl: (...a: any[]) => any): PyBuiltin {
  const b = defBuiltin(t.ns, "__new__", ["cls", ...spec], impl, null);
  b.qualname = `${t.name}.__new__`;
  b.ctorType = t.name;
  return b;
}
export function defMethod2(t: PyType, name: string, spec: string[], sync: (...a: any[]) => any,
                           gen: (...a: any[]) => Gen): PyBuiltin {
  return defBuiltin2(t.ns, name, ["self", ...spec], sync, gen, t);
}

// --- argument binding for Python functions ---------------------------------------------------

function plural(n: number, w: string) { return `${n} ${w}${n === 1 ? "" : "s"}`; }
function nameList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return q.slice(0, -1).join(", ") + ", and " + q[q.length - 1];
}

/**
 * Bind positional and keyword arguments to a Python function's parameter vector:
 * [positional params..., *args tuple?, kwonly params..., **kwargs dict?] in `$fc` order.
 * The kwargs dict is created by the `mkdict` callback (dict.ts depends on us, not vice versa).
 */
export function bindArgs(f: PyFunction, args: any[], kwn: string[] | null, kwv: any[] | null,
                         mkdict: (keys: string[], vals: any[]) => any): any[] {
  const c = f.code;
  const nargs = c.argcount;
  const total = nargs + (c.varargs ? 1 : 0) + c.kwonly + (c.varkw ? 1 : 0);
  const out = new Array(total);
  const npos = args.length;
  const fname = f.qualname;  // the function object's (settable) __qualname__, as CPython
  if (npos > nargs && !c.varargs) {
    const nd = f.defaults.length;
    let kwGiven = 0;
    if (kwn) for (const k of kwn) if (c.argnames.indexOf(k) >= nargs && c.argnames.indexOf(k) < nargs + c.kwonly) kwGiven++;
    const takes = nd ? `from ${nargs - nd} to ${nargs}` : `${nargs}`;
    const argWord = nd || nargs !== 1 ? "positional arguments" : "positional argument";
    const extra = kwGiven ? ` positional argument${npos === 1 ? "" : "s"} (and ${plural(kwGiven, "keyword-only argument")})` : "";
    throw typeError(`${fname}() takes ${takes} ${argWord} but ${npos}${extra || ""} ${kwGiven ? "were" : npos === 1 ? "was" : "were"} given`);
  }
  const m = Math.min(npos, nargs);
  for (let i = 0; i < m; i++) out[i] = args[i];
  let slot = nargs;
  if (c.varargs) out[slot++] = npos > nargs ? new PyTuple(args.slice(nargs)) : EMPTY_TUPLE;
  const kwStart = slot;
  let kwKeys: string[] | null = null, kwVals: any[] | null = null;
  if (kwn) {
    let posAsKw: string[] | null = null;
    for (let i = 0; i < kwn.length; i++) {
      const k = kwn[i];
      let idx = -1;
      const an = c.argnames;
      for (let j = c.posonly; j < nargs; j++) if (an[j] === k) { idx = j; break; }
      if (idx < 0) for (let j = 0; j < c.kwonly; j++) if (an[nargs + j] === k) { idx = kwStart + j; break; }
      if (idx < 0) {
        if (c.varkw) { (kwKeys ??= []).push(k); (kwVals ??= []).push(kwv![i]); continue; }
        if (an.indexOf(k) >= 0 && an.indexOf(k) < c.posonly) { (posAsKw ??= []).push(k); continue; }
        throw typeError(`${fname}() got an unexpected keyword argument '${k}'`);
      }
      if (out[idx] !== undefined) throw typeError(`${fname}() got multiple values for argument '${k}'`);
      out[idx] = kwv![i];
    }
    if (posAsKw) throw typeError(`${fname}() got some positional-only arguments passed as keyword arguments: '${posAsKw.join(", ")}'`);
  }
  // defaults for positional parameters
  const defs = f.defaults, nd = defs.length;
  let missing: string[] | null = null;
  for (let i = npos; i < nargs; i++) {
    if (out[i] !== undefined) continue;
    const di = i - (nargs - nd);
    if (di >= 0) out[i] = defs[di];
    else (missing ??= []).push(c.argnames[i]);
  }
  if (missing) throw typeError(`${fname}() missing ${plural(missing.length, "required positional argument")}: ${nameList(missing)}`);
  for (let j = 0; j < c.kwonly; j++) {
    if (out[kwStart + j] !== undefined) continue;
    const name = c.argnames[nargs + j];
    const d = f.kwdefaults ? f.kwdefaults[name] : undefined;
    if (d !== undefined) out[kwStart + j] = d;
    else (missing ??= []).push(name);
  }
  if (missing) throw typeError(`${fname}() missing ${plural(missing.length, "required keyword-only argument")}: ${nameList(missing)}`);
  if (c.varkw) out[total - 1] = mkdict(kwKeys ?? [], kwVals ?? []);
  return out;
}

export { tuple };
