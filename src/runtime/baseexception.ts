// Methods and attributes of BaseException and the subclasses with extra fields (KeyError,
// StopIteration, SystemExit, OSError, ImportError, SyntaxError, NameError, AttributeError).

import { PyObj, PyType, None, Ns, typeOf, isSubtype, PyTuple, tuple, EMPTY_TUPLE, Gen, PyList } from "./core.ts";
import { defMethod, defNew } from "./function.ts";
import * as E from "./exceptions.ts";
import { PyBaseException, typeError } from "./exceptions.ts";
import { defGetSet } from "./attr.ts";
import { repr, str } from "./repr.ts";

const B = E.BaseException;
defNew(B, ["*args", "**kw"], (cls: PyType, args: any[]) => {
  const e = cls.alloc(cls) as PyBaseException;
  e.args = tuple(args);
  if (cls.hasDict && e.$d === undefined) e.$d = new Ns();
  return e;
});
defMethod(B, "__init__", ["*args", "**kw"], (self: PyBaseException, args: any[], kw: any) => {
  if (kw && Object.keys(kw).length && typeOf(self).lookup("__init__") === B.ns.__init__)
    throw typeError(`${typeOf(self).name}() takes no keyword arguments`);
  self.args = tuple(args);
  return None;
});
function* excStr(e: PyBaseException): Gen<string> {
  const a = e.args.items;
  if (a.length === 0) return "";
  if (a.length === 1) return yield* str(a[0]);
  return yield* repr(e.args);
}
defMethod(B, "__str__", [], function* (self) { return yield* excStr(self); });
defMethod(B, "__repr__", [], function* (self: PyBaseException) {
  const name = typeOf(self).name;
  const a = self.args.items;
  if (a.length === 1) return `${name}(${yield* repr(a[0])})`;
  return `${name}${yield* repr(self.args)}`;
});
defMethod(B, "with_traceback", ["tb"], (self: PyBaseException, tb: any) => {
  if (tb === None) self.tb = [];
  else if (tb && tb.entries) self.tb = tb.entries.slice();
  return self;
});
defMethod(B, "add_note", ["note"], (self: PyBaseException, note: any) => {
  if (typeof note !== "string") throw typeError(`note must be a str, not '${typeOf(note).name}'`);
  const d = (self.$d ??= new Ns());
  if (d.__notes__ === undefined) d.__notes__ = new PyList([]);
  d.__notes__.items.push(note);
  return None;
});
defMethod(B, "__reduce__", [], (self: PyBaseException) => new PyTuple([typeOf(self), self.args]));
defGetSet(B, "args", (e) => e.args, (e, v) => { e.args = v instanceof PyTuple ? v : tuple([v]); });
defGetSet(B, "__cause__", (e) => e.cause, (e, v) => {
  if (v !== None && !(v instanceof PyBaseException)) throw typeError("exception cause must be None or derive from BaseException");
  e.cause = v; e.suppress = true;
});
defGetSet(B, "__context__", (e) => e.context, (e, v) => { e.context = v; });
defGetSet(B, "__suppress_context__", (e) => e.suppress, (e, v) => { e.suppress = !!v; });
defGetSet(B, "__traceback__", (e) => (e.tb.length ? tracebackObject(e) : None), (e, v) => { if (v === None) e.tb = []; });
/** Set by interp/traceback.ts: a Python traceback object for an exception. */
export let tracebackObject: (e: PyBaseException) => any = () => None;
export function setTracebackObject(f: (e: PyBaseException) => any) { tracebackObject = f; }

// KeyError: str() is the repr of the key
defMethod(E.KeyError, "__str__", [], function* (self: PyBaseException) {
  const a = self.args.items;
  if (a.length === 1) return yield* repr(a[0]);
  return yield* excStr(self);
});

// exceptions whose constructor arguments become attributes
function attrFromArgs(t: PyType, names: string[], init?: (e: PyBaseException, args: any[], kw: any) => void) {
  defMethod(t, "__init__", ["*args", "**kw"], (self: PyBaseException, args: any[], kw: any) => {
    self.args = tuple(args);
    const d = (self.$d ??= new Ns());
    names.forEach((n, i) => { d[n] = i < args.length ? args[i] : None; });
    if (init) init(self, args, kw);
    else if (kw) for (const k of Object.keys(kw)) {
      if (!names.includes(k)) throw typeError(`${t.name}() got an unexpected keyword argument '${k}'`);
      d[k] = kw[k];
    }
    return None;
  });
}
attrFromArgs(E.StopIteration, ["value"]);
attrFromArgs(E.StopAsyncIteration, ["value"]);
defMethod(E.SystemExit, "__init__", ["*args", "**kw"], (self: PyBaseException, args: any[]) => {
  self.args = tuple(args);
  (self.$d ??= new Ns()).code = args.length === 0 ? None : args.length === 1 ? args[0] : tuple(args);
  return None;
});
attrFromArgs(E.ImportError, ["msg"], (e, args, kw) => {
  const d = e.$d!;
  d.name = kw?.name ?? None; d.path = kw?.path ?? None;
  d.msg = args.length === 1 ? args[0] : None;
});
attrFromArgs(E.NameError, [], (e, args, kw) => { e.$d!.name = kw?.name ?? None; });
attrFromArgs(E.AttributeError, [], (e, args, kw) => { e.$d!.name = kw?.name ?? None; e.$d!.obj = kw?.obj ?? None; });
defMethod(E.OSError, "__init__", ["*args", "**kw"], (self: PyBaseException, args: any[]) => {
  self.args = tuple(args);
  const d = (self.$d ??= new Ns());
  d.errno = None; d.strerror = None; d.filename = None; d.filename2 = None;
  if (args.length >= 2 && args.length <= 5) {
    d.errno = args[0]; d.strerror = args[1];
    if (args.length >= 3) d.filename = args[2];
    if (args.length >= 5) d.filename2 = args[4];
    if (args.length >= 3) self.args = tuple([args[0], args[1]]);
  }
  return None;
});
defMethod(E.OSError, "__str__", [], function* (self: PyBaseException) {
  const d = self.$d ?? {};
  if (d.errno !== undefined && d.errno !== None && d.strerror !== None) {
    if (d.filename !== undefined && d.filename !== None) {
      if (d.filename2 !== undefined && d.filename2 !== None) return `[Errno ${yield* str(d.errno)}] ${yield* str(d.strerror)}: ${yield* repr(d.filename)} -> ${yield* repr(d.filename2)}`;
      return `[Errno ${yield* str(d.errno)}] ${yield* str(d.strerror)}: ${yield* repr(d.filename)}`;
    }
    return `[Errno ${yield* str(d.errno)}] ${yield* str(d.strerror)}`;
  }
  return yield* excStr(self);
});
attrFromArgs(E.SyntaxError, [], (e, args) => {
  const d = e.$d!;
  d.msg = args.length ? args[0] : None;
  d.filename = d.lineno = d.offset = d.text = d.end_lineno = d.end_offset = None;
  d.print_file_and_line = None;
  if (args.length === 2 && args[1] instanceof PyTuple) {
    const [filename, lineno, offset, text, end_lineno, end_offset] = args[1].items;
    Object.assign(d, { filename, lineno, offset, text, end_lineno: end_lineno ?? None, end_offset: end_offset ?? None });
  }
});
defMethod(E.SyntaxError, "__str__", [], function* (self: PyBaseException) {
  const d = self.$d ?? {};
  const msg = d.msg === undefined || d.msg === None ? "" : yield* str(d.msg);
  const fn = typeof d.filename === "string" ? d.filename.split("/").pop() : null;
  const ln = typeof d.lineno === "number" ? d.lineno : null;
  if (fn && ln !== null) return `${msg} (${fn}, line ${ln})`;
  if (fn) return `${msg} (${fn})`;
  if (ln !== null) return `${msg} (line ${ln})`;
  return msg;
});
defMethod(E.UnicodeDecodeError, "__init__", ["*args"], (self: PyBaseException, args: any[]) => {
  self.args = tuple(args);
  const [encoding, object, start, end, reason] = args;
  Object.assign((self.$d ??= new Ns()), { encoding, object, start, end, reason });
  return None;
});
defMethod(E.UnicodeDecodeError, "__str__", [], function* (self: PyBaseException) {
  const d = self.$d!;
  const b = d.object.b as Uint8Array;
  if (d.end - d.start === 1) return `'${d.encoding}' codec can't decode byte 0x${b[d.start].toString(16).padStart(2, "0")} in position ${d.start}: ${d.reason}`;
  return `'${d.encoding}' codec can't decode bytes in position ${d.start}-${d.end - 1}: ${d.reason}`;
});
defMethod(E.UnicodeEncodeError, "__init__", ["*args"], (self: PyBaseException, args: any[]) => {
  self.args = tuple(args);
  const [encoding, object, start, end, reason] = args;
  Object.assign((self.$d ??= new Ns()), { encoding, object, start, end, reason });
  return None;
});
defMethod(E.UnicodeEncodeError, "__str__", [], function* (self: PyBaseException) {
  const d = self.$d!;
  const ch = Array.from(d.object as string)[d.start] ?? "";
  const cp = ch.codePointAt(0) ?? 0;
  const esc = cp <= 0xff ? "\\x" + cp.toString(16).padStart(2, "0") : cp <= 0xffff ? "\\u" + cp.toString(16).padStart(4, "0") : "\\U" + cp.toString(16).padStart(8, "0");
  if (d.end - d.start === 1) return `'${d.encoding}' codec can't encode character '${esc}' in position ${d.start}: ${d.reason}`;
  return `'${d.encoding}' codec can't encode characters in position ${d.start}-${d.end - 1}: ${d.reason}`;
});

/** Build an exception with attributes set as its Python __init__ would (runtime-raised errors). */
export function excWithAttrs(t: PyType, args: any[], attrs: Record<string, any>): PyBaseException {
  const e = E.newExc(t, ...args);
  Object.assign((e.$d ??= new Ns()), attrs);
  return e;
}

export { PyBaseException, EMPTY_TUPLE, isSubtype, PyObj };

/** An attribute stored in the instance dict, defaulting to a constructor argument. */
function argAttr(t: PyType, name: string, dflt: (e: PyBaseException) => any) {
  defGetSet(t, name, (e: PyBaseException) => (e.$d && e.$d[name] !== undefined ? e.$d[name] : dflt(e)), (e: PyBaseException, v: any) => { (e.$d ??= new Ns())[name] = v; });
}
argAttr(E.StopIteration, "value", (e) => (e.args.items.length ? e.args.items[0] : None));
argAttr(E.StopAsyncIteration, "value", (e) => (e.args.items.length ? e.args.items[0] : None));
argAttr(E.SystemExit, "code", (e) => { const a = e.args.items; return a.length === 0 ? None : a.length === 1 ? a[0] : e.args; });
argAttr(E.NameError, "name", () => None);
argAttr(E.AttributeError, "name", () => None);
argAttr(E.AttributeError, "obj", () => None);
argAttr(E.ImportError, "name", () => None);
argAttr(E.ImportError, "path", () => None);
argAttr(E.ImportError, "msg", (e) => (e.args.items.length === 1 ? e.args.items[0] : None));
for (const n of ["errno", "strerror", "filename", "filename2"]) argAttr(E.OSError, n, () => None);
for (const n of ["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"]) argAttr(E.SyntaxError, n, (e) => (n === "msg" && e.args.items.length ? e.args.items[0] : None));

// OSError(errno, strerror, ...) picks the subclass for the errno, as CPython's OSError.__new__.
const ERRNO_TYPES: Record<number, PyType> = {
  1: E.PermissionError, 13: E.PermissionError, 2: E.FileNotFoundError, 17: E.FileExistsError,
  21: E.IsADirectoryError, 20: E.NotADirectoryError, 4: E.InterruptedError, 10: E.ChildProcessError,
  3: E.ProcessLookupError, 110: E.TimeoutError, 11: E.BlockingIOError, 114: E.BlockingIOError,
  115: E.BlockingIOError, 32: E.BrokenPipeError, 108: E.BrokenPipeError, 103: E.ConnectionAbortedError,
  111: E.ConnectionRefusedError, 104: E.ConnectionResetError,
};
defNew(E.OSError, ["*args", "**kw"], (cls: PyType, args: any[]) => {
  let t = cls;
  if (cls === E.OSError && args.length >= 2 && typeof args[0] === "number" && ERRNO_TYPES[args[0]]) t = ERRNO_TYPES[args[0]];
  const e = t.alloc(t) as PyBaseException;
  e.args = tuple(args);
  if (t.hasDict && e.$d === undefined) e.$d = new Ns();
  return e;
});

// --- BaseExceptionGroup / ExceptionGroup (PEP 654) ----------------------------------------------

import { callv } from "./call.ts";
import { truth, toArray } from "./ops.ts";

/** The group's sub-exceptions (a tuple) and message, kept in the instance dict. */
export function groupParts(g: PyBaseException): [string, any[]] {
  return [g.$d!.message, (g.$d!.exceptions as PyTuple).items];
}
defNew(E.BaseExceptionGroup, ["message", "exceptions", "/"], function* (cls: PyType, message: any, excs: any) {
  if (typeof message !== "string") throw typeError("argument 1 must be str, not " + typeOf(message).name);
  if (typeOf(excs).lookup("__getitem__") === undefined || typeof excs === "string") throw typeError("second argument (exceptions) must be a sequence");
  const items = yield* toArray(excs);
  if (items.length === 0) throw E.valueError("second argument (exceptions) must be a non-empty sequence");
  items.forEach((x, i) => {
    if (!(x instanceof PyBaseException)) throw E.valueError(`Item ${i} of second argument (exceptions) is not an exception`);
  });
  let t = cls;
  const allExc = items.every((x) => isSubtype(x.$cls, E.Exception));
  if (cls === E.BaseExceptionGroup && allExc) t = E.ExceptionGroup;
  if (isSubtype(t, E.Exception) && !allExc) {
    if (t === E.ExceptionGroup) throw typeError("Cannot nest BaseExceptions in an ExceptionGroup");
    throw typeError(`Cannot nest BaseExceptions in '${t.name}'`);
  }
  const e = t.alloc(t) as PyBaseException;
  e.args = tuple([message, excs]);
  e.$d = new Ns();
  e.$d.message = message;
  e.$d.exceptions = tuple(items);
  return e;
});
defMethod(E.BaseExceptionGroup, "__init__", ["*args", "**kw"], () => None);
defMethod(E.BaseExceptionGroup, "__str__", [], (g: PyBaseException) => {
  const [msg, items] = groupParts(g);
  return `${msg} (${items.length} sub-exception${items.length === 1 ? "" : "s"})`;
});
for (const n of ["message", "exceptions"]) defGetSet(E.BaseExceptionGroup, n, (g: PyBaseException) => g.$d![n]);

/** Build a group like g (same message, type via derive) around other sub-exceptions. */
function* deriveFrom(g: PyBaseException, items: any[]): Gen<PyBaseException> {
  const t = typeOf(g);
  const d = t.lookup("derive");
  const n = yield* callv(d, [g, new PyList(items)], null, null);
  n.tb = g.tb; n.cause = g.cause; n.context = g.context; n.suppress = g.suppress;
  if (g.$d?.__notes__ !== undefined) n.$d!.__notes__ = g.$d.__notes__;
  return n;
}
defMethod(E.BaseExceptionGroup, "derive", ["excs"], function* (g: PyBaseException, excs: any) {
  return yield* callv(E.BaseExceptionGroup, [groupParts(g)[0], excs], null, null);
});
/** Does exception x match cond (a type, a tuple of types, or a predicate)? */
function* matches(x: any, cond: any): Gen<boolean> {
  if (cond instanceof PyType) return isSubtype(typeOf(x), cond);
  if (cond instanceof PyTuple) return cond.items.some((t) => t instanceof PyType && isSubtype(typeOf(x), t));
  return yield* truth(yield* callv(cond, [x], null, null));
}
/** [matching part, rest] of a group, either possibly None. */
export function* splitGroup(g: PyBaseException, cond: any): Gen<[any, any]> {
  if (yield* matches(g, cond)) return [g, None];
  const yes: any[] = [], no: any[] = [];
  for (const x of groupParts(g)[1]) {
    if (isSubtype(typeOf(x), E.BaseExceptionGroup)) {
      const [m, r] = yield* splitGroup(x, cond);
      if (m !== None) yes.push(m);
      if (r !== None) no.push(r);
    } else if (yield* matches(x, cond)) yes.push(x);
    else no.push(x);
  }
  return [yes.length ? yield* deriveFrom(g, yes) : None, no.length ? yield* deriveFrom(g, no) : None];
}
function checkCond(cond: any) {
  if (cond instanceof PyType && isSubtype(cond, E.BaseException)) return;
  if (cond instanceof PyTuple && cond.items.every((t) => t instanceof PyType && isSubtype(t, E.BaseException))) return;
  if (typeof cond === "object" && typeOf(cond).lookup("__call__") !== undefined && !(cond instanceof PyType)) return;
  throw typeError("expected a function, exception type or tuple of exception types");
}
defMethod(E.BaseExceptionGroup, "split", ["condition"], function* (g: PyBaseException, cond: any) {
  checkCond(cond);
  return tuple(yield* splitGroup(g, cond));
});
defMethod(E.BaseExceptionGroup, "subgroup", ["condition"], function* (g: PyBaseException, cond: any) {
  checkCond(cond);
  return (yield* splitGroup(g, cond))[0];
});
