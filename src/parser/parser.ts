// Entry point of the pygil parser: parse(source, filename, mode) -> Module/Expression/
// Interactive AST. Runs CPython's two-pass strategy (fast pass, then a pass with the
// invalid_* rules for precise messages) and its error-reporting rules.

import { PySyntaxError, tooComplexError, isStackOverflow } from "./errors.ts";
import { Tokenizer, ENDMARKER, NEWLINE, INDENT, DEDENT } from "./tokenizer.ts";
import { Parser, FAIL, type Node, type ParseMode } from "./parser_core.ts";
import { statements, statementNewline } from "./parser_stmt.ts";
import { expressions, starExpressions } from "./parser_expr.ts";
import type { Module, Expression, Interactive } from "./ast.ts";

export { PySyntaxError } from "./errors.ts";

/**
 * Parse Python 3.11 source into an AST (plain objects, see ast.ts).
 * Throws PySyntaxError (SyntaxError / IndentationError / TabError) like CPython's compile().
 */
export function parse(source: string, filename: string, mode: "exec"): Module;
export function parse(source: string, filename: string, mode: "eval"): Expression;
export function parse(source: string, filename: string, mode: "single"): Interactive;
export function parse(source: string, filename?: string, mode?: "exec" | "eval" | "single"): Module | Expression | Interactive;
export function parse(source: string, filename = "<unknown>", mode: "exec" | "eval" | "single" = "exec"): any {
  if (source.indexOf("\r") >= 0) source = source.replace(/\r\n?/g, "\n");
  if (source.indexOf("\0") >= 0) {
    throw new PySyntaxError("SyntaxError", "source code string cannot contain null bytes", filename, 1, 1, 1, 1, null);
  }
  const p = new Parser(source, filename, mode);
  let mod: any;
  try {
    mod = runParser(p);
  } catch (e) {
    if (isStackOverflow(e)) throw tooComplexError("MemoryError", filename);
    throw e;
  }
  moduleSources.set(mod, p.tk);
  return mod;
}

/** Tokenizer (hence source text) of each parsed module, for later error messages. */
const moduleSources = new WeakMap<object, Tokenizer>();

/** Source line `lineno` (with "\n") of a module returned by parse(), or null if unknown. */
export function sourceLine(mod: object, lineno: number): string | null {
  const tk = moduleSources.get(mod);
  if (!tk) return null;
  return tk.lineText(lineno) + "\n";
}

/** Parse the expression of an f-string replacement field ("(" + expr + ")"). */
export function parseFstringExpression(parent: Parser, src: string, lineno: number, colOffset: number): Node {
  const tk = new Tokenizer(src, parent.filename, {
    execInput: true, firstLineno: lineno, startingLineno: lineno, startingColOffset: colOffset,
  });
  const p = new Parser(src, parent.filename, "fstring", tk);
  p.startingLineno = lineno;
  p.startingColOffset = colOffset;
  return runParser(p);
}

function startRule(p: Parser): Node {
  switch (p.mode as ParseMode) {
    case "exec": {
      const a = statements(p);
      if (p.expectType(ENDMARKER)) return { _type: "Module", body: a ?? [], type_ignores: [] };
      return FAIL;
    }
    case "eval": {
      const a = expressions(p);
      if (a === FAIL) return FAIL;
      while (p.expectType(NEWLINE)) { /* NEWLINE* */ }
      if (p.expectType(ENDMARKER)) return { _type: "Expression", body: a };
      return FAIL;
    }
    case "single": {
      const a = statementNewline(p);
      if (a === null) return FAIL;
      return { _type: "Interactive", body: a };
    }
    case "fstring":
      return starExpressions(p);
  }
}

function isTokenizerError(e: PySyntaxError): boolean {
  return e.origin === "tokenizer" || e.origin === "tokenizer-state";
}

/** _PyPegen_run_parser */
function runParser(p: Parser): Node {
  let res: Node = FAIL;
  try {
    res = startRule(p);
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    if (isTokenizerError(e)) throw e;
    // A parser error in the first pass: the second pass stops at once in CPython.
    throw checkRestOfSource(p, e);
  }
  if (res !== FAIL) {
    if (p.mode === "single" && badSingleStatement(p)) {
      throw p.error("multiple statements found while compiling a single statement");
    }
    return res;
  }
  const lastToken = p.tokens[p.tokens.length - 1];
  // Second pass with the invalid_* rules enabled.
  p.clearMemo();
  p.mark = 0;
  p.callInvalidRules = true;
  try {
    startRule(p);
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    if (isTokenizerError(e)) throw e;
    throw checkRestOfSource(p, e);
  }
  // _PyPegen_set_syntax_error
  if (lastToken.type === INDENT || lastToken.type === DEDENT) {
    throw p.error(lastToken.type === INDENT ? "unexpected indent" : "unexpected unindent", "IndentationError");
  }
  const err = p.errorKnownLocation("SyntaxError", "invalid syntax", lastToken.lineno, lastToken.col_offset,
    lastToken.end_lineno, lastToken.end_col_offset);
  throw checkRestOfSource(p, err);
}

/**
 * _PyPegen_tokenize_full_source_to_check_for_errors: tokenize the rest of the input; a
 * tokenizer error there replaces the parser's error, and so does an unclosed bracket
 * opened on an earlier line than the error.
 */
function checkRestOfSource(p: Parser, err: PySyntaxError): PySyntaxError {
  const currentErrLine = p.tokens.length ? p.tokens[p.tokens.length - 1].lineno : 0;
  const tk = p.tk;
  try {
    for (;;) {
      const t = tk.next();
      if (t.type === ENDMARKER) break;
    }
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    // A real tokenizer error (not just an end-of-input state) wins.
    if (e.origin === "tokenizer") return e;
    if (tk.level !== 0) {
      const parenLine = tk.parenlinenostack[tk.level - 1];
      if (currentErrLine > parenLine) return tk.unclosedParenError();
    }
  }
  return err;
}

/** bad_single_statement: anything but blanks/comments left after the statement. */
function badSingleStatement(p: Parser): boolean {
  const src = p.tk.src;
  let i = p.tk.pos;
  for (;;) {
    while (i < src.length) {
      const c = src.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 12) i++;
      else break;
    }
    if (i >= src.length) return false;
    if (src.charCodeAt(i) !== 35) return true;
    while (i < src.length && src.charCodeAt(i) !== 10) i++;
  }
}
