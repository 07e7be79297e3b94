// The helpers compiled code calls (`$xxx`, see compiler/codegen_expr.ts RT_NAMES): the glue
// between generated JS and the runtime. Kept small and allocation-free on the fast paths.

import {
  PyObj, PyType, NEED, STOP, Ns, None, Ellipsis, EMPTY_TUPLE, typeOf, isSubtype, isInstance, Gen,
  PyList, PyTuple, PySlice, PyModule, tuple, typeType, objectType, PyRange,
} from "../runtime/core.ts";
import * as E from "../runtime/exceptions.ts";
import { PyBaseException, newExc, typeError } from "../runtime/exceptions.ts";
import * as ops from "../runtime/ops.ts";
import { callv, callDunder, call } from "../runtime/call.ts";
import { getattr, getattrS, setattr, setattrS, delattr, getm, PyClassMethod, mkIC, getattrIC, setattrIC, getmIC } from "../runtime/attr.ts";
import { PyFunction, CodeInfo } from "../runtime/function.ts";
import { PyDict } from "../runtime/dict.ts";
import { PySet, setFrom } from "../runtime/set.ts";
import { PyGenerator, DONE, coroutineType, asyncGeneratorType, generatorType } from "../runtime/generator.ts";
import { evalBreaker, brk, brkv } from "../runtime/breaker.ts";
import { buildClass, makeSuper, superType } from "../runtime/type.ts";
import { rangeType } from "../runtime/core.ts";
import { repr, str } from "../runtime/repr.ts";
import { formatValueS } from "../runtime/format.ts";
import { hooks } from "../runtime/hooks.ts";
import { builtinsNs } from "../runtime/builtins.ts";
import { threadState } from "./state.ts";
import { tracebackObject, splitGroup, groupParts } from "../runtime/baseexception.ts";

const R = threadState;

/** Turn anything caught by a compiled `catch` into a Python exception and record the frame. */
export function tbx(e: any, code: CodeInfo, p: number, fid: number): PyBaseException {
  if (!(e instanceof PyBaseException)) e = fromJsError(e);
  if (e.lastFid !== fid) {
    e.tb.push({ code, p, depth: fid });
    e.lastFid = fid;
    // raised while another exception was being handled: that one is its __context__
    const h = R.handling;
    if (h !== undefined && h !== e && e.context === None) setContext(e, h);
  }
  return e;
}
declare module "../runtime/exceptions.ts" {
  interface PyBaseException { lastFid: number }
}
(PyBaseException.prototype as any).lastFid = 0;

export function fromJsError(e: any): PyBaseException {
  if (e instanceof RangeError && /call stack/i.test(e.message)) return newExc(E.RecursionError, "maximum recursion depth exceeded");
  if (e && e.pyType && e.msg !== undefined) return syntaxErrorFrom(e);
  return E.internalError(e);
}

/** A parser PySyntaxError as a Python SyntaxError instance. */
export function syntaxErrorFrom(se: any): PyBaseException {
  const t = (E as any)[se.pyType] ?? E.SyntaxError;
  const text = se.text ?? None;
  const ex = newExc(t, se.msg, new PyTuple([se.filename, se.lineno, se.offset, text, se.end_lineno ?? se.lineno, se.end_offset ?? se.offset]));
  ex.$d = new Ns();
  Object.assign(ex.$d, { msg: se.msg, filename: se.filename, lineno: se.lineno, offset: se.offset, text, end_lineno: se.end_lineno ?? None, end_offset: se.end_offset ?? None, print_file_and_line: None });
  return ex;
}

/** An exception escaping an except-block gets the handled one as its __context__. */
export function chain(e2: any, handled: PyBaseException, code: CodeInfo, p: number, fid: number): PyBaseException {
  const e = tbx(e2, code, p, fid);
  if (e !== handled && e.context === None) setContext(e, handled);
  return e;
}
function setContext(e: PyBaseException, ctx: PyBaseException): void {
  // avoid cycles, as CPython's _PyErr_SetObject does
  let o: any = ctx;
  while (o instanceof PyBaseException) {
    if (o.context === e) { o.context = None; break; }
    o = o.context;
  }
  e.context = ctx;
}

export function* raise(x: any, cause: any): Gen<PyBaseException> {
  let e: any = x;
  if (x instanceof PyType) {
    if (!isSubtype(x, E.BaseException)) throw typeError("exceptions must derive from BaseException");
    e = yield* callv(x, [], null, null);
    if (!(e instanceof PyBaseException)) throw typeError(`calling ${yield* repr(x)} should have returned an instance of BaseException, not ${typeOf(e).name}`);
  } else if (!(x instanceof PyBaseException)) throw typeError("exceptions must derive from BaseException");
  if (cause !== undefined) {
    if (cause === None) { e.cause = None; e.suppress = true; }
    else {
      let c = cause;
      if (c instanceof PyType && isSubtype(c, E.BaseException)) c = yield* callv(c, [], null, null);
      else if (!(c instanceof PyBaseException)) throw typeError("exception causes must derive from BaseException");
      e.cause = c; e.suppress = true;
    }
  }
  const h = R.handling;
  if (h !== undefined && h !== e && e.context === None) setContext(e, h);
  e.lastFid = 0; // `raise e` records the raising frame again, as CPython does
  return e;
}
export function reraise(): any {
  const h = R.handling;
  if (h === undefined) return newExc(E.RuntimeError, "No active exception to reraise");
  return h;
}

export function* excMatch(e: PyBaseException, t: any): Gen<boolean> {
  if (t instanceof PyType) {
    if (!isSubtype(t, E.BaseException)) throw typeError("catching classes that do not inherit from BaseException is not allowed");
    return isSubtype(e.$cls, t);
  }
  if (t instanceof PyTuple) {
    for (const x of t.items) if (yield* excMatch(e, x)) return true;
    return false;
  }
  throw typeError("catching classes that do not inherit from BaseException is not allowed");
}

export function* assertFail(msg: any): Gen<PyBaseException> {
  const e = msg === undefined ? newExc(E.AssertionError) : newExc(E.AssertionError, msg);
  const h = R.handling;
  if (h !== undefined) e.context = h;
  return e;
}

export function nameErr(n: string): never {
  const e = newExc(E.NameError, `name '${n}' is not defined`);
  e.$d = new Ns(); e.$d.name = n;
  throw e;
}
export function unbound(n: string): never {
  const e = newExc(E.UnboundLocalError, `cannot access local variable '${n}' where it is not associated with a value`);
  e.$d = new Ns(); e.$d.name = n;
  throw e;
}
export function freeUnbound(n: string): never {
  const e = newExc(E.NameError, `cannot access free variable '${n}' where it is not associated with a value in enclosing scope`);
  e.$d = new Ns(); e.$d.name = n;
  throw e;
}
export function recErr(): PyBaseException {
  return newExc(E.RecursionError, "maximum recursion depth exceeded");
}
export function delGlobal(G: Record<string, any>, n: string): boolean {
  if (!Object.prototype.hasOwnProperty.call(G, n)) return false;
  delete G[n];
  return true;
}

// --- functions ----------------------------------------------------------------------------------

export function mkfn(code: CodeInfo, defaults: any[], kwd: Record<string, any> | null, ann: any[] | null, fn: any, G: Record<string, any>, doc: any): PyFunction {
  const f = new PyFunction(code, fn, G, defaults, kwd);
  f.doc = doc;
  if (ann) {
    const d = new PyDict();
    for (const [k, v] of ann) d.setS(k, v);
    f.annotations = d;
  }
  return f;
}
export function kwdefaults(pairs: [string, any][]): Record<string, any> {
  const ns = new Ns();
  for (const [k, v] of pairs) ns[k] = v;
  return ns;
}
export function mkgen(body: Generator, code: CodeInfo): PyGenerator { return new PyGenerator(body, code); }
export function mkcoro(body: Generator, code: CodeInfo): PyGenerator { return new PyGenerator(body, code, coroutineType); }
export function mkasyncgen(body: Generator, code: CodeInfo): PyGenerator { return new PyGenerator(body, code, asyncGeneratorType); }

// --- class bodies -------------------------------------------------------------------------------

export function* nsGet(ns: any, name: string): Gen<any> {
  if (ns instanceof PyDict) return ns.getS(name);
  try {
    return yield* ops.getitem(ns, name);
  } catch (e) {
    if (e instanceof PyBaseException && isSubtype(e.$cls, E.KeyError)) return undefined;
    throw e;
  }
}
export function* nsSet(ns: any, name: string, v: any): Gen<void> {
  if (ns instanceof PyDict && ns.$cls.isBuiltin) { ns.setS(name, v); return; }
  yield* ops.setitem(ns, name, v);
}
export function* nsDel(ns: any, name: string, silent: boolean): Gen<void> {
  if (ns instanceof PyDict && ns.$cls.isBuiltin) {
    if (ns.popS(name) === undefined && !silent) nameErr(name);
    return;
  }
  try { yield* ops.delitem(ns, name); } catch (e) {
    if (!silent && e instanceof PyBaseException && isSubtype(e.$cls, E.KeyError)) nameErr(name);
    if (!silent) throw e;
  }
}
export function* annotations(holder: any): Gen<any> {
  if (holder instanceof PyDict) {
    let a = holder.getS("__annotations__");
    if (a === undefined) { a = new PyDict(); holder.setS("__annotations__", a); }
    return a;
  }
  if (holder.__annotations__ === undefined) holder.__annotations__ = new PyDict();
  return holder.__annotations__;
}

// --- containers ---------------------------------------------------------------------------------

export function mkTuple(items: any[]): PyTuple { return tuple(items); }
export function* mkSet(items: any[]): Gen<PySet> {
  const s = new PySet();
  yield* s.addAll(items);
  return s;
}
export function* starList(vals: any[], marks: number[], callee?: any): Gen<any[]> {
  const out: any[] = [];
  for (let i = 0; i < vals.length; i++) {
    if (marks[i]) {
      const v = vals[i];
      const t = typeOf(v);
      if (t.lookup("__iter__") === undefined && t.lookup("__getitem__") === undefined && typeof v !== "string")
        throw typeError(callee === undefined ? `Value after * must be an iterable, not ${t.name}` : `${calleeName(callee)} argument after * must be an iterable, not ${t.name}`);
      for (const x of yield* ops.seqItems(v)) out.push(x);
    } else out.push(vals[i]);
  }
  return out;
}
/** {**m} and f(**m): copy a mapping's items into d. */
export function* dictUpdate(d: PyDict, m: any, isDisplay: boolean): Gen<void> {
  if (m instanceof PyDict) {
    for (const [k, v] of m.items()) if (d.setS(k, v) === NEED) yield* d.setG(k, v);
    return;
  }
  const t = typeOf(m);
  const keys = t.lookup("keys");
  if (keys === undefined) throw typeError(`'${t.name}' object is not a mapping`);
  const ks = yield* ops.toArray(yield* callDunder(keys, m, t, []));
  for (const k of ks) {
    const v = yield* ops.getitem(m, k);
    if (d.setS(k, v) === NEED) yield* d.setG(k, v);
  }
}
/** Keyword arguments with **mappings: [names, values], with CPython's duplicate check. */
/** The name CPython uses for a callee in call-site errors ("__main__.f()"). */
function calleeName(f: any): string {
  if (f instanceof PyFunction) return `${typeof f.module === "string" ? f.module + "." : ""}${f.qualname}()`;
  if (f && f.name) return `${f.name}()`;
  return `${typeOf(f).name} object`;
}
export function* mergeKw(entries: [string | null, any][], callee?: any): Gen<[string[], any[]]> {
  const who = callee === undefined ? "" : calleeName(callee) + " ";
  const names: string[] = [], vals: any[] = [];
  const seen = new Set<string>();
  for (const [k, v] of entries) {
    if (k !== null) {
      if (seen.has(k)) throw typeError(`${who}got multiple values for keyword argument '${k}'`);
      seen.add(k); names.push(k); vals.push(v);
      continue;
    }
    const d = new PyDict();
    yield* dictUpdate(d, v, false);
    for (const [kk, vv] of d.items()) {
      if (typeof kk !== "string") throw typeError("keywords must be strings");
      if (seen.has(kk)) throw typeError(`${who}got multiple values for keyword argument '${kk}'`);
      seen.add(kk); names.push(kk); vals.push(vv);
    }
  }
  return [names, vals];
}

// --- unpacking ----------------------------------------------------------------------------------

export function unpackS(v: any, n: number, star: number): any {
  if ((v instanceof PyTuple || v instanceof PyList) && v.$cls.isBuiltin && star < 0) {
    const a = v.items;
    if (a.length === n) return a;
    if (a.length > n) throw E.valueError(`too many values to unpack (expected ${n})`);
    throw E.valueError(`not enough values to unpack (expected ${n}, got ${a.length})`);
  }
  return NEED;
}
export function* unpack(v: any, n: number, star: number): Gen<any[]> {
  const t = typeOf(v);
  if (typeof v !== "string" && t.lookup("__iter__") === undefined && t.lookup("__getitem__") === undefined)
    throw typeError(`cannot unpack non-iterable ${t.name} object`);
  if (star < 0) {
    const it = yield* ops.iter(v);
    const out: any[] = [];
    for (;;) {
      let x = it.nx();
      if (x === NEED) x = yield* it.nxG();
      if (x === STOP) break;
      if (out.length === n) throw E.valueError(`too many values to unpack (expected ${n})`);
      out.push(x);
    }
    if (out.length < n) throw E.valueError(`not enough values to unpack (expected ${n}, got ${out.length})`);
    return out;
  }
  const all = yield* ops.toArray(v);
  const need = n - 1;
  if (all.length < need) throw E.valueError(`not enough values to unpack (expected at least ${need}, got ${all.length})`);
  const after = n - star - 1;
  return [...all.slice(0, star), new PyList(all.slice(star, all.length - after)), ...all.slice(all.length - after)];
}

// --- with ---------------------------------------------------------------------------------------

export function* withEnter(mgr: any, isAsync: boolean): Gen<[any, any]> {
  const t = typeOf(mgr);
  const en = t.lookup(isAsync ? "__aenter__" : "__enter__");
  const ex = t.lookup(isAsync ? "__aexit__" : "__exit__");
  if (en === undefined) throw typeError(`'${t.name}' object does not support the ${isAsync ? "asynchronous " : ""}context manager protocol`);
  if (ex === undefined) throw typeError(`'${t.name}' object does not support the ${isAsync ? "asynchronous " : ""}context manager protocol (missed __exit__ method)`);
  let v = yield* callDunder(en, mgr, t, []);
  if (isAsync) v = yield* awaitValue(v);
  return [ex, v];
}
export function* withExit(ex: any, mgr: any, e: PyBaseException | null, isAsync: boolean): Gen<boolean> {
  const t = typeOf(mgr);
  const args = e === null ? [None, None, None] : [typeOf(e), e, e.tb.length ? tracebackObject(e) : None];
  // while __exit__ runs for an exception, that exception is the one being handled
  const saved = R.handling;
  if (e !== null) R.handling = e;
  let r: any;
  try {
    r = yield* callDunder(ex, mgr, t, args);
  } catch (x) {
    if (e !== null && x instanceof PyBaseException && x !== e && x.context === None) setContext(x, e);
    throw x;
  } finally {
    R.handling = saved;
  }
  if (isAsync) r = yield* awaitValue(r);
  if (e === null) return false;
  return yield* ops.truth(r);
}

// --- generators and coroutines ------------------------------------------------------------------

export function* yieldFrom(x: any): Gen<any> {
  if (x instanceof PyGenerator && x.$cls === generatorType) return yield* delegate(x);
  const it = yield* ops.iter(x);
  if (it instanceof PyGenerator) return yield* delegate(it);
  // a plain iterator: values pass up; send() is only possible with a .send method
  for (;;) {
    let v = it.nx();
    if (v === NEED) v = yield* it.nxG();
    if (v === STOP) return None;
    yield v;
  }
}
function* delegate(g: PyGenerator): Gen<any> {
  let mode = 0, val: any = None;
  for (;;) {
    const r = yield* g.resume(mode, val);
    if (r === DONE) return g.retval;
    try {
      val = yield r;
      mode = 0;
    } catch (e) {
      if (e instanceof PyBaseException && isSubtype(e.$cls, E.GeneratorExit)) {
        yield* g.resume(2, null);
        throw e;
      }
      mode = 1; val = e;
    }
  }
}
export function* awaitValue(x: any): Gen<any> {
  if (x instanceof PyGenerator && x.$cls === coroutineType) return yield* delegate(x);
  const t = typeOf(x);
  const aw = t.lookup("__await__");
  if (aw === undefined) throw typeError(`object ${t.name} can't be used in 'await' expression`);
  const it = yield* callDunder(aw, x, t, []);
  return yield* yieldFrom(it);
}

// --- pattern matching ---------------------------------------------------------------------------

export function* eqTest(a: any, b: any): Gen<boolean> {
  const r = ops.cmpS(a, b, ops.EQ);
  if (r !== NEED) return r;
  return yield* ops.compareTest(a, b, ops.EQ);
}
let sequenceTypes: PyType[] = [];
let mappingTypes: PyType[] = [];
export function setMatchTypes(seq: PyType[], map: PyType[]) { sequenceTypes = seq; mappingTypes = map; }
function isSequence(v: any): boolean {
  if (typeof v === "string") return false;
  if (v instanceof PyList || v instanceof PyTuple || v instanceof PyRange) return true;
  const t = typeOf(v);
  return sequenceTypes.some((s) => isSubtype(t, s)) || (t as any).matchSequence === true;
}
export function* matchSeq(v: any, n: number, star: number): Gen<any[] | null> {
  if (!isSequence(v)) return null;
  const items = yield* ops.toArray(v);
  if (star < 0) return items.length === n ? items : null;
  if (items.length < n - 1) return null;
  const after = n - star - 1;
  return [...items.slice(0, star), new PyList(items.slice(star, items.length - after)), ...items.slice(items.length - after)];
}
export function* matchMap(v: any, keys: any[], rest: boolean): Gen<any[] | null> {
  const t = typeOf(v);
  if (!(v instanceof PyDict) && !mappingTypes.some((m) => isSubtype(t, m))) return null;
  const out: any[] = [];
  const get = t.lookup("get");
  const marker = new PyObj(objectType);
  for (const k of keys) {
    const x = v instanceof PyDict && v.$cls.isBuiltin ? (yield* v.getG(k)) ?? marker : yield* callDunder(get, v, t, [k, marker]);
    if (x === marker) return null;
    out.push(x);
  }
  if (rest) {
    const d = new PyDict();
    yield* dictUpdate(d, v, false);
    for (const k of keys) yield* d.popG(k);
    out.push(d);
  }
  return out;
}
export function* matchClass(v: any, cls: any, npos: number, kw: string[]): Gen<any[] | null> {
  if (!(cls instanceof PyType)) throw typeError("called match pattern must be a type");
  if (!isInstance(v, cls)) return null;
  const out: any[] = [];
  if (npos) {
    const ma = cls.lookup("__match_args__");
    const selfMatch = ["bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple"].includes(cls.solid.name) && cls.isBuiltin;
    if (ma === undefined) {
      if (selfMatch && npos === 1) out.push(v);
      else throw typeError(`${cls.name}() accepts 0 positional sub-patterns (${npos} given)`);
    } else {
      if (!(ma instanceof PyTuple)) throw typeError(`${cls.name}.__match_args__ must be a tuple (got ${typeOf(ma).name})`);
      if (npos > ma.items.length) throw typeError(`${cls.name}() accepts ${ma.items.length} positional sub-pattern${ma.items.length === 1 ? "" : "s"} (${npos} given)`);
      for (let i = 0; i < npos; i++) {
        const r = yield* tryAttr(v, ma.items[i]);
        if (r === undefined) return null;
        out.push(r);
      }
    }
  }
  for (const k of kw) {
    const r = yield* tryAttr(v, k);
    if (r === undefined) return null;
    out.push(r);
  }
  return out;
}
function* tryAttr(v: any, name: string): Gen<any> {
  try { return yield* getattr(v, name); } catch (e) {
    if (e instanceof PyBaseException && isSubtype(e.$cls, E.AttributeError)) return undefined;
    throw e;
  }
}

// --- formatting -------------------------------------------------------------------------------------

export function* fmtValue(v: any, conv: number, spec: string): Gen<string> {
  if (conv === 115) v = yield* str(v);
  else if (conv === 114) v = yield* repr(v);
  else if (conv === 97) v = yield* callv(builtinsNs.ascii, [v], null, null);
  if (spec === "" && typeof v === "string") return v;
  const r = formatValueS(v, spec); // builtin int/float/str/complex: no __format__ call
  if (r !== NEED) return r;
  return yield* hooks.format(v, spec);
}

export function* displayhook(v: any): Gen<void> {
  if (v === None) return;
  const out = hooks.stdout();
  const s = (yield* repr(v)) + "\n";
  if (out && out.$fastWrite) out.$fastWrite(s);
  builtinsNs._ = v;
}

export function superCall(cls: any, first: any): any {
  if (cls === undefined) throw newExc(E.RuntimeError, "super(): __class__ cell not found");
  return makeSuper(cls, first);
}

// --- imports ------------------------------------------------------------------------------------

export function* importName(name: string, G: any, fromlist: string[] | null, level: number): Gen<any> {
  return yield* hooks.importName(name, G, fromlist === null ? None : fromlist, level);
}
/** `import a.b.c as x`: the module a.b.c itself. */
export function* importAs(name: string, G: any): Gen<any> {
  let m = yield* hooks.importName(name, G, None, 0);
  for (const part of name.split(".").slice(1)) m = yield* importFrom(m, part);
  return m;
}
export function* importFrom(m: any, name: string): Gen<any> {
  try {
    return yield* getattr(m, name);
  } catch (e) {
    if (!(e instanceof PyBaseException && isSubtype(e.$cls, E.AttributeError))) throw e;
    const modName = m instanceof PyModule ? m.$d!.__name__ : undefined;
    if (typeof modName === "string") {
      const sub = (yield* hooks.importName("sys", {}, None, 0)).$d.modules.getS(`${modName}.${name}`);
      if (sub !== undefined) return sub;
    }
    const file = m instanceof PyModule && typeof m.$d!.__file__ === "string" ? m.$d!.__file__ : "unknown location";
    const initializing = m instanceof PyModule && (m as any).$initializing;
    const msg = initializing
      ? `cannot import name '${name}' from partially initialized module '${modName}' (most likely due to a circular import) (${file})`
      : `cannot import name '${name}' from '${modName}' (${file})`;
    const err = newExc(E.ImportError, msg);
    err.$d = new Ns(); err.$d.name = modName ?? None; err.$d.path = file === "unknown location" ? None : file; err.$d.msg = msg;
    throw err;
  }
}
export function* importStar(m: any, target: any): Gen<void> {
  const d = m.$d;
  let names: any[];
  const all = d ? d.__all__ : undefined;
  if (all !== undefined) names = yield* ops.toArray(all);
  else names = d ? Object.keys(d).filter((k) => !k.startsWith("_")) : [];
  for (const n of names) {
    if (typeof n !== "string") throw typeError(`Item in ${m.$d?.__name__ ?? "module"}.__all__ must be str, not ${typeOf(n).name}`);
    const v = yield* getattr(m, n);
    if (target instanceof PyDict) { if (target.setS(n, v) === NEED) yield* target.setG(n, v); }
    else target[n] = v;
  }
}

/** Is `it` a generator nothing has run yet (so a loop over it owns it)? */
export function freshGen(it: any): boolean { return it instanceof PyGenerator && !it.started && !it.finished; }
export function* closeGen(g: PyGenerator): Gen<void> { yield* g.resume(2, null); }

// --- except* (PEP 654) ----------------------------------------------------------------------------

interface StarState { orig: PyBaseException; naked: boolean; rest: any; kept: any[]; raised: any[] }
export function starBegin(e: PyBaseException): StarState {
  const isGroup = isSubtype(e.$cls, E.BaseExceptionGroup);
  // a plain exception is handled as a group of one
  const g = isGroup ? e : wrapGroup(e);
  return { orig: e, naked: !isGroup, rest: g, kept: [], raised: [] };
}
function wrapGroup(e: PyBaseException): PyBaseException {
  const t = isSubtype(e.$cls, E.Exception) ? E.ExceptionGroup : E.BaseExceptionGroup;
  const g = newExc(t, "", tuple([e]));
  g.$d = new Ns(); g.$d.message = ""; g.$d.exceptions = tuple([e]);
  g.tb = e.tb.slice();
  return g;
}
export function* starMatch(st: StarState, t: any): Gen<any> {
  const bad = (x: any) => x instanceof PyType && isSubtype(x, E.BaseExceptionGroup);
  if (bad(t) || (t instanceof PyTuple && t.items.some(bad))) throw typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
  if (!(yield* excTypeOk(t))) throw typeError("catching classes that do not inherit from BaseException is not allowed");
  if (st.rest === None) return None;
  if (st.naked) {
    // a plain exception matches as the group of one that wraps it (no split)
    if (!isSubtype(st.orig.$cls, E.BaseException) || !(yield* excMatch(st.orig, t))) return None;
    const whole = st.rest;
    st.rest = None;
    return whole;
  }
  const [m, r] = yield* splitGroup(st.rest, t);
  st.rest = r;
  return m;
}
function* excTypeOk(t: any): Gen<boolean> {
  if (t instanceof PyType) return isSubtype(t, E.BaseException);
  if (t instanceof PyTuple) return t.items.every((x) => x instanceof PyType && isSubtype(x, E.BaseException));
  return false;
}
export function starRaised(st: StarState, x: any, matched: any): void {
  if (x === matched) st.kept.push(x); // a bare `raise` re-raises the matched part
  else st.raised.push(x);
}
export function* starEnd(st: StarState): Gen<void> {
  const kept: any[] = [...st.kept];
  if (st.rest !== None) kept.push(st.rest);
  if (!kept.length && !st.raised.length) return;
  let keptGroup: any = None;
  if (kept.length) {
    if (st.naked) keptGroup = st.orig;
    else if (kept.length === 1) keptGroup = kept[0];
    else {
      const leaves: any[] = [];
      for (const k of kept) leaves.push(...groupParts(k)[1]);
      keptGroup = yield* callv(typeOf(st.orig).lookup("derive"), [st.orig, new PyList(leaves)], null, null);
      keptGroup.tb = st.orig.tb;
    }
  }
  if (!st.raised.length) throw keptGroup;
  const all = [...st.raised, ...(keptGroup !== None ? [keptGroup] : [])];
  const g = yield* callv(E.BaseExceptionGroup, ["", new PyList(all)], null, null);
  throw g;
}

/** locals() of a function frame: the bound names, in definition order. */
export function mkLocals(names: string[], vals: any[]): PyDict {
  const d = new PyDict();
  for (let i = 0; i < names.length; i++) if (vals[i] !== undefined) d.setS(names[i], vals[i]);
  return d;
}

/** The object bound to `$rt` in every compiled module. */
export function makeRt(imports: Record<string, any>): Record<string, any> {
  return {
    $NEED: NEED, $STOP: STOP, $None: None, $Ellipsis: Ellipsis, $EMPTY_TUPLE: EMPTY_TUPLE,
    $B: evalBreaker, $brk: brk, $brkv: brkv, $R: R, $recErr: recErr, $tbx: tbx, $chain: chain,
    $callv: callv, $getm: getm, $gaS: getattrS, $getattr: getattr, $saS: setattrS, $setattr: setattr,
    $delattr: delattr, $giS: (o: any, k: any) => ops.getitemS(o, k), $getitem: ops.getitem,
    $siS: (o: any, k: any, v: any) => ops.setitemS(o, k, v), $setitem: ops.setitem,
    $diS: (o: any, k: any) => ops.delitemS(o, k), $delitem: ops.delitem,
    $truthS: ops.truthS, $truth: ops.truth, $cmpS: ops.cmpS, $compare: ops.compare, $compareTest: ops.compareTest,
    $binop: ops.binop, $inplace: ops.inplace, $OPS: ops.BINOPS,
    $addS: ops.addS, $subS: ops.subS, $mulS: ops.mulS, $truedivS: ops.truedivS, $floordivS: ops.floordivS,
    $modS: ops.modS, $powS: ops.powS, $lshiftS: ops.lshiftS, $rshiftS: ops.rshiftS, $andS: ops.andS,
    $orS: ops.orS, $xorS: ops.xorS, $matmulS: ops.matmulS, $neg: ops.neg, $pos: ops.pos, $invert: ops.invert,
    $iterS: (v: any) => ops.iterS(v), $iter: ops.iter, $unpackS: unpackS, $unpack: unpack, $contains: ops.contains,
    $mkfn: mkfn, $mkgen: mkgen, $mkcoro: mkcoro, $mkasyncgen: mkasyncgen, $kwdefaults: kwdefaults,
    $buildClass: buildClass, $nsGet: nsGet, $nsSet: nsSet, $nsDel: nsDel, $annotations: annotations,
    $raise: raise, $reraise: reraise, $excMatch: excMatch, $assertFail: assertFail, $nameErr: nameErr,
    $unbound: unbound, $freeUnbound: freeUnbound, $delGlobal: delGlobal,
    $fmtValue: fmtValue, $PyList: PyList, $PyTuple: PyTuple, $PyDict: PyDict, $PySet: PySet, $PySlice: PySlice,
    $mkTuple: mkTuple, $mkSet: mkSet, $dictUpdate: dictUpdate, $starList: starList, $mergeKw: mergeKw,
    $super: superCall, $superType: superType, $range: rangeType,
    $withEnter: withEnter, $withExit: withExit, $yieldFrom: yieldFrom, $await: awaitValue,
    $eqTest: eqTest, $matchSeq: matchSeq, $matchMap: matchMap, $matchClass: matchClass, $displayhook: displayhook, $mkLocals: mkLocals, $starBegin: starBegin, $starMatch: starMatch, $starRaised: starRaised, $starEnd: starEnd, $inplaceS: ops.inplaceS, $freshGen: freshGen, $closeGen: closeGen, $mkIC: mkIC, $gaIC: getattrIC, $saIC: setattrIC, $getmIC: getmIC,
    $import: importName, $importAs: importAs, $importFrom: importFrom, $importStar: importStar,
    ...imports,
  };
}
export { setattrS, typeType, PyModule, PyClassMethod, getattrS, call };
