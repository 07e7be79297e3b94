// The compiler's view of the symbol table (src/parser/symtable.ts): how a name is accessed
// from a scope, plus two per-function facts the definite-assignment analysis needs.

import type { NameKind } from "./emit.ts";
import { buildSymtable, SymTable, Scope, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL, LOCAL } from "../parser/symtable.ts";

export { buildSymtable };
export type { SymTable, Scope };

/** How `name` (unmangled, as written) is accessed in `scope`. */
export function resolverFor(_st: SymTable): (scope: Scope, name: string) => NameKind {
  return (scope: Scope, name: string): NameKind => {
    const k = scope.getScope(scope.mangle(name));
    if (scope.type === "module") return "global";
    if (scope.type === "class") {
      if (k === GLOBAL_EXPLICIT) return "global";
      if (k === FREE) return "classfree";
      return "classns";
    }
    switch (k) {
      case LOCAL: return "local";
      case CELL: return "cell";
      case FREE: return "free";
      case GLOBAL_EXPLICIT: case GLOBAL_IMPLICIT: return "global";
      default: return "global";
    }
  };
}

export interface ScopeFacts {
  /** Names bound by := in this scope (directly or from comprehensions nested in it). */
  walrus: Set<string>;
  /** Names a `del` statement unbinds somewhere in this scope. */
  deleted: Set<string>;
}

/** Walk one scope's own code (not nested functions/classes) for := targets and del targets. */
export function scopeFacts(node: any): ScopeFacts {
  const facts: ScopeFacts = { walrus: new Set(), deleted: new Set() };
  const delTarget = (t: any) => {
    if (t._type === "Name") facts.deleted.add(t.id);
    else if (t._type === "Tuple" || t._type === "List") for (const e of t.elts) delTarget(e);
  };
  const visit = (n: any, top: boolean): void => {
    if (!n || typeof n !== "object") return;
    if (Array.isArray(n)) { for (const x of n) visit(x, false); return; }
    if (!n._type) return;
    if (!top) {
      const t = n._type;
      if (t === "FunctionDef" || t === "AsyncFunctionDef") { visit(n.decorator_list, false); visit(n.args, false); return; }
      if (t === "ClassDef") { visit(n.decorator_list, false); visit(n.bases, false); visit(n.keywords, false); return; }
      if (t === "Lambda") { visit(n.args, false); return; }
    }
    if (n._type === "NamedExpr" && n.target._type === "Name") facts.walrus.add(n.target.id);
    if (n._type === "Delete") for (const t of n.targets) delTarget(t);
    for (const k in n) {
      if (k === "_type") continue;
      const v = n[k];
      if (v && typeof v === "object") visit(v, false);
    }
  };
  if (node._type === "Module" || node._type === "Expression" || node._type === "Interactive") visit(node.body, false);
  else if (node._type === "Lambda") visit(node.body, false);
  else if (node.body) visit(node.body, false);
  else visit(node, true);
  return facts;
}
