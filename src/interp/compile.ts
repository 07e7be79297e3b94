// Source text -> runnable module body: parse, build the symbol table, generate JS, and turn it
// into a function once with `new Function`.

import { parse } from "../parser/parser.ts";
import { Compiler } from "../compiler/codegen.ts";
import { buildSymtable, resolverFor } from "../compiler/scopes.ts";
import { PyFloat, PyComplex, PyBytes, Ellipsis, Gen } from "../runtime/core.ts";
import { CodeInfo } from "../runtime/function.ts";
import { makeRt } from "./rtlib.ts";

/** Keeps every compiled file's source for tracebacks. */
export const sources = new Map<string, string[]>();

export function registerSource(filename: string, source: string): void {
  sources.set(filename, source.split(/\r\n|\r|\n/));
}

/** Process-wide compiler options (set by the CLI): --switch-points 3.9 adds fine checks. */
export const compileOptions = { fineChecks: false };

let rt: Record<string, any> | null = null;
let rtExtra: Record<string, any> = {};
export function addRtNames(extra: Record<string, any>) { rtExtra = { ...rtExtra, ...extra }; rt = null; }

function makeConst(v: any): any {
  if (v && typeof v === "object") {
    if ("_float" in v) return new PyFloat(v._float);
    if ("_complex" in v) return new PyComplex(0, v._complex);
    if ("_bytes" in v) return new PyBytes(v._bytes);
    if ("_ellipsis" in v) return Ellipsis;
  }
  return v;
}

export interface CompiledModule {
  /** Instantiate the body for a globals namespace (and, with nsLocals, a locals mapping). */
  bind(G: Record<string, any>): (locals?: any) => Gen<any>;
  code: CodeInfo;
  js: string;
}

export function compileSource(source: string, filename: string, mode: "exec" | "eval" | "single" = "exec", nsLocals = false): CompiledModule {
  registerSource(filename, source);
  let out;
  try {
    const mod = parse(source, filename, mode);
    const st = buildSymtable(mod, filename);
    const comp = new Compiler(filename, resolverFor(st), (n: any) => st.scopeOf(n)!, makeConst);
    comp.fineChecks = compileOptions.fineChecks;
    comp.nsLocals = nsLocals;
    out = comp.compileModule(mod, mode);
  } catch (e: any) {
    // errors found after parsing (scopes, compiler) carry no source text yet
    if (e && e.pyType && (e.text === null || e.text === undefined)) {
      const line = sources.get(filename)?.[e.lineno - 1];
      if (line !== undefined) e.text = line + "\n";
    }
    throw e;
  }
  let factory: Function;
  try {
    factory = new Function("$rt", "$G", "$codes", "$K", out.js);
  } catch (e: any) {
    throw new Error(`pygil: generated code for ${filename} does not parse: ${e.message}\n${out.js}`);
  }
  rt ??= makeRt(rtExtra);
  const theRt = rt;
  return {
    bind: (G) => {
      for (const c of out.codes) (c as any).globals = G;
      return factory(theRt, G, out.codes, out.consts);
    },
    code: out.codes[0],
    js: out.js,
  };
}
