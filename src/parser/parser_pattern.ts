// Pattern rules for the `match` statement (PEP 634) from the Python 3.11 grammar:
// literal/capture/wildcard/value/group/sequence/mapping/class patterns, or- and as-patterns.

import { Parser, R, FAIL, type Node, NAME, NUMBER, STRING, OP, parseNumber } from "./parser_core.ts";
import type { Token } from "./tokenizer.ts";
import { LOAD, OPS } from "./ast.ts";
import { gather, strings, expression } from "./parser_expr.ts";

/** patterns: open_sequence_pattern | pattern */
export function patterns(p: Parser): Node {
  const mark = p.mark;
  const start = p.peek();
  const seq = openSequencePattern(p);
  if (seq !== null) return p.loc({ _type: "MatchSequence", patterns: seq }, start);
  p.mark = mark;
  return pattern(p);
}

function pattern(p: Parser): Node {
  const a = asPattern(p);
  if (a !== FAIL) return a;
  return orPattern(p);
}

function asPattern(p: Parser): Node {
  const mark = p.mark;
  const start = p.peek();
  const pat = orPattern(p);
  if (pat !== FAIL && p.expectKw("as")) {
    const target = patternCaptureTarget(p);
    if (target !== null) return p.loc({ _type: "MatchAs", pattern: pat, name: target }, start);
  }
  p.mark = mark;
  if (p.callInvalidRules) {
    // invalid_as_pattern
    if (orPattern(p) !== FAIL && p.expectKw("as")) {
      const t = p.peek();
      if (t.type === NAME && t.string === "_") throw p.errorAt(t, "cannot use '_' as a target");
      if (!(t.type === NAME && !t.isKeyword)) {
        const a = expression(p);
        if (a !== FAIL) throw p.errorAt(a, "invalid pattern target");
      }
    }
    p.mark = mark;
  }
  return FAIL;
}

function orPattern(p: Parser): Node {
  const start = p.peek();
  const pats = gather(p, closedPattern, "|");
  if (pats === null) return FAIL;
  if (pats.length === 1) return pats[0];
  return p.loc({ _type: "MatchOr", patterns: pats }, start);
}

function closedPattern(p: Parser): Node {
  if (p.memoGet(R.closed_pattern)) return p.memoResult;
  const mark = p.mark;
  let res = literalPattern(p);
  if (res === FAIL) res = capturePattern(p);
  if (res === FAIL) res = wildcardPattern(p);
  if (res === FAIL) res = valuePattern(p);
  if (res === FAIL) res = groupPattern(p);
  if (res === FAIL) res = sequencePattern(p);
  if (res === FAIL) res = mappingPattern(p);
  if (res === FAIL) res = classPattern(p);
  if (res === FAIL) p.mark = mark;
  p.memoSet(R.closed_pattern, mark, res);
  return res;
}

function isPlusMinus(p: Parser): boolean {
  return p.isOp("+") || p.isOp("-");
}

function constant(value: any, t: Token): Node {
  return { _type: "Constant", value, kind: null, lineno: t.lineno, col_offset: t.col_offset, end_lineno: t.end_lineno, end_col_offset: t.end_col_offset };
}

function numberToken(p: Parser): Node {
  const t = p.expectType(NUMBER);
  return t ? constant(parseNumber(t.string), t) : FAIL;
}

/** signed_number: NUMBER | '-' NUMBER */
function signedNumber(p: Parser): Node {
  const mark = p.mark;
  const start = p.peek();
  const n = numberToken(p);
  if (n !== FAIL) return n;
  if (p.expectOp("-")) {
    const m = numberToken(p);
    if (m !== FAIL) return p.loc({ _type: "UnaryOp", op: OPS.USub, operand: m }, start);
  }
  p.mark = mark;
  return FAIL;
}

function isComplexConst(n: Node): boolean {
  return typeof n.value === "object" && n.value !== null && "_complex" in n.value;
}

function realNumber(p: Parser): Node {
  const n = numberToken(p);
  if (n !== FAIL && isComplexConst(n)) throw p.errorAt(n, "real number required in complex literal");
  return n;
}

function signedRealNumber(p: Parser): Node {
  const mark = p.mark;
  const start = p.peek();
  const n = realNumber(p);
  if (n !== FAIL) return n;
  if (p.expectOp("-")) {
    const m = realNumber(p);
    if (m !== FAIL) return p.loc({ _type: "UnaryOp", op: OPS.USub, operand: m }, start);
  }
  p.mark = mark;
  return FAIL;
}

function imaginaryNumber(p: Parser): Node {
  const n = numberToken(p);
  if (n !== FAIL && !isComplexConst(n)) throw p.errorAt(n, "imaginary number required in complex literal");
  return n;
}

function complexNumber(p: Parser): Node {
  const mark = p.mark;
  const start = p.peek();
  const real = signedRealNumber(p);
  if (real !== FAIL) {
    const t = p.peek();
    if (t.type === OP && (t.string === "+" || t.string === "-")) {
      p.mark++;
      const imag = imaginaryNumber(p);
      if (imag !== FAIL) return p.loc({ _type: "BinOp", left: real, op: t.string === "+" ? OPS.Add : OPS.Sub, right: imag }, start);
    }
  }
  p.mark = mark;
  return FAIL;
}

/** literal_expr (and literal_pattern when `asPattern`). */
function literal(p: Parser, asPattern: boolean): Node {
  const mark = p.mark;
  const start = p.peek();
  const wrap = (v: Node): Node => (asPattern ? p.loc({ _type: "MatchValue", value: v }, start) : v);
  const n = signedNumber(p);
  if (n !== FAIL && !isPlusMinus(p)) return wrap(n);
  p.mark = mark;
  const c = complexNumber(p);
  if (c !== FAIL) return wrap(c);
  p.mark = mark;
  if (start.type === STRING) {
    const s = strings(p);
    if (s !== FAIL) return wrap(s);
  }
  if (start.type === NAME && start.isKeyword) {
    const v = start.string === "None" ? null : start.string === "True" ? true : start.string === "False" ? false : undefined;
    if (v !== undefined) {
      p.mark++;
      if (asPattern) return p.loc({ _type: "MatchSingleton", value: v }, start);
      return constant(v, start);
    }
  }
  p.mark = mark;
  return FAIL;
}

function literalPattern(p: Parser): Node {
  return literal(p, true);
}

/** pattern_capture_target: !"_" NAME !('.' | '(' | '=') ; returns the identifier. */
function patternCaptureTarget(p: Parser): string | null {
  const t = p.peek();
  if (t.type !== NAME || t.isKeyword || t.string === "_") return null;
  const mark = p.mark;
  p.mark++;
  if (p.isOp(".") || p.isOp("(") || p.isOp("=")) {
    p.mark = mark;
    return null;
  }
  return p.identifier(t.string);
}

function capturePattern(p: Parser): Node {
  const start = p.peek();
  const name = patternCaptureTarget(p);
  if (name === null) return FAIL;
  return p.loc({ _type: "MatchAs", pattern: null, name }, start);
}

function wildcardPattern(p: Parser): Node {
  const start = p.peek();
  if (start.type === NAME && start.string === "_") {
    p.mark++;
    return p.loc({ _type: "MatchAs", pattern: null, name: null }, start);
  }
  return FAIL;
}

function valuePattern(p: Parser): Node {
  const mark = p.mark;
  const start = p.peek();
  const a = attr(p);
  if (a !== FAIL && !(p.isOp(".") || p.isOp("(") || p.isOp("="))) return p.loc({ _type: "MatchValue", value: a }, start);
  p.mark = mark;
  return FAIL;
}

/** attr: name_or_attr '.' NAME (at least one dot). */
function attr(p: Parser): Node {
  const mark = p.mark;
  const r = nameOrAttr(p);
  if (r === FAIL || r._type !== "Attribute") {
    p.mark = mark;
    return FAIL;
  }
  return r;
}

/** name_or_attr: NAME ('.' NAME)* */
function nameOrAttr(p: Parser): Node {
  const start = p.peek();
  const n = p.nameToken();
  if (!n) return FAIL;
  let a: Node = p.nameFromToken(n);
  for (;;) {
    const m = p.mark;
    if (!p.expectOp(".")) break;
    const b = p.nameToken();
    if (!b) {
      p.mark = m;
      break;
    }
    a = p.loc({ _type: "Attribute", value: a, attr: p.identifier(b.string), ctx: LOAD }, start);
  }
  return a;
}

function groupPattern(p: Parser): Node {
  const mark = p.mark;
  if (p.expectOp("(")) {
    const pat = pattern(p);
    if (pat !== FAIL && p.expectOp(")")) return pat;
  }
  p.mark = mark;
  return FAIL;
}

function sequencePattern(p: Parser): Node {
  const mark = p.mark;
  const start = p.peek();
  if (p.expectOp("[")) {
    const pats = maybeSequencePattern(p);
    if (p.expectOp("]")) return p.loc({ _type: "MatchSequence", patterns: pats ?? [] }, start);
  }
  p.mark = mark;
  if (p.expectOp("(")) {
    const pats = openSequencePattern(p);
    if (p.expectOp(")")) return p.loc({ _type: "MatchSequence", patterns: pats ?? [] }, start);
  }
  p.mark = mark;
  return FAIL;
}

function openSequencePattern(p: Parser): Node[] | null {
  const mark = p.mark;
  const first = maybeStarPattern(p);
  if (first !== FAIL && p.expectOp(",")) {
    const rest = maybeSequencePattern(p);
    return rest ? [first, ...rest] : [first];
  }
  p.mark = mark;
  return null;
}

function maybeSequencePattern(p: Parser): Node[] | null {
  const pats = gather(p, maybeStarPattern);
  if (pats === null) return null;
  p.expectOp(",");
  return pats;
}

function maybeStarPattern(p: Parser): Node {
  const s = starPattern(p);
  if (s !== FAIL) return s;
  return pattern(p);
}

function starPattern(p: Parser): Node {
  if (p.memoGet(R.star_pattern)) return p.memoResult;
  const mark = p.mark;
  const start = p.peek();
  let res: Node = FAIL;
  if (p.expectOp("*")) {
    const name = patternCaptureTarget(p);
    if (name !== null) res = p.loc({ _type: "MatchStar", name }, start);
    else if (wildcardPattern(p) !== FAIL) res = p.loc({ _type: "MatchStar", name: null }, start);
  }
  if (res === FAIL) p.mark = mark;
  p.memoSet(R.star_pattern, mark, res);
  return res;
}

function doubleStarPattern(p: Parser): string | null {
  const mark = p.mark;
  if (p.expectOp("**")) {
    const t = patternCaptureTarget(p);
    if (t !== null) return t;
  }
  p.mark = mark;
  return null;
}

function keyValuePattern(p: Parser): Node {
  const mark = p.mark;
  let key = literal(p, false);
  if (key === FAIL) key = attr(p);
  if (key !== FAIL && p.expectOp(":")) {
    const pat = pattern(p);
    if (pat !== FAIL) return [key, pat];
  }
  p.mark = mark;
  return FAIL;
}

function mappingPattern(p: Parser): Node {
  const mark = p.mark;
  const start = p.peek();
  if (!p.expectOp("{")) return FAIL;
  const afterBrace = p.mark;
  if (p.expectOp("}")) return p.loc({ _type: "MatchMapping", keys: [], patterns: [], rest: null }, start);
  const rest = doubleStarPattern(p);
  if (rest !== null) {
    p.expectOp(",");
    if (p.expectOp("}")) return p.loc({ _type: "MatchMapping", keys: [], patterns: [], rest }, start);
  }
  p.mark = afterBrace;
  const items = gather(p, keyValuePattern);
  if (items !== null) {
    const m = p.mark;
    if (p.expectOp(",")) {
      const r = doubleStarPattern(p);
      if (r !== null) {
        p.expectOp(",");
        if (p.expectOp("}")) {
          return p.loc({ _type: "MatchMapping", keys: items.map((x) => x[0]), patterns: items.map((x) => x[1]), rest: r }, start);
        }
      }
    }
    p.mark = m;
    p.expectOp(",");
    if (p.expectOp("}")) {
      return p.loc({ _type: "MatchMapping", keys: items.map((x) => x[0]), patterns: items.map((x) => x[1]), rest: null }, start);
    }
  }
  p.mark = mark;
  return FAIL;
}

function keywordPattern(p: Parser): Node {
  const mark = p.mark;
  const n = p.nameToken();
  if (n && p.expectOp("=")) {
    const v = pattern(p);
    if (v !== FAIL) return [p.identifier(n.string), v];
  }
  p.mark = mark;
  return FAIL;
}

function classPattern(p: Parser): Node {
  const mark = p.mark;
  const start = p.peek();
  const cls = nameOrAttr(p);
  if (cls === FAIL || !p.expectOp("(")) {
    p.mark = mark;
    return FAIL;
  }
  const afterParen = p.mark;
  const make = (pats: Node[], kws: [string, Node][]) =>
    p.loc({ _type: "MatchClass", cls, patterns: pats, kwd_attrs: kws.map((k) => k[0]), kwd_patterns: kws.map((k) => k[1]) }, start);
  if (p.expectOp(")")) return make([], []);
  const pos = gather(p, pattern);
  if (pos !== null) {
    const m = p.mark;
    p.expectOp(",");
    if (p.expectOp(")")) return make(pos, []);
    p.mark = m;
  }
  p.mark = afterParen;
  const kws = gather(p, keywordPattern);
  if (kws !== null) {
    p.expectOp(",");
    if (p.expectOp(")")) return make([], kws);
  }
  p.mark = afterParen;
  const pos2 = gather(p, pattern);
  if (pos2 !== null && p.expectOp(",")) {
    const kws2 = gather(p, keywordPattern);
    if (kws2 !== null) {
      p.expectOp(",");
      if (p.expectOp(")")) return make(pos2, kws2);
    }
  }
  p.mark = mark;
  if (p.callInvalidRules) {
    // invalid_class_pattern
    if (nameOrAttr(p) !== FAIL && p.expectOp("(")) {
      const m = p.mark;
      if (!(gather(p, pattern) !== null && p.expectOp(","))) p.mark = m;
      if (gather(p, keywordPattern) !== null && p.expectOp(",")) {
        const a = gather(p, pattern);
        if (a !== null) throw p.errorRange(a[0], a[a.length - 1], "positional patterns follow keyword patterns");
      }
    }
    p.mark = mark;
  }
  return FAIL;
}

