// The interpreter: the sys module, the import system (builtin modules, .py modules and packages
// on sys.path, sys.modules caching, relative and circular imports), and running a program with
// CPython's exit codes and uncaught-exception report.

import {
  PyObj, PyType, PyModule, NEED, Ns, None, typeOf, isSubtype, Gen, PyList, PyTuple, tuple,
  tupleType, builtinType,
} from "../runtime/core.ts";
import * as E from "../runtime/exceptions.ts";
import { PyBaseException, newExc, typeError, valueError } from "../runtime/exceptions.ts";
import { defBuiltin, defMethod, PyFunction } from "../runtime/function.ts";
import { PyDict, NsDict } from "../runtime/dict.ts";
import { getattr, PyClassMethod } from "../runtime/attr.ts";
import { callv } from "../runtime/call.ts";
import { str, repr } from "../runtime/repr.ts";
import { builtinsNs } from "../runtime/builtins.ts";
import { hooks } from "../runtime/hooks.ts";
import { nsDictOf } from "../runtime/type.ts";
import { toArray, asInt, asNum } from "../runtime/ops.ts";
import { PyFloat } from "../runtime/core.ts";
import { installNumericSys } from "../runtime/numinfo.ts";
import { host } from "../host/host.ts";
import { compileSource, registerSource } from "./compile.ts";
import { syntaxErrorFrom, fromJsError } from "./rtlib.ts";
import { formatException } from "./traceback.ts";
import { tracebackObject } from "../runtime/baseexception.ts";
import { makeStdStreams, PyTextStream } from "./streams.ts";
import { threadState } from "./state.ts";
import { Scheduler, SchedOptions, defaultOptions, PyThread, setKeyboardInterruptFactory, Waiter } from "../concurrency/scheduler.ts";

/** Factories for modules implemented in TypeScript (src/stdlib), by name. */
export const builtinModuleFactories = new Map<string, (interp: Interpreter) => PyModule>();
export function registerModule(name: string, factory: (interp: Interpreter) => PyModule) {
  builtinModuleFactories.set(name, factory);
}

/** Build a module from a namespace filler. */
export function makeModule(name: string, fill: (ns: Record<string, any>) => void): PyModule {
  const m = new PyModule(name);
  m.$d!.__doc__ = None;
  m.$d!.__package__ = "";
  m.$d!.__spec__ = None;
  m.$d!.__loader__ = None;
  fill(m.$d!);
  return m;
}

export class Interpreter {
  modules = new PyDict();
  sys: PyModule;
  path: PyList;
  streams = makeStdStreams();
  mainFile = "";
  /** lib/: the modules written in Python (also holds Python submodules of TypeScript modules). */
  libDir: string | null;

  constructor(argv: string[], libDir: string | null = defaultLibDir()) {
    this.libDir = libDir;
    this.path = new PyList(libDir ? [libDir] : []);
    this.sys = this.makeSys(argv);
    this.modules.setS("sys", this.sys);
    this.modules.setS("builtins", makeModule("builtins", (ns) => Object.assign(ns, builtinsNs)));
    installHooks(this);
  }

  makeSys(argv: string[]): PyModule {
    const interp = this;
    return makeModule("sys", (ns) => {
      ns.argv = new PyList(argv.slice());
      ns.path = this.path;
      ns.modules = this.modules;
      ns.stdin = this.streams.stdin; ns.stdout = this.streams.stdout; ns.stderr = this.streams.stderr;
      ns.__stdin__ = ns.stdin; ns.__stdout__ = ns.stdout; ns.__stderr__ = ns.stderr;
      ns.version = "3.11.7 (pygil) [JavaScript]";
      ns.version_info = versionInfo();
      ns.hexversion = 0x030b07f0;
      ns.platform = "linux";
      ns.byteorder = "little";
      ns.maxsize = 9223372036854775807n;
      ns.maxunicode = 0x10ffff;
      ns.executable = "pygil";
      ns.copyright = "pygil";
      ns.implementation = makeModule("implementation", (im) => {
        im.name = "pygil"; im.cache_tag = None; im.version = versionInfo(); im.hexversion = 0x030b07f0;
      });
      ns.flags = makeModule("flags", (f) => {
        for (const k of ["debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode", "safe_path", "warn_default_encoding"]) f[k] = 0;
        f.dont_write_bytecode = 1; f.hash_randomization = 1; f.int_max_str_digits = 4300;
      });
      ns.builtin_module_names = tuple(["builtins", "sys", ...builtinModuleFactories.keys()].sort());
      ns.dont_write_bytecode = true;
      ns.float_repr_style = "short";
      installNumericSys(ns);
      defBuiltin(ns, "exit", ["status?", "/"], (code: any) => {
        // sys.exit() and sys.exit(None) raise SystemExit() with no arguments, as CPython
        if (code === undefined || code === None) throw newExc(E.SystemExit);
        throw code instanceof PyTuple ? newExc(E.SystemExit, ...code.items) : newExc(E.SystemExit, code);
      });
      defBuiltin(ns, "getrecursionlimit", [], () => threadState.limit);
      defBuiltin(ns, "setrecursionlimit", ["limit", "/"], (n: any) => {
        const v = asInt(n);
        if (v === undefined || typeof n === "boolean") throw typeError(`'${typeOf(n).name}' object cannot be interpreted as an integer`);
        if (Number(v) < 1) throw valueError("recursion limit must be greater or equal than 1");
        threadState.limit = Number(v);
        return None;
      });
      defBuiltin(ns, "exc_info", [], () => {
        const h = threadState.handling;
        return h === undefined ? tuple([None, None, None]) : tuple([typeOf(h), h, h.tb.length ? tracebackObject(h) : None]);
      });
      defBuiltin(ns, "exception", [], () => threadState.handling ?? None);
      defBuiltin(ns, "setswitchinterval", ["interval", "/"], (v: any) => {
        const x = asNum(v);
        if (x === undefined) throw typeError(`must be real number, not ${typeOf(v).name}`);
        if (!(x > 0)) throw valueError("switch interval must be strictly positive");
        const us = Math.floor(1e6 * x);
        if (this.scheduler) this.scheduler.setInterval(us); else this.schedOpts.interval = Math.max(1, us);
        return None;
      });
      defBuiltin(ns, "getswitchinterval", [], () => new PyFloat((this.scheduler ? this.scheduler.rawInterval : this.schedOpts.interval) / 1e6));
      defBuiltin(ns, "getdefaultencoding", [], () => "utf-8");
      defBuiltin(ns, "getfilesystemencoding", [], () => "utf-8");
      defBuiltin(ns, "intern", ["s", "/"], (s: any) => s);
      defBuiltin(ns, "getsizeof", ["obj", "default?"], (o: any) => 64);
      defBuiltin(ns, "_getframe", ["depth?"], () => { throw valueError("pygil: frames are not introspectable"); });
    });
  }

  // --- imports ------------------------------------------------------------------------------------

  *importName(name: string, globals: any, fromlist: any, level: any): Gen<any> {
    const lvl = Number(asInt(level) ?? 0);
    let full = name;
    if (lvl > 0) {
      const pkg = this.packageOf(globals);
      if (!pkg) throw newExc(E.ImportError, "attempted relative import with no known parent package");
      const parts = pkg.split(".");
      if (lvl - 1 > parts.length - 1 && lvl > 1 && parts.length < lvl) throw newExc(E.ImportError, "attempted relative import beyond top-level package");
      const base = parts.slice(0, parts.length - (lvl - 1)).join(".");
      full = name ? `${base}.${name}` : base;
    }
    if (!full) throw valueError("Empty module name");
    const mod = yield* this.importModule(full);
    const from = fromlist === None || fromlist === undefined ? [] : fromlist instanceof PyList || fromlist instanceof PyTuple ? fromlist.items : Array.isArray(fromlist) ? fromlist : yield* toArray(fromlist);
    if (from.length === 0) {
      if (lvl > 0) return mod;
      const top = full.split(".")[0];
      return this.modules.getS(top);
    }
    // `from pkg import submodule`: import submodules that are not attributes yet
    if (mod.$d && mod.$d.__path__ !== undefined) {
      for (const f of from) {
        if (f === "*" || typeof f !== "string") continue;
        if (mod.$d[f] === undefined) {
          try { yield* this.importModule(`${full}.${f}`); } catch (e) {
            if (!(e instanceof PyBaseException && isSubtype(e.$cls, E.ModuleNotFoundError) && e.$d?.name === `${full}.${f}`)) throw e;
          }
        }
      }
    }
    return mod;
  }

  packageOf(globals: any): string | null {
    const G = globals instanceof NsDict ? globals.ns : globals;
    if (!G || typeof G !== "object") return null;
    const pkg = G.__package__;
    if (typeof pkg === "string" && pkg) return pkg;
    const n = G.__name__;
    if (typeof n !== "string") return null;
    if (G.__path__ !== undefined) return n;
    const i = n.lastIndexOf(".");
    return i < 0 ? null : n.slice(0, i);
  }

  *importModule(full: string): Gen<PyModule> {
    const cached = this.modules.getS(full);
    if (cached !== undefined && cached !== NEED) {
      if (cached === None) throw notFound(full);
      return cached;
    }
    const dot = full.lastIndexOf(".");
    let searchPath: string[];
    let parent: PyModule | null = null;
    if (dot >= 0) {
      parent = yield* this.importModule(full.slice(0, dot));
      // importing the parent may have registered this module (os sets sys.modules['os.path'])
      const again = this.modules.getS(full);
      if (again !== undefined && again !== NEED) return again;
      // submodules implemented in TypeScript (concurrent.futures)
      const sub = builtinModuleFactories.get(full);
      if (sub) {
        const m = sub(this);
        this.modules.setS(full, m);
        parent.$d![full.slice(dot + 1)] = m;
        return m;
      }
      const pp = parent.$d!.__path__;
      // a module written in TypeScript may have submodules written in Python in lib/<name>/
      const pyDir = pp === undefined && this.libDir && builtinModuleFactories.has(full.slice(0, dot))
        ? host.join(this.libDir, ...full.slice(0, dot).split(".")) : null;
      if (pp === undefined && !(pyDir && host.isDir(pyDir))) {
        const e = newExc(E.ModuleNotFoundError, `No module named '${full}'; '${full.slice(0, dot)}' is not a package`);
        e.$d = new Ns(); e.$d.name = full;
        throw e;
      }
      searchPath = pp === undefined ? [pyDir!] : (pp as PyList).items.filter((x: any) => typeof x === "string");
    } else {
      const factory = builtinModuleFactories.get(full);
      if (factory) {
        const m = factory(this);
        this.modules.setS(full, m);
        return m;
      }
      searchPath = this.path.items.filter((x: any) => typeof x === "string");
    }
    const leaf = full.slice(dot + 1);
    const portions: string[] = [];
    for (const dir of searchPath) {
      const base = host.join(dir || ".", leaf);
      const init = host.join(base, "__init__.py");
      if (host.isFile(init)) return yield* this.loadSource(full, init, base);
      const file = base + ".py";
      if (host.isFile(file)) return yield* this.loadSource(full, file, null);
      if (host.isDir(base)) portions.push(base);
    }
    // directories without __init__.py, found nowhere else: a namespace package (PEP 420)
    if (portions.length) {
      const m = new PyModule(full, Object.create(builtinsNs));
      const G = m.$d!;
      G.__name__ = full; G.__doc__ = None; G.__package__ = full; G.__spec__ = None; G.__loader__ = None;
      G.__file__ = None;
      G.__path__ = new PyList(portions);
      this.modules.setS(full, m);
      if (parent) parent.$d![leaf] = m;
      return m;
    }
    throw notFound(full);
  }

  *loadSource(name: string, file: string, pkgDir: string | null): Gen<PyModule> {
    const src = host.readText(file);
    if (src === null) throw notFound(name);
    const m = new PyModule(name, Object.create(builtinsNs));
    const G = m.$d!;
    G.__name__ = name;
    G.__file__ = file;
    G.__doc__ = None;
    G.__package__ = pkgDir !== null ? name : name.includes(".") ? name.slice(0, name.lastIndexOf(".")) : "";
    G.__spec__ = None;
    G.__loader__ = None;
    G.__builtins__ = this.modules.getS("builtins");
    if (pkgDir !== null) G.__path__ = new PyList([pkgDir]);
    this.modules.setS(name, m);
    (m as any).$initializing = true;
    try {
      const code = compileModuleOrRaise(src, file);
      yield* code.bind(G)();
    } catch (e) {
      this.modules.popS(name);
      throw e;
    } finally {
      (m as any).$initializing = false;
    }
    // bind as an attribute of the parent package
    const dot = name.lastIndexOf(".");
    if (dot >= 0) {
      const parent = this.modules.getS(name.slice(0, dot));
      if (parent && parent.$d) parent.$d[name.slice(dot + 1)] = m;
    }
    return this.modules.getS(name) ?? m;
  }

  // --- running --------------------------------------------------------------------------------------

  /** Run a program; returns the process exit code. */
  runFile(file: string, source: string): Promise<number> {
    const abs = host.resolve(file);
    this.mainFile = abs;
    this.path.items.unshift(host.dirname(abs));
    return this.runMain(source, abs);
  }

  schedOpts: SchedOptions = defaultOptions();
  scheduler: Scheduler | null = null;

  runMain(source: string, filename: string): Promise<number> {
    const m = new PyModule("__main__", Object.create(builtinsNs));
    const G = m.$d!;
    G.__name__ = "__main__";
    G.__doc__ = None;
    G.__package__ = None;
    G.__spec__ = None;
    G.__loader__ = None;
    G.__builtins__ = this.modules.getS("builtins");
    if (filename !== "<string>") G.__file__ = filename;
    G.__annotations__ = undefined;
    delete G.__annotations__;
    this.modules.setS("__main__", m);
    let body: () => Gen<any>;
    try {
      body = compileSource(source, filename).bind(G);
    } catch (e: any) {
      return Promise.resolve(this.reportUncaught(e && e.pyType ? syntaxErrorFrom(e) : fromJsError(e)));
    }
    setKeyboardInterruptFactory(() => newExc(E.KeyboardInterrupt));
    this.scheduler = new Scheduler(this, this.schedOpts);
    this.scheduler.rawInterval = this.schedOpts.interval;
    return this.scheduler.run(body());
  }

  /** Report an uncaught exception as CPython does; returns the exit code. */
  reportUncaught(e: any): number {
    if (!(e instanceof PyBaseException)) e = fromJsError(e);
    if (isSubtype(e.$cls, E.SystemExit)) return this.exitCode(e);
    this.flushStdout();
    let text: string;
    try {
      text = driveSync(formatException(e));
    } catch (e2: any) {
      text = `pygil: error while printing a traceback: ${e2?.stack ?? e2}\n`;
    }
    this.writeStderr(text);
    return isSubtype(e.$cls, E.KeyboardInterrupt) ? 130 : 1;
  }

  exitCode(e: PyBaseException): number {
    const a = e.args.items;
    const code = a.length === 0 ? None : a.length === 1 ? a[0] : e.args;
    if (code === None) return 0;
    if (typeof code === "number") return code & 0xff;
    if (typeof code === "boolean") return code ? 1 : 0;
    this.flushStdout();
    let s: string;
    try { s = driveSync(str(code)); } catch { s = "<exit code>"; }
    this.writeStderr(s + "\n");
    return 1;
  }

  flushStdout(): void {
    const out = this.sys.$d!.stdout;
    if (out instanceof PyTextStream) out.flush();
    this.streams.stdout.flush();
  }
  writeStderr(s: string): void {
    this.streams.stdout.flush();
    const err = this.sys.$d!.stderr;
    if (err instanceof PyTextStream) { err.$fastWrite(s); err.flush(); }
    else host.writeErr(s);
  }
}

/** lib/: the stdlib modules written in Python, shipped beside dist/. */
function defaultLibDir(): string | null {
  try {
    const u = new URL("../lib", import.meta.url);
    return u.protocol === "file:" ? decodeURIComponent(u.pathname) : null;
  } catch {
    return null;
  }
}

function notFound(name: string): PyBaseException {
  const e = newExc(E.ModuleNotFoundError, `No module named '${name}'`);
  e.$d = new Ns(); e.$d.name = name; e.$d.path = None; e.$d.msg = `No module named '${name}'`;
  return e;
}

function compileModuleOrRaise(src: string, file: string) {
  try {
    return compileSource(src, file);
  } catch (e: any) {
    if (e && e.pyType) throw syntaxErrorFrom(e);
    throw e;
  }
}

/** Run a generator that must not block (used for printing tracebacks at exit). */
export function driveSync<T>(g: Gen<T>): T {
  let r = g.next();
  while (!r.done) r = g.next(undefined);
  return r.value;
}

const versionInfoType = builtinType("version_info", tupleType, "sys");
function versionInfo(): PyTuple {
  const t = new PyTuple([3, 11, 7, "final", 0], versionInfoType);
  return t;
}
defMethod(versionInfoType, "__repr__", [], () => "sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)");
import { defGetSet } from "../runtime/attr.ts";
for (const [i, n] of ["major", "minor", "micro", "releaselevel", "serial"].entries()) defGetSet(versionInfoType, n, (t: PyTuple) => t.items[i]);

/** Connect the runtime's hooks (stdout, imports, exec...) to this interpreter. */
function installHooks(interp: Interpreter) {
  hooks.stdout = () => interp.sys.$d!.stdout ?? null;
  hooks.importName = function* (name, g, fromlist, level) {
    if (typeof name !== "string") throw typeError(`module name must be str, not ${typeOf(name).name}`);
    return yield* interp.importName(name, g, fromlist, level);
  };
  hooks.globals = () => nsDictOf(threadState.G ?? interp.modules.getS("__main__").$d);
  hooks.locals = () => {
    const L = threadState.L;
    if (L === null || L === undefined) return hooks.globals();
    return L;
  };
  hooks.exec = function* (src, g, l, mode) {
    return yield* execCode(interp, src, g, l, mode);
  };
  hooks.compile = (src, fn, mode) => makeCodeObject(src, fn, mode);
  hooks.format = function* (v, spec) {
    const t = typeOf(v);
    const f = t.lookup("__format__");
    const r = yield* callv(f, [v, spec], null, null);
    if (typeof r !== "string") throw typeError(`__format__ must return a str, not ${typeOf(r).name}`);
    return r;
  };
  hooks.input = function* () {
    const stdin = interp.sys.$d!.stdin;
    if (!(stdin instanceof PyTextStream)) {
      const l = yield* callv(yield* getattr(stdin, "readline"), [], null, null);
      if (l === "") throw newExc(E.EOFError, "EOF when reading a line");
      return l.endsWith("\n") ? l.slice(0, -1) : l;
    }
    interp.flushStdout();
    let l: string | null;
    const s = interp.scheduler;
    if (s && s.threads.length > 1) {
      // other threads exist: wait for the line without holding the GIL (input() releases it)
      const w = new Waiter("input", Infinity, null, () => "input() from stdin");
      w.io = true;
      host.readLineAsync((line) => s.wake(w, line));
      l = yield* s.block(w);
    } else l = host.readLine();
    if (l === null) throw newExc(E.EOFError, "EOF when reading a line");
    return l;
  };
}
export { registerSource };

// --- exec / eval / compile ----------------------------------------------------------------------

const codeType = builtinType("code");
class PyCode extends PyObj {
  src: string; filename: string; mode: string;
  constructor(src: string, filename: string, mode: string) { super(codeType); this.src = src; this.filename = filename; this.mode = mode; }
}
defMethod(codeType, "__repr__", [], (c: PyCode) => `<code object <module> at 0x7f0000200000, file "${c.filename}", line 1>`);

function makeCodeObject(src: any, fn: any, mode: any): PyCode {
  if (typeof src !== "string") throw typeError("compile() arg 1 must be a string, bytes or AST object");
  if (mode !== "exec" && mode !== "eval" && mode !== "single") throw valueError("compile() mode must be 'exec', 'eval' or 'single'");
  // compile now so that syntax errors surface at compile() time, as in CPython
  try { compileSource(src, String(fn), mode); } catch (e: any) { if (e && e.pyType) throw syntaxErrorFrom(e); throw e; }
  return new PyCode(src, String(fn), mode);
}

function* execCode(interp: Interpreter, src: any, g: any, l: any, mode: string): Gen<any> {
  let filename = "<string>";
  if (src instanceof PyCode) { filename = src.filename; mode = src.mode === "eval" ? "eval" : mode === "eval" ? "eval" : src.mode; src = src.src; }
  else if (typeof src !== "string") throw typeError(`${mode}() arg 1 must be a string, bytes or code object`);
  if (mode === "eval") src = src.replace(/^[ \t]+/, "");
  // the namespace: the caller's globals, or a dict given by the caller
  let G: Record<string, any>;
  let copyBack: PyDict | null = null;
  if (g === undefined || g === None) {
    G = threadState.G ?? interp.modules.getS("__main__").$d;
  } else if (g instanceof NsDict) {
    G = g.ns;
  } else if (g instanceof PyDict) {
    // a __builtins__ entry that is a dict replaces the builtins (eval(s, {"__builtins__": {}}))
    const bi = g.getS("__builtins__");
    let proto: Record<string, any> = builtinsNs;
    if (bi instanceof PyDict && !(bi instanceof NsDict)) { proto = new Ns(); for (const [k, v] of bi.items()) if (typeof k === "string") proto[k] = v; }
    else if (bi instanceof PyModule) proto = bi.$d!;
    G = Object.create(proto);
    for (const [k, v] of g.items()) if (typeof k === "string") G[k] = v;
    copyBack = g;
  } else throw typeError(`${mode}() globals must be a dict, not ${typeOf(g).name}`);
  // a locals mapping distinct from globals: names resolve through it first, as in a class body
  const L = l !== undefined && l !== None && l !== g ? (l instanceof NsDict && l.ns === G ? undefined : l) : undefined;
  let body;
  try { body = compileSource(src, filename, mode as any, L !== undefined).bind(G); } catch (e: any) {
    if (e && e.pyType) throw syntaxErrorFrom(e);
    throw e;
  }
  try {
    return yield* body(L);
  } finally {
    if (copyBack) {
      for (const k of Object.keys(G)) copyBack.setS(k, G[k]);
      if (!copyBack.getS("__builtins__")) copyBack.setS("__builtins__", interp.modules.getS("builtins"));
    }
  }
}
