// Assignment and deletion targets of the 3.11 grammar (star_targets, single_target,
// t_primary, del_targets), building Store/Del-context nodes.

import { Parser, R, FAIL, OP, setContext, type Node } from "./parser_core.ts";
import { LOAD, STORE, DEL } from "./ast.ts";
import { gather, tuple, atom, slices, genexp } from "./parser_expr.ts";
import { arguments_ } from "./parser_args.ts";

// ---------------------------------------------------------------------------
// Assignment targets
// ---------------------------------------------------------------------------

export function starTargets(p: Parser): Node {
  const start = p.peek();
  const a = starTarget(p);
  if (a === FAIL) return FAIL;
  if (!p.isOp(",")) return a;
  const elts = [a];
  for (;;) {
    const m = p.mark;
    if (!p.expectOp(",")) break;
    const c = starTarget(p);
    if (c === FAIL) {
      p.mark = m;
      break;
    }
    elts.push(c);
  }
  p.expectOp(",");
  return tuple(p, elts, STORE, start);
}

function starTargetsListSeq(p: Parser): Node[] | null {
  const a = gather(p, starTarget);
  if (a === null) return null;
  p.expectOp(",");
  return a;
}

function starTargetsTupleSeq(p: Parser): Node[] | null {
  const mark = p.mark;
  const a = starTarget(p);
  if (a === FAIL) return null;
  const elts = [a];
  for (;;) {
    const m = p.mark;
    if (!p.expectOp(",")) break;
    const c = starTarget(p);
    if (c === FAIL) {
      p.mark = m;
      break;
    }
    elts.push(c);
  }
  if (elts.length > 1) {
    p.expectOp(",");
    return elts;
  }
  if (p.expectOp(",")) return elts;
  p.mark = mark;
  return null;
}

export function starTarget(p: Parser): Node {
  if (p.memoGet(R.star_target)) return p.memoResult;
  const mark = p.mark;
  const start = p.peek();
  let res: Node = FAIL;
  if (p.expectOp("*")) {
    if (!p.isOp("*")) {
      const a = starTarget(p);
      if (a !== FAIL) res = p.loc({ _type: "Starred", value: setContext(a, STORE), ctx: STORE }, start);
    }
    if (res === FAIL) p.mark = mark;
  }
  if (res === FAIL) res = targetWithStarAtom(p);
  if (res === FAIL) p.mark = mark;
  p.memoSet(R.star_target, mark, res);
  return res;
}

function isTLookahead(p: Parser): boolean {
  const t = p.peek();
  return t.type === OP && (t.string === "(" || t.string === "[" || t.string === ".");
}

/** t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead, with ctx. */
function subscriptAttributeTarget(p: Parser, ctx: any): Node {
  const mark = p.mark;
  const start = p.peek();
  const a = tPrimary(p);
  if (a !== FAIL) {
    const m = p.mark;
    if (p.expectOp(".")) {
      const b = p.nameToken();
      if (b && !isTLookahead(p)) return p.loc({ _type: "Attribute", value: a, attr: p.identifier(b.string), ctx }, start);
    }
    p.mark = m;
    if (p.expectOp("[")) {
      const b = slices(p);
      if (b !== FAIL && p.expectOp("]") && !isTLookahead(p)) return p.loc({ _type: "Subscript", value: a, slice: b, ctx }, start);
    }
  }
  p.mark = mark;
  return FAIL;
}

function targetWithStarAtom(p: Parser): Node {
  if (p.memoGet(R.target_with_star_atom)) return p.memoResult;
  const mark = p.mark;
  let res = subscriptAttributeTarget(p, STORE);
  if (res === FAIL) res = starAtom(p);
  if (res === FAIL) p.mark = mark;
  p.memoSet(R.target_with_star_atom, mark, res);
  return res;
}

function starAtom(p: Parser): Node {
  const mark = p.mark;
  const start = p.peek();
  const n = p.nameToken();
  if (n) return setContext(p.nameFromToken(n), STORE);
  if (p.expectOp("(")) {
    const a = targetWithStarAtom(p);
    if (a !== FAIL && p.expectOp(")")) return setContext(a, STORE);
    p.mark = mark + 1;
    const t = starTargetsTupleSeq(p);
    if (p.expectOp(")")) return p.loc({ _type: "Tuple", elts: t ?? [], ctx: STORE }, start);
    p.mark = mark;
    return FAIL;
  }
  if (p.expectOp("[")) {
    const l = starTargetsListSeq(p);
    if (p.expectOp("]")) return p.loc({ _type: "List", elts: l ?? [], ctx: STORE }, start);
  }
  p.mark = mark;
  return FAIL;
}

export function singleTarget(p: Parser): Node {
  const mark = p.mark;
  const a = singleSubscriptAttributeTarget(p);
  if (a !== FAIL) return a;
  const n = p.nameToken();
  if (n) return setContext(p.nameFromToken(n), STORE);
  if (p.expectOp("(")) {
    const b = singleTarget(p);
    if (b !== FAIL && p.expectOp(")")) return b;
  }
  p.mark = mark;
  return FAIL;
}

export function singleSubscriptAttributeTarget(p: Parser): Node {
  return subscriptAttributeTarget(p, STORE);
}

/** t_primary (left-recursive, memoized): every step must be followed by t_lookahead. */
export function tPrimary(p: Parser): Node {
  if (p.memoGet(R.t_primary)) return p.memoResult;
  const mark = p.mark;
  const start = p.peek();
  let a = atom(p);
  if (a === FAIL || !isTLookahead(p)) {
    p.mark = mark;
    p.memoSet(R.t_primary, mark, FAIL);
    return FAIL;
  }
  for (;;) {
    const m = p.mark;
    if (p.expectOp(".")) {
      const b = p.nameToken();
      if (b && isTLookahead(p)) {
        a = p.loc({ _type: "Attribute", value: a, attr: p.identifier(b.string), ctx: LOAD }, start);
        continue;
      }
    }
    p.mark = m;
    if (p.callInvalidRules && (p.isOp("[") || p.isOp("{"))) {
      genexp(p); // invalid_comprehension may raise (see primary)
      p.mark = m;
    }
    if (p.expectOp("[")) {
      const b = slices(p);
      if (b !== FAIL && p.expectOp("]") && isTLookahead(p)) {
        a = p.loc({ _type: "Subscript", value: a, slice: b, ctx: LOAD }, start);
        continue;
      }
    }
    p.mark = m;
    if (p.isOp("(")) {
      const g = genexp(p);
      if (g !== FAIL && isTLookahead(p)) {
        a = p.loc({ _type: "Call", func: a, args: [g], keywords: [] }, start);
        continue;
      }
      p.mark = m;
      p.expectOp("(");
      const b = arguments_(p);
      if (p.expectOp(")") && isTLookahead(p)) {
        a = p.loc({ _type: "Call", func: a, args: b ? b.args : [], keywords: b ? b.keywords : [] }, start);
        continue;
      }
    }
    p.mark = m;
    break;
  }
  p.memoSet(R.t_primary, mark, a);
  return a;
}

export function delTargets(p: Parser): Node[] | null {
  const a = gather(p, delTarget);
  if (a === null) return null;
  p.expectOp(",");
  return a;
}

function delTarget(p: Parser): Node {
  if (p.memoGet(R.del_target)) return p.memoResult;
  const mark = p.mark;
  let res = subscriptAttributeTarget(p, DEL);
  if (res === FAIL) res = delTAtom(p);
  if (res === FAIL) p.mark = mark;
  p.memoSet(R.del_target, mark, res);
  return res;
}

function delTAtom(p: Parser): Node {
  const mark = p.mark;
  const start = p.peek();
  const n = p.nameToken();
  if (n) return setContext(p.nameFromToken(n), DEL);
  if (p.expectOp("(")) {
    const a = delTarget(p);
    if (a !== FAIL && p.expectOp(")")) return setContext(a, DEL);
    p.mark = mark + 1;
    const t = delTargets(p);
    if (p.expectOp(")")) return p.loc({ _type: "Tuple", elts: t ?? [], ctx: DEL }, start);
    p.mark = mark;
    return FAIL;
  }
  if (p.expectOp("[")) {
    const l = delTargets(p);
    if (p.expectOp("]")) return p.loc({ _type: "List", elts: l ?? [], ctx: DEL }, start);
  }
  p.mark = mark;
  return FAIL;
}
