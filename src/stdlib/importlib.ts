// `_imp`: the import-system services lib/importlib needs from the interpreter: re-running a
// module's source in its own namespace (importlib.reload) and locating modules on sys.path.

import { PyModule, None, Gen, typeOf, PyTuple, Ns } from "../runtime/core.ts";
import { defBuiltin } from "../runtime/function.ts";
import { newExc, typeError } from "../runtime/exceptions.ts";
import * as E from "../runtime/exceptions.ts";
import { host } from "../host/host.ts";
import { compileSource } from "../interp/compile.ts";
import { syntaxErrorFrom } from "../interp/rtlib.ts";
import { registerModule, makeModule, builtinModuleFactories, Interpreter } from "../interp/interpreter.ts";

registerModule("_imp", (interp: Interpreter) => makeModule("_imp", (ns) => {
  /** Run the module's file again in its own namespace (a module without a file is left as is). */
  defBuiltin(ns, "exec_source", ["module"], function* (m: any): Gen<any> {
    if (!(m instanceof PyModule)) throw typeError(`expected a module, not ${typeOf(m).name}`);
    const G = m.$d!;
    const file = G.__file__;
    if (typeof file !== "string") return None;
    const src = host.readText(file);
    if (src === null) {
      const e = newExc(E.ModuleNotFoundError, `No module named '${G.__name__}'`);
      (e.$d ??= new Ns()).name = G.__name__;
      throw e;
    }
    let code;
    try { code = compileSource(src, file); } catch (e: any) {
      if (e && e.pyType) throw syntaxErrorFrom(e);
      throw e;
    }
    yield* code.bind(G)();
    return None;
  });
  defBuiltin(ns, "is_builtin", ["name"], (name: any) => (typeof name === "string" && builtinModuleFactories.has(name) ? 1 : 0));
  /** (path, is_package) of a top-level module's source on sys.path, or None. */
  defBuiltin(ns, "find_source", ["name", "path"], (name: any, path: any) => {
    const dirs: string[] = path === None ? interp.path.items.filter((x: any) => typeof x === "string") : path.items.filter((x: any) => typeof x === "string");
    const leaf = String(name).split(".").pop()!;
    for (const dir of dirs) {
      const base = host.join(dir || ".", leaf);
      const init = host.join(base, "__init__.py");
      if (host.isFile(init)) return new PyTuple([init, true]);
      if (host.isFile(base + ".py")) return new PyTuple([base + ".py", false]);
    }
    return None;
  });
}));
