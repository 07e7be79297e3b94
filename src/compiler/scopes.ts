// Adapter from the parser's symbol table to the compiler's name kinds.

import type { NameKind } from "./emit.ts";

export function resolverFor(st: any): (scope: any, name: string) => NameKind {
  return (scope: any, name: string): NameKind => {
    throw new Error("symtable adapter not written yet");
  };
}
