// Generators and coroutines. The body is a JS generator produced by compiled code; it yields
// Python values (a Python `yield`) and scheduler requests (SchedReq: a GIL switch or blocking
// call inside the body), which are passed up to whoever drives the thread.

import { PyObj, PyType, NEED, STOP, None, builtinType, Gen, isSubtype, typeOf } from "./core.ts";
import { defMethod, CodeInfo } from "./function.ts";
import { newExc, StopIteration, GeneratorExit, RuntimeError, ValueError, TypeError, PyBaseException, typeError, StopAsyncIteration } from "./exceptions.ts";
import { defGetSet } from "./attr.ts";
import { repr } from "./repr.ts";
import { callv } from "./call.ts";

/** A request to the scheduler, yielded up through every Python frame to the thread driver. */
export class SchedReq {
  kind: number;
  arg: any;
  constructor(kind: number, arg: any = null) { this.kind = kind; this.arg = arg; }
}

export const generatorType = builtinType("generator");
export const coroutineType = builtinType("coroutine");
export const asyncGeneratorType = builtinType("async_generator");

export class PyGenerator extends PyObj {
  body: Generator<any, any, any>;
  code: CodeInfo;
  name: string;
  qualname: string;
  running = false;
  finished = false;
  started = false;
  /** A scheduler request the body yielded during a sync nx(), still to be passed up. */
  pending: SchedReq | null = null;
  constructor(body: Generator<any, any, any>, code: CodeInfo, cls: PyType = generatorType) {
    super(cls);
    this.body = body;
    this.code = code;
    this.name = code.name;
    this.qualname = code.qualname;
  }
  /** Sync next(): a value, STOP when finished, or NEED (a scheduler request is pending). */
  nx(): any {
    if (this.finished) return STOP;
    if (this.running) throw newExc(ValueError, "generator already executing");
    if (this.pending !== null) return NEED;
    this.running = true;
    this.started = true;
    let r: IteratorResult<any>;
    try {
      r = this.body.next(None); // next() sends None into the suspended `yield`
    } catch (e) {
      this.finished = true;
      throw this.fixStop(e);
    } finally {
      this.running = false;
    }
    if (r.done) { this.finished = true; this.retval = r.value; return STOP; }
    const v = r.value;
    if (v instanceof SchedReq) { this.pending = v; return NEED; }
    return v;
  }
  *nxG(): Gen<any> {
    const r = yield* this.resume(0, None);
    return r === DONE ? STOP : r;
  }
  /**
   * Resume with mode 0 (send value), 1 (throw value) or 2 (close); returns the next Python
   * value, or DONE with the return value left in `retval`.
   */
  retval: any = None;
  *resume(mode: number, v: any): Gen<any> {
    if (this.running) throw newExc(ValueError, "generator already executing");
    if (this.finished) {
      if (mode === 1) throw v;
      this.retval = None;
      return DONE;
    }
    this.running = true;
    let r: IteratorResult<any>;
    try {
      if (this.pending !== null) {
        // finish passing up the request a sync nx() left behind, then continue with its answer
        const p = this.pending;
        this.pending = null;
        const ans = yield p;
        r = this.body.next(ans);
        while (r.value instanceof SchedReq && !r.done) r = this.body.next(yield r.value);
        if (r.done) { this.finished = true; this.retval = r.value; return DONE; }
        if (mode === 0) return r.value;
      }
      this.started = true;
      r = mode === 0 ? this.body.next(v) : mode === 1 ? this.body.throw(v) : this.body.throw(newExc(GeneratorExit));
      while (!r.done && r.value instanceof SchedReq) r = this.body.next(yield r.value);
    } catch (e) {
      this.finished = true;
      if (mode === 2 && e instanceof PyBaseException && (isSubtype(e.$cls, GeneratorExit) || isSubtype(e.$cls, StopIteration))) return DONE;
      throw this.fixStop(e);
    } finally {
      this.running = false;
    }
    if (r.done) { this.finished = true; this.retval = r.value; return DONE; }
    if (mode === 2) throw newExc(RuntimeError, "generator ignored GeneratorExit");
    return r.value;
  }
  /** PEP 479: a StopIteration escaping the body becomes RuntimeError. */
  fixStop(e: any): any {
    if (e instanceof PyBaseException && isSubtype(e.$cls, StopIteration)) {
      const what = this.$cls === coroutineType ? "coroutine" : "generator";
      const r = newExc(RuntimeError, `${what} raised StopIteration`);
      r.cause = e; r.context = e; r.suppress = true;
      return r;
    }
    return e;
  }
}
export const DONE: any = Symbol("DONE");

/** StopIteration carrying a generator's return value. */
export function stopWith(v: any): PyBaseException {
  const e = v === None ? newExc(StopIteration) : newExc(StopIteration, v);
  return e;
}

function check(g: any): PyGenerator {
  if (!(g instanceof PyGenerator)) throw typeError("descriptor requires a generator");
  return g;
}
for (const T of [generatorType, coroutineType]) {
  defMethod(T, "send", ["value"], function* (self, v) {
    const g = check(self);
    if (!g.started && v !== None && !g.finished) throw typeError(`can't send non-None value to a just-started ${T === generatorType ? "generator" : "coroutine"}`);
    const r = yield* g.resume(0, v);
    if (r === DONE) throw stopWith(g.retval);
    return r;
  });
  defMethod(T, "throw", ["typ", "val?", "tb?"], function* (self, typ, val) {
    const g = check(self);
    let e = typ;
    if (typ instanceof PyType) {
      e = val === undefined || val === None ? yield* callv(typ, [], null, null) : (val instanceof PyBaseException ? val : yield* callv(typ, [val], null, null));
    }
    if (!(e instanceof PyBaseException)) throw typeError("exceptions must be classes or instances deriving from BaseException, not " + typeOf(e).name);
    const r = yield* g.resume(1, e);
    if (r === DONE) throw stopWith(g.retval);
    return r;
  });
  defMethod(T, "close", [], function* (self) {
    const g = check(self);
    if (!g.started) { g.finished = true; return None; }
    yield* g.resume(2, null);
    return None;
  });
  defGetSet(T, "__name__", (g) => g.name, (g, v) => { g.name = v; });
  defGetSet(T, "__qualname__", (g) => g.qualname, (g, v) => { g.qualname = v; });
  defGetSet(T, "gi_running", (g) => g.running);
  defGetSet(T, "gi_frame", (g) => (g.finished ? None : None));
  defMethod(T, "__repr__", [], (g) => `<${T === generatorType ? "generator" : "coroutine"} object ${g.qualname} at 0x${(0x7f0000100000).toString(16)}>`);
}
defMethod(generatorType, "__iter__", [], (self) => self);
defMethod(generatorType, "__next__", [], function* (self) {
  const g = check(self);
  const r = yield* g.resume(0, None);
  if (r === DONE) throw stopWith(g.retval);
  return r;
});
defMethod(coroutineType, "__await__", [], (self) => self);


/** Drive `yield from it` for a non-generator iterator is done in compiled code; this handles generators. */
export { STOP, NEED, None, StopAsyncIteration, TypeError, repr };
