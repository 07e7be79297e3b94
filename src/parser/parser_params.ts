// invalid_* rules for function and lambda parameter lists (CPython 3.11 wording:
// "non-default argument follows default argument", "* argument may appear only once", ...).

import { Parser, FAIL } from "./parser_core.ts";
import {
  many, param, paramNoDefault, paramWithDefault, paramMaybeDefault, slashNoDefault, slashWithDefault,
} from "./parser_expr.ts";

/** invalid_parameters / invalid_lambda_parameters */
export function invalidParameters(p: Parser, lam: boolean): void {
  const mark = p.mark;
  // param_no_default* invalid_parameters_helper a=param_no_default
  many(p, () => paramNoDefault(p, lam));
  if (invalidParametersHelper(p, lam)) {
    const start = p.peek();
    const a = paramNoDefault(p, lam);
    if (a !== null) {
      throw p.errorAt(lam ? a : a, "non-default argument follows default argument");
    }
    void start;
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
      if (t.type === 7 && (t.string === "*" || t.string === "**" || t.string === "/")) {
        p.mark++;
        throw p.errorAt(t, "arguments cannot follow var-keyword argument");
      }
    }
  }
  p.mark = mark;
}
