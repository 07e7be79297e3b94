// Python-visible traceback, frame and code objects built from an exception's recorded frames
// (exc.__traceback__), and the `_traceback` helper module lib/traceback.py formats them with
// (reusing the interpreter's uncaught-exception formatting). Also the small `_warnings` and
// `_inspect` helper modules (caller location, generator state, function parameters).

import { PyObj, PyType, PyTuple, PyList, None, Gen, builtinType, typeOf, isSubtype, functionType } from "../runtime/core.ts";
import { PyGenerator, generatorType } from "../runtime/generator.ts";
import { defMethod, defBuiltin, CodeInfo, PyFunction, PyBuiltin } from "../runtime/function.ts";
import { callv } from "../runtime/call.ts";
import { defGetSet, PyGetSet } from "../runtime/attr.ts";
import * as E from "../runtime/exceptions.ts";
import { PyBaseException, TbEntry, typeError } from "../runtime/exceptions.ts";
import { setTracebackObject } from "../runtime/baseexception.ts";
import { nsDictOf } from "../runtime/type.ts";
import { PyDict } from "../runtime/dict.ts";
import { sources } from "../interp/compile.ts";
import { frameLines, exceptionOnly } from "../interp/traceback.ts";
import { threadState } from "../interp/state.ts";
import { registerModule, makeModule } from "../interp/interpreter.ts";

// --- code objects -----------------------------------------------------------------------------------

export const codeObjType = builtinType("code");
export class PyCodeObj extends PyObj {
  code: CodeInfo;
  constructor(code: CodeInfo) { super(codeObjType); this.code = code; }
}
const codeObjs = new WeakMap<CodeInfo, PyCodeObj>();
/** The (unique) Python code object of a compiled function's CodeInfo. */
export function codeObject(c: CodeInfo): PyCodeObj {
  let o = codeObjs.get(c);
  if (o === undefined) { o = new PyCodeObj(c); codeObjs.set(c, o); }
  return o;
}
const CO = codeObjType;
defGetSet(CO, "co_filename", (o: PyCodeObj) => o.code.filename);
defGetSet(CO, "co_name", (o: PyCodeObj) => o.code.name);
defGetSet(CO, "co_qualname", (o: PyCodeObj) => o.code.qualname);
defGetSet(CO, "co_firstlineno", (o: PyCodeObj) => o.code.firstlineno);
defGetSet(CO, "co_argcount", (o: PyCodeObj) => o.code.argcount);
defGetSet(CO, "co_posonlyargcount", (o: PyCodeObj) => o.code.posonly);
defGetSet(CO, "co_kwonlyargcount", (o: PyCodeObj) => o.code.kwonly);
defGetSet(CO, "co_varnames", (o: PyCodeObj) => {
  const c = o.code;
  const names = [...c.argnames];
  for (const v of ((c as any).varnames ?? []) as string[]) if (!names.includes(v)) names.push(v);
  return new PyTuple(names);
});
defGetSet(CO, "co_flags", (o: PyCodeObj) => {
  const c = o.code;
  // CO_OPTIMIZED | CO_NEWLOCALS, then varargs/varkw/generator/coroutine bits as CPython numbers them
  let f = 3;
  if (c.varargs) f |= 4;
  if (c.varkw) f |= 8;
  if (c.isGen && !c.isCoro && !c.isAsyncGen) f |= 0x20;
  if (c.isCoro) f |= 0x80;
  if (c.isAsyncGen) f |= 0x200;
  return f;
});
defMethod(CO, "__repr__", [], (o: PyCodeObj) => `<code object ${o.code.name} at 0x7f0000300000, file "${o.code.filename}", line ${o.code.firstlineno}>`);

// function.__code__ must be a Python object: wrap the CodeInfo unless the runtime already does
{
  const prev = functionType.ns.__code__;
  const prevGet = prev instanceof PyGetSet ? prev.get : null;
  defGetSet(functionType, "__code__", (f: PyFunction) => {
    const c = prevGet ? prevGet(f) : undefined;
    return c instanceof PyObj ? c : codeObject(f.code);
  });
  functionType.invalidate();
}

// --- generators and functions for inspect ---------------------------------------------------------

registerModule("_inspect", () => makeModule("_inspect", (ns) => {
  /** inspect.getgeneratorstate / getcoroutinestate. */
  defBuiltin(ns, "generator_state", ["gen"], (g: any) => {
    if (!(g instanceof PyGenerator)) throw typeError(`expected a generator, not ${typeOf(g).name}`);
    const pre = g.$cls === generatorType ? "GEN_" : "CORO_";
    if (g.running) return pre + "RUNNING";
    if (g.finished) return pre + "CLOSED";
    return pre + (g.started ? "SUSPENDED" : "CREATED");
  });
  /** (argnames, posonly, argcount, kwonly, varargs, varkw, is_gen, is_coro, is_asyncgen) of a function. */
  defBuiltin(ns, "function_info", ["func"], (f: any) => {
    if (!(f instanceof PyFunction)) return None;
    const c = f.code;
    return new PyTuple([new PyTuple(c.argnames.slice()), c.posonly, c.argcount, c.kwonly, c.varargs, c.varkw, c.isGen, c.isCoro, c.isAsyncGen]);
  });
}));

// --- frames and tracebacks --------------------------------------------------------------------------

export const frameType = builtinType("frame");
export const tracebackType = builtinType("traceback");

/** A frame as far as pygil knows one from a traceback entry: its code and current line. */
class PyFrame extends PyObj {
  entry: TbEntry;
  back: PyFrame | null;
  constructor(entry: TbEntry, back: PyFrame | null) { super(frameType); this.entry = entry; this.back = back; }
  get lineno(): number { return entryLine(this.entry); }
}
class PyTraceback extends PyObj {
  frame: PyFrame;
  next: PyTraceback | null = null;
  constructor(frame: PyFrame) { super(tracebackType); this.frame = frame; }
}
function entryLine(e: TbEntry): number {
  const pos = e.code.pos;
  return pos.length > e.p * 5 ? pos[e.p * 5] : e.code.firstlineno;
}

defGetSet(frameType, "f_code", (f: PyFrame) => codeObject(f.entry.code));
defGetSet(frameType, "f_lineno", (f: PyFrame) => f.lineno);
defGetSet(frameType, "f_back", (f: PyFrame) => f.back ?? None);
defGetSet(frameType, "f_globals", (f: PyFrame) => {
  const G = (f.entry.code as any).globals;
  return G ? nsDictOf(G) : None;
});
defGetSet(frameType, "f_locals", () => new PyDict());
defGetSet(frameType, "f_lasti", (f: PyFrame) => f.entry.p * 2);
defMethod(frameType, "__repr__", [], (f: PyFrame) => `<frame at 0x7f0000400000, file '${f.entry.code.filename}', line ${f.lineno}, code ${f.entry.code.name}>`);
defMethod(frameType, "clear", [], () => None);

defGetSet(tracebackType, "tb_frame", (t: PyTraceback) => t.frame);
defGetSet(tracebackType, "tb_lineno", (t: PyTraceback) => t.frame.lineno);
defGetSet(tracebackType, "tb_lasti", (t: PyTraceback) => t.frame.entry.p * 2);
defGetSet(tracebackType, "tb_next", (t: PyTraceback) => t.next ?? None, (t: PyTraceback, v: any) => {
  if (v !== None && !(v instanceof PyTraceback)) throw typeError(`expected traceback object or None, got '${typeOf(v).name}'`);
  t.next = v === None ? null : v;
});
defMethod(tracebackType, "__repr__", [], (t: PyTraceback) => `<traceback object at 0x7f0000500000>`);

/** exc.__traceback__: a chain from the outermost recorded frame to the innermost, cached per length. */
const tbCache = new WeakMap<PyBaseException, { n: number; tb: PyTraceback }>();
function tracebackOf(e: PyBaseException): PyTraceback {
  const c = tbCache.get(e);
  if (c && c.n === e.tb.length) return c.tb;
  // e.tb is innermost first; reuse the old chain's objects for the frames it already had
  const entries = e.tb.slice().reverse();
  let back: PyFrame | null = null;
  const tbs: PyTraceback[] = [];
  const reuse = c ? chainList(c.tb) : [];
  const offset = entries.length - reuse.length;
  for (let i = 0; i < entries.length; i++) {
    const old = i >= offset ? reuse[i - offset] : undefined;
    const tb = old ?? new PyTraceback(new PyFrame(entries[i], back));
    if (old) old.frame.back = back;
    back = tb.frame;
    tbs.push(tb);
  }
  for (let i = 0; i + 1 < tbs.length; i++) tbs[i].next = tbs[i + 1];
  tbCache.set(e, { n: e.tb.length, tb: tbs[0] });
  return tbs[0];
}
function chainList(t: PyTraceback | null): PyTraceback[] {
  const out: PyTraceback[] = [];
  for (; t; t = t.next) out.push(t);
  return out;
}
setTracebackObject(tracebackOf);

// --- helpers for lib/traceback.py -----------------------------------------------------------------------

/** The recorded frames of a traceback object chain, outermost first. */
function entriesOf(tb: any): TbEntry[] {
  if (tb === None || tb === undefined) return [];
  if (tb instanceof PyTraceback) return chainList(tb).map((t) => t.frame.entry);
  // traceback objects made by interp/traceback.ts (entry + next)
  const out: TbEntry[] = [];
  for (let t = tb; t && t !== None && t.entry; t = t.next) out.push(t.entry);
  if (!out.length) throw typeError(`'${typeOf(tb).name}' object is not a traceback`);
  return out;
}

function frameTuple(e: TbEntry): PyTuple {
  const code = e.code;
  const p = e.p * 5, pos = code.pos;
  const lineno = entryLine(e);
  const lines = sources.get(code.filename);
  const line = lines ? lines[lineno - 1] : undefined;
  const has = pos.length > p;
  return new PyTuple([
    code.filename, lineno, code.name, line === undefined ? None : line.trim(),
    has ? pos[p + 1] : None, has && pos[p + 2] >= 0 ? pos[p + 2] : None, has && pos[p + 3] >= 0 ? pos[p + 3] : None,
    frameLines(e),
  ]);
}

function fillTraceback(ns: Record<string, any>) {
  ns.TracebackType = tracebackType;
  ns.FrameType = frameType;
  ns.CodeType = codeObjType;
  /** [(filename, lineno, name, line, end_lineno, colno, end_colno, formatted)] for a traceback. */
  defBuiltin(ns, "frames", ["tb"], (tb: any) => new PyList(entriesOf(tb).map(frameTuple)));
  /** format_exception_only's lines for an exception instance. */
  defBuiltin(ns, "format_only", ["exc"], function* (exc: any) {
    if (!(exc instanceof PyBaseException)) throw typeError("expected an exception instance");
    const text = yield* exceptionOnly(exc);
    return new PyList(splitKeep(text));
  });
  /** The source line of a compiled file (what linecache would return), or ''. */
  defBuiltin(ns, "source_line", ["filename", "lineno"], (fn: any, n: any) => {
    const lines = typeof fn === "string" ? sources.get(fn) : undefined;
    const l = lines && typeof n === "number" ? lines[n - 1] : undefined;
    return l === undefined ? "" : l + "\n";
  });
  defBuiltin(ns, "source_lines", ["filename"], (fn: any) => {
    const lines = typeof fn === "string" ? sources.get(fn) : undefined;
    if (!lines) return None;
    const n = lines.length && lines[lines.length - 1] === "" ? lines.length - 1 : lines.length;
    return new PyList(lines.slice(0, n).map((l) => l + "\n"));
  });
}
/** Split text into lines, keeping each line's "\n". */
function splitKeep(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const j = text.indexOf("\n", i);
    if (j < 0) { out.push(text.slice(i)); break; }
    out.push(text.slice(i, j + 1));
    i = j + 1;
  }
  return out;
}

registerModule("_traceback", () => makeModule("_traceback", fillTraceback));

registerModule("_warnings", () => makeModule("_warnings", (ns) => {
  /** (filename, lineno, globals) of the latest call spelled `warn(...)`, or None. */
  defBuiltin(ns, "_caller", [], () => {
    const c = threadState.wc as CodeInfo | null;
    if (!c) return None;
    const G = threadState.G;
    return new PyTuple([c.filename, c.line(threadState.wp), G ? nsDictOf(G) : None]);
  });
  /**
   * Wrap a Python function as a builtin whose own file's frames do not appear in tracebacks
   * (warnings implemented in Python raise as if from C, like CPython's _warnings).
   */
  defBuiltin(ns, "_hide_frames", ["func"], (func: any) => {
    if (!(func instanceof PyFunction)) throw typeError("expected a Python function");
    const file = func.code.filename;
    const b = new PyBuiltin(func.name, ["*args", "**kw"], null, function* (args: any[], kw: any) {
      const kwn = kw ? Object.keys(kw) : null;
      try {
        return yield* callv(func, args, kwn, kwn ? kwn.map((k) => kw[k]) : null);
      } catch (e) {
        if (e instanceof PyBaseException) e.tb = e.tb.filter((t) => t.code.filename !== file);
        throw e;
      }
    });
    b.module = func.globals.__name__ ?? null;
    b.doc = func.doc;
    return b;
  });
}));

export { PyType, isSubtype, E, Gen };
