// Per-function emission state shared by the statement and expression code generators:
// the JS temporaries, locals, position table and output buffer of one compiled Python scope.

import { CodeInfo } from "../runtime/function.ts";
import { scopeFacts, ScopeFacts } from "./scopes.ts";

/** How a name is accessed in a scope (from the symbol table). */
export type NameKind = "local" | "global" | "free" | "cell" | "classns" | "classfree";

export class FnState {
  /** JS statements of the body. */
  out: string[] = [];
  indent = "  ";
  temps = 0;
  locals = new Set<string>();
  code: CodeInfo;
  codeIndex: number;
  /** Loop stack for break/continue: each entry names its for-else flag variable (or null). */
  loops: { brk: string | null; label: string }[] = [];
  /** Python parameters (definitely bound unless deleted). */
  params = new Set<string>();
  /**
   * Plain locals definitely bound at the current point of straight-line code (a conservative
   * definite-assignment analysis): reading them needs no UnboundLocalError check.
   */
  assigned = new Set<string>();
  deleted = new Set<string>();
  isClass: boolean;
  isGen: boolean;
  scope: any;
  /** Nesting of try/finally blocks that run code on exit. */
  finallyDepth = 0;
  /** := targets and del targets of this scope (for the definite-assignment analysis). */
  facts: ScopeFacts;
  constructor(code: CodeInfo, codeIndex: number, scope: any, isClass: boolean, isGen: boolean) {
    this.facts = scopeFacts(scope.node);
    this.code = code;
    this.codeIndex = codeIndex;
    this.scope = scope;
    this.isClass = isClass;
    this.isGen = isGen;
  }
  /** Temporaries are reused across statements: `top` is the next free one, `temps` the high mark. */
  top = 0;
  tmp(): string {
    const t = `$t${this.top++}`;
    if (this.top > this.temps) this.temps = this.top;
    return t;
  }
  emit(line: string): void {
    this.out.push(this.indent + line);
  }
  push(): void { this.indent += "  "; }
  pop(): void { this.indent = this.indent.slice(2); }
  /** Record a source position; returns its index for `$p`. */
  pos(node: any): number {
    const p = this.code.pos;
    const i = p.length / 5;
    p.push(node.lineno ?? 0, node.end_lineno ?? node.lineno ?? 0, node.col_offset ?? -1, node.end_col_offset ?? -1, -1);
    return i;
  }
  /** Position with an anchor (operator location for BinOp / subscript carets). */
  posAnchored(node: any, anchorStart: number, anchorEnd: number): number {
    const i = this.pos(node);
    this.code.pos[i * 5 + 4] = anchorStart * 65536 + anchorEnd;
    return i;
  }
  declarations(): string {
    const names: string[] = [];
    for (let i = 0; i < this.temps; i++) names.push(`$t${i}`);
    for (const l of this.locals) if (!this.params.has(l.slice(2))) names.push(l);
    return names.length ? `let ${names.join(", ")};` : "";
  }
}

/** JS identifier for a Python local. `$` cannot occur in Python names, so no clash is possible. */
export function jsName(name: string): string {
  return "v$" + name;
}
