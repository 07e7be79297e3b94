// Function and lambda parameter lists (params / lambda_params with their slash, star and
// default forms) and their invalid_* rules (CPython 3.11 wording: "non-default argument
// follows default argument", "* argument may appear only once", ...).

import { Parser, FAIL, OP, type Node } from "./parser_core.ts";
import { expression, starExpression } from "./parser_expr.ts";

// ---------------------------------------------------------------------------
// Parameters (shared by def and lambda; `lam` selects the lambda variants)
// ---------------------------------------------------------------------------

type NameDefault = { arg: Node; value: Node };

/** params / lambda_params */
export function params(p: Parser, lam: boolean): Node {
  if (p.callInvalidRules) invalidParameters(p, lam);
  return parameters(p, lam);
}

function parameters(p: Parser, lam: boolean): Node {
  const mark = p.mark;
  // slash_no_default param_no_default* param_with_default* [star_etc]
  const a = slashNoDefault(p, lam);
  if (a !== null) {
    const b = many(p, () => paramNoDefault(p, lam));
    const c = many(p, () => paramWithDefault(p, lam));
    const d = starEtc(p, lam);
    return makeArguments(a, null, b, c, d);
  }
  p.mark = mark;
  const sw = slashWithDefault(p, lam);
  if (sw !== null) {
    const b = many(p, () => paramWithDefault(p, lam));
    const c = starEtc(p, lam);
    return makeArguments(null, sw, null, b, c);
  }
  p.mark = mark;
  const pn = many(p, () => paramNoDefault(p, lam));
  if (pn.length) {
    const b = many(p, () => paramWithDefault(p, lam));
    const c = starEtc(p, lam);
    return makeArguments(null, null, pn, b, c);
  }
  p.mark = mark;
  const pw = many(p, () => paramWithDefault(p, lam));
  if (pw.length) {
    const b = starEtc(p, lam);
    return makeArguments(null, null, null, pw, b);
  }
  p.mark = mark;
  const se = starEtc(p, lam);
  if (se !== null) return makeArguments(null, null, null, null, se);
  p.mark = mark;
  return FAIL;
}

export function many<T>(_p: Parser, fn: () => T | null): T[] {
  const out: T[] = [];
  for (;;) {
    const x = fn();
    if (x === null) break;
    out.push(x);
  }
  return out;
}

function isParamTerminator(p: Parser, lam: boolean): boolean {
  return p.isOp(lam ? ":" : ")");
}

/** param / lambda_param: NAME annotation? */
export function param(p: Parser, lam: boolean): Node {
  const start = p.peek();
  const t = p.nameToken();
  if (!t) return FAIL;
  let ann: Node = null;
  if (!lam) {
    const m = p.mark;
    if (p.expectOp(":")) {
      ann = expression(p);
      if (ann === FAIL) {
        p.mark = m;
        ann = null;
      }
    }
  }
  return p.loc({ _type: "arg", arg: p.identifier(t.string), annotation: ann, type_comment: null }, start);
}

/** param_star_annotation: NAME ':' star_expression */
function paramStarAnnotation(p: Parser): Node {
  const mark = p.mark;
  const start = p.peek();
  const t = p.nameToken();
  if (t && p.expectOp(":")) {
    const ann = starExpression(p);
    if (ann !== FAIL) return p.loc({ _type: "arg", arg: p.identifier(t.string), annotation: ann, type_comment: null }, start);
  }
  p.mark = mark;
  return FAIL;
}

export function paramNoDefault(p: Parser, lam: boolean): Node {
  const mark = p.mark;
  const a = param(p, lam);
  if (a !== FAIL) {
    if (p.expectOp(",")) return typeCommentPeek(p, lam, a);
    if (isParamTerminator(p, lam)) return a;
  }
  p.mark = mark;
  return null;
}

/** `param ',' TYPE_COMMENT?` (def only): CPython peeks at the next token here. */
function typeCommentPeek<T>(p: Parser, lam: boolean, v: T): T {
  if (!lam) p.peek();
  return v;
}

function paramNoDefaultStarAnnotation(p: Parser): Node {
  const mark = p.mark;
  const a = paramStarAnnotation(p);
  if (a !== FAIL) {
    if (p.expectOp(",")) return typeCommentPeek(p, false, a);
    if (p.isOp(")")) return a;
  }
  p.mark = mark;
  return null;
}

export function paramWithDefault(p: Parser, lam: boolean): NameDefault | null {
  const mark = p.mark;
  const a = param(p, lam);
  if (a !== FAIL) {
    const c = defaultValue(p);
    if (c !== FAIL) {
      if (p.expectOp(",")) return typeCommentPeek(p, lam, { arg: a, value: c });
      if (isParamTerminator(p, lam)) return { arg: a, value: c };
    }
  }
  p.mark = mark;
  return null;
}

export function paramMaybeDefault(p: Parser, lam: boolean): NameDefault | null {
  const mark = p.mark;
  const a = param(p, lam);
  if (a !== FAIL) {
    const m = p.mark;
    let c = defaultValue(p);
    if (c === FAIL) {
      p.mark = m;
      c = null;
    }
    if (p.expectOp(",")) return typeCommentPeek(p, lam, { arg: a, value: c });
    if (isParamTerminator(p, lam)) return { arg: a, value: c };
  }
  p.mark = mark;
  return null;
}

/** default: '=' expression | invalid_default */
export function defaultValue(p: Parser): Node {
  const mark = p.mark;
  if (p.expectOp("=")) {
    const a = expression(p);
    if (a !== FAIL) return a;
  }
  p.mark = mark;
  if (p.callInvalidRules) invalidDefault(p);
  return FAIL;
}

export function slashNoDefault(p: Parser, lam: boolean): Node[] | null {
  const mark = p.mark;
  const a = many(p, () => paramNoDefault(p, lam));
  if (a.length && p.expectOp("/")) {
    if (p.expectOp(",")) return a;
    if (isParamTerminator(p, lam)) return a;
  }
  p.mark = mark;
  return null;
}

export function slashWithDefault(p: Parser, lam: boolean): { plain: Node[]; withDefaults: NameDefault[] } | null {
  const mark = p.mark;
  const a = many(p, () => paramNoDefault(p, lam));
  const b = many(p, () => paramWithDefault(p, lam));
  if (b.length && p.expectOp("/")) {
    if (p.expectOp(",")) return { plain: a, withDefaults: b };
    if (isParamTerminator(p, lam)) return { plain: a, withDefaults: b };
  }
  p.mark = mark;
  return null;
}

type StarEtc = { vararg: Node; kwonly: NameDefault[]; kwarg: Node };

function starEtc(p: Parser, lam: boolean): StarEtc | null {
  const mark = p.mark;
  if (p.callInvalidRules) invalidStarEtc(p, lam);
  if (p.expectOp("*")) {
    const a = paramNoDefault(p, lam);
    if (a !== null) {
      const b = many(p, () => paramMaybeDefault(p, lam));
      const c = kwds(p, lam);
      return { vararg: a, kwonly: b, kwarg: c };
    }
    if (!lam) {
      const a2 = paramNoDefaultStarAnnotation(p);
      if (a2 !== null) {
        const b = many(p, () => paramMaybeDefault(p, lam));
        const c = kwds(p, lam);
        return { vararg: a2, kwonly: b, kwarg: c };
      }
    }
    if (p.expectOp(",")) {
      const b = many(p, () => paramMaybeDefault(p, lam));
      if (b.length) {
        const c = kwds(p, lam);
        return { vararg: null, kwonly: b, kwarg: c };
      }
    }
  }
  p.mark = mark;
  const k = kwds(p, lam);
  if (k !== null) return { vararg: null, kwonly: [], kwarg: k };
  p.mark = mark;
  return null;
}

function kwds(p: Parser, lam: boolean): Node {
  const mark = p.mark;
  if (p.callInvalidRules) invalidKwds(p, lam);
  if (p.expectOp("**")) {
    const a = paramNoDefault(p, lam);
    if (a !== null) return a;
  }
  p.mark = mark;
  return null;
}

/** _PyPegen_make_arguments */
function makeArguments(
  slashNoDef: Node[] | null, slashWithDef: { plain: Node[]; withDefaults: NameDefault[] } | null,
  plain: Node[] | null, withDefault: NameDefault[] | null, star: StarEtc | null,
): Node {
  let posonlyargs: Node[];
  if (slashNoDef) posonlyargs = slashNoDef;
  else if (slashWithDef) posonlyargs = [...slashWithDef.plain, ...slashWithDef.withDefaults.map((x) => x.arg)];
  else posonlyargs = [];
  const args: Node[] = [...(plain ?? []), ...(withDefault ?? []).map((x) => x.arg)];
  const defaults: Node[] = [
    ...(slashWithDef ? slashWithDef.withDefaults.map((x) => x.value) : []),
    ...(withDefault ?? []).map((x) => x.value),
  ];
  return {
    _type: "arguments",
    posonlyargs,
    args,
    vararg: star ? star.vararg : null,
    kwonlyargs: star ? star.kwonly.map((x) => x.arg) : [],
    kw_defaults: star ? star.kwonly.map((x) => x.value) : [],
    kwarg: star ? star.kwarg : null,
    defaults,
  };
}

// ---------------------------------------------------------------------------
// invalid_* rules for parameters
// ---------------------------------------------------------------------------

/** invalid_parameters / invalid_lambda_parameters */
export function invalidParameters(p: Parser, lam: boolean): void {
  const mark = p.mark;
  // param_no_default* invalid_parameters_helper a=param_no_default
  many(p, () => paramNoDefault(p, lam));
  if (invalidParametersHelper(p, lam)) {
    const a = paramNoDefault(p, lam);
    if (a !== null) throw p.errorAt(a, "non-default argument follows default argument");
  }
  p.mark = mark;
  // param_no_default* a='(' param_no_default+ ','? b=')'
  many(p, () => paramNoDefault(p, lam));
  const lp = p.expectOp("(");
  if (lp) {
    let ok: boolean;
    if (lam) {
      // ','.lambda_param+
      ok = param(p, true) !== FAIL;
      if (ok) {
        for (;;) {
          const m = p.mark;
          if (!p.expectOp(",") || param(p, true) === FAIL) {
            p.mark = m;
            break;
          }
        }
      }
    } else {
      ok = many(p, () => paramNoDefault(p, false)).length > 0;
    }
    if (ok) {
      p.expectOp(",");
      const rp = p.expectOp(")");
      if (rp) {
        throw p.errorRange(lp, rp, lam ? "Lambda expression parameters cannot be parenthesized" : "Function parameters cannot be parenthesized");
      }
    }
  }
  p.mark = mark;
  // a="/" ','
  const slash = p.expectOp("/");
  if (slash && p.expectOp(",")) throw p.errorAt(slash, "at least one argument must precede /");
  p.mark = mark;
  // (slash_no_default | slash_with_default) param_maybe_default* a='/'
  if (slashNoDefault(p, lam) !== null || slashWithDefault(p, lam) !== null) {
    many(p, () => paramMaybeDefault(p, lam));
    const a = p.expectOp("/");
    if (a) throw p.errorAt(a, "/ may appear only once");
  }
  p.mark = mark;
  // (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default) param_maybe_default* a='/'
  if (slashNoDefault(p, lam) === null) slashWithDefault(p, lam);
  many(p, () => paramMaybeDefault(p, lam));
  if (p.expectOp("*")) {
    if (p.expectOp(",") || paramNoDefault(p, lam) !== null) {
      many(p, () => paramMaybeDefault(p, lam));
      const a = p.expectOp("/");
      if (a) throw p.errorAt(a, "/ must be ahead of *");
    }
  }
  p.mark = mark;
  // param_maybe_default+ '/' a='*'
  if (many(p, () => paramMaybeDefault(p, lam)).length && p.expectOp("/")) {
    const a = p.expectOp("*");
    if (a) throw p.errorAt(a, "expected comma between / and *");
  }
  p.mark = mark;
}

/** invalid_parameters_helper: slash_with_default | param_with_default+ */
function invalidParametersHelper(p: Parser, lam: boolean): boolean {
  if (slashWithDefault(p, lam) !== null) return true;
  return many(p, () => paramWithDefault(p, lam)).length > 0;
}

/** invalid_default: a='=' &(')'|',') */
export function invalidDefault(p: Parser): void {
  const mark = p.mark;
  const a = p.expectOp("=");
  if (a && (p.isOp(")") || p.isOp(","))) throw p.errorAt(a, "expected default value expression");
  p.mark = mark;
}

/** invalid_star_etc / invalid_lambda_star_etc */
export function invalidStarEtc(p: Parser, lam: boolean): void {
  const mark = p.mark;
  const term = lam ? ":" : ")";
  const star = p.expectOp("*");
  if (!star) return;
  // '*' (')' | ',' (')' | '**'))
  if (p.expectOp(term) || (p.expectOp(",") && (p.expectOp(term) || p.expectOp("**")))) {
    if (lam) throw p.error("named arguments must follow bare *");
    throw p.errorAt(star, "named arguments must follow bare *");
  }
  p.mark = mark + 1;
  // '*' param a='='
  if (param(p, lam) !== FAIL) {
    const a = p.expectOp("=");
    if (a) throw p.errorAt(a, "var-positional argument cannot have default value");
  }
  p.mark = mark + 1;
  // '*' (param_no_default | ',') param_maybe_default* a='*' (param_no_default | ',')
  if (paramNoDefault(p, lam) !== null || p.expectOp(",")) {
    many(p, () => paramMaybeDefault(p, lam));
    const a = p.expectOp("*");
    if (a && (paramNoDefault(p, lam) !== null || p.expectOp(","))) throw p.errorAt(a, "* argument may appear only once");
  }
  p.mark = mark;
}

/** invalid_kwds / invalid_lambda_kwds */
export function invalidKwds(p: Parser, lam: boolean): void {
  const mark = p.mark;
  if (!p.expectOp("**")) return;
  if (param(p, lam) !== FAIL) {
    const m = p.mark;
    const eq = p.expectOp("=");
    if (eq) throw p.errorAt(eq, "var-keyword argument cannot have default value");
    p.mark = m;
    if (p.expectOp(",")) {
      const m2 = p.mark;
      const a = param(p, lam);
      if (a !== FAIL) throw p.errorAt(a, "arguments cannot follow var-keyword argument");
      p.mark = m2;
      const t = p.peek();
      if (t.type === OP && (t.string === "*" || t.string === "**" || t.string === "/")) {
        p.mark++;
        throw p.errorAt(t, "arguments cannot follow var-keyword argument");
      }
    }
  }
  p.mark = mark;
}
