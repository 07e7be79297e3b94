// Services the runtime needs from the interpreter layer (src/interp), installed at startup so
// that runtime files do not import the interpreter (layers depend downwards only).

import type { Gen } from "./core.ts";

export const hooks = {
  /** sys.stdout (an object with write), or null. */
  stdout: (): any => null,
  globals: (): any => { throw new Error("globals hook not installed"); },
  locals: (): any => { throw new Error("locals hook not installed"); },
  format: function* (_v: any, _spec: string): Gen<string> { throw new Error("format hook not installed"); },
  input: function* (): Gen<string> { throw new Error("input hook not installed"); },
  importName: function* (_name: any, _globals: any, _fromlist: any, _level: any): Gen<any> { throw new Error("import hook not installed"); },
  exec: function* (_src: any, _g: any, _l: any, _mode: string): Gen<any> { throw new Error("exec hook not installed"); },
  compile: (_src: any, _fn: any, _mode: any): any => { throw new Error("compile hook not installed"); },
  open: function* (_args: any[]): Gen<any> { throw new Error("open hook not installed"); },
  /** The member types of a `X | Y` union object, or null if v is not one. */
  unionArgs: (_v: any): any[] | null => null,
};
