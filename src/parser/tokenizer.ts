// Python 3.11 tokenizer, modelled on CPython's Parser/tokenizer.c: it reads the source a
// line at a time and yields tokens on demand (so error order matches CPython's lazy
// tokenizer), with byte-based columns, INDENT/DEDENT, paren levels and CPython's messages.

import { PySyntaxError, codePointLength, utf8Length, byteToCharOffset } from "./errors.ts";

export const ENDMARKER = 0;
export const NAME = 1;
export const NUMBER = 2;
export const STRING = 3;
export const NEWLINE = 4;
export const INDENT = 5;
export const DEDENT = 6;
export const OP = 7;
export const ERRORTOKEN = 8;

export const TOKEN_NAMES = ["ENDMARKER", "NAME", "NUMBER", "STRING", "NEWLINE", "INDENT", "DEDENT", "OP", "ERRORTOKEN"];

export interface Token {
  type: number;
  /** Source text of the token ("" for INDENT/DEDENT/ENDMARKER, "" for NEWLINE). */
  string: string;
  lineno: number;
  /** UTF-8 byte column; -1 for INDENT/DEDENT (as CPython). */
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
  /** Bracket nesting level after this token. */
  level: number;
  /** NAME token that is a hard keyword. */
  isKeyword: boolean;
  /** The token text is pure ASCII (NAME tokens then need no NFKC normalization). */
  ascii: boolean;
}

export const KEYWORDS = new Set([
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
  "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
  "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
]);

const EOF = -1;
const TABSIZE = 8;
const MAXINDENT = 100;
const MAXLEVEL = 200;

// First characters of two-character operators: != %= &= ** *= += -= -> // /= := << <= <> == >= >> @= ^= |=
const TWO_CHAR_FIRST: boolean[] = [];
for (const ch of "!%&*+-/:<=>@^|") TWO_CHAR_FIRST[ch.charCodeAt(0)] = true;

/** PyToken_TwoChars != OP. */
function isTwoCharOp(c: number, c2: number): boolean {
  if (c2 === 61) return true; // any of the first chars followed by '=' (including '==')
  switch (c) {
    case 42: return c2 === 42; // **
    case 45: return c2 === 62; // ->
    case 47: return c2 === 47; // //
    case 60: return c2 === 60 || c2 === 62; // << <>
    case 62: return c2 === 62; // >>
    default: return false;
  }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isXDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}
function isPotentialIdentifierStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128;
}
function isPotentialIdentifierChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c >= 128;
}

const XID_START = /\p{XID_Start}/u;
const XID_CONTINUE = /\p{XID_Continue}/u;
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** Py_UNICODE_ISPRINTABLE for one code point. */
export function isPrintable(cp: number): boolean {
  if (cp < 128) return cp >= 32 && cp !== 127;
  return !NON_PRINTABLE.test(String.fromCodePoint(cp));
}

export interface TokenizerOptions {
  /** Append a newline if the source does not end with one (CPython's exec input). */
  execInput?: boolean;
  /** Line number of the first line (CPython: starting tok->lineno + 1). */
  firstLineno?: number;
  /**
   * Parsing a real file in exec mode: CPython then quotes error lines by re-reading the
   * file (full line with its newline) instead of using the tokenizer's buffer.
   */
  fileInput?: boolean;
  /** For f-string sub-parsers: tokens on this line get startingColOffset added. */
  startingLineno?: number;
  startingColOffset?: number;
}

/** Tokenizer error codes that the parser reports itself (CPython's tok->done values). */
export type TokState = "ok" | "eof" | "error";

export class Tokenizer {
  readonly src: string;
  readonly filename: string;
  /** Index of the next character to read. */
  pos = 0;
  /** Start/end (exclusive, after "\n") of the line currently in the buffer. */
  lineStart = 0;
  lineEnd = 0;
  lineAscii = true;
  /**
   * Start of CPython's tok->buf: the first line of the token being read (a string or a
   * backslash continuation can span lines); parser errors quote the text from here.
   */
  bufStart = 0;
  private inToken = false;
  /** Line number of the line in the buffer (0 before the first line is read). */
  lineno: number;
  done: TokState = "ok";

  private atbol = true;
  private pendin = 0;
  private indstack: number[] = [0];
  private altindstack: number[] = [0];
  level = 0;
  parenstack: number[] = [];
  parenlinenostack: number[] = [];
  parencolstack: number[] = [];
  private startingLineno: number;
  private startingColOffset: number;
  private lineStarts: number[] | null = null;
  private firstLineno: number;
  private fileInput: boolean;
  // Multi-line string bookkeeping (CPython's first_lineno / multi_line_start).
  private firstLinenoOfTok = 0;
  private multiLineStart = 0;
  private multiLineAscii = true;

  constructor(source: string, filename: string, opts: TokenizerOptions = {}) {
    if (opts.execInput !== false && (source.length === 0 || source.charCodeAt(source.length - 1) !== 10)) {
      source += "\n";
    }
    this.src = source;
    this.filename = filename;
    this.firstLineno = opts.firstLineno ?? 1;
    this.fileInput = opts.fileInput ?? false;
    this.lineno = this.firstLineno - 1;
    this.startingLineno = opts.startingLineno ?? 0;
    this.startingColOffset = opts.startingColOffset ?? 0;
  }

  // ---- character level -----------------------------------------------------

  private nextc(): number {
    if (this.pos < this.lineEnd) return this.src.charCodeAt(this.pos++);
    if (this.done !== "ok") return EOF;
    const src = this.src;
    if (this.pos >= src.length) {
      this.done = "eof";
      return EOF;
    }
    // Read the next line into the "buffer".
    const start = this.pos;
    let end = src.indexOf("\n", start);
    end = end < 0 ? src.length : end + 1;
    let ascii = true;
    for (let i = start; i < end; i++) {
      if (src.charCodeAt(i) >= 128) {
        ascii = false;
        break;
      }
    }
    this.lineStart = start;
    this.lineEnd = end;
    this.lineAscii = ascii;
    if (!this.inToken) this.bufStart = start;
    this.lineno++;
    return src.charCodeAt(this.pos++);
  }

  private backup(c: number): void {
    if (c !== EOF) this.pos--;
  }

  /** Byte column of char index `idx` on the line starting at `ls`. */
  private byteCol(ls: number, idx: number, ascii: boolean): number {
    return ascii ? idx - ls : utf8Length(this.src, ls, idx);
  }

  /** Byte column of the current read position (CPython: tok->cur - tok->line_start). */
  curByteCol(): number {
    return this.byteCol(this.lineStart, this.pos, this.lineAscii);
  }

  /** The line(s) currently in CPython's buffer, including the newline. */
  currentLine(): string {
    return this.src.slice(this.bufStart, this.lineEnd);
  }

  private getLineStarts(): number[] {
    if (!this.lineStarts) {
      const ls = [0];
      const s = this.src;
      for (let i = s.indexOf("\n"); i >= 0 && i + 1 < s.length; i = s.indexOf("\n", i + 1)) ls.push(i + 1);
      this.lineStarts = ls;
    }
    return this.lineStarts;
  }

  /** Number of lines in the source. */
  lineCount(): number {
    return this.src.length ? this.getLineStarts().length : 0;
  }

  /** Source line `lineno` without its newline ("" if out of range). */
  lineText(lineno: number): string {
    this.getLineStarts();
    const idx = lineno - this.firstLineno;
    if (idx < 0 || idx >= this.lineStarts!.length) return "";
    const start = this.lineStarts![idx];
    let end = this.src.indexOf("\n", start);
    if (end < 0) end = this.src.length;
    return this.src.slice(start, end);
  }

  // ---- errors --------------------------------------------------------------

  /** CPython's tokenizer syntaxerror(): location is the current position. */
  private syntaxError(msg: string, colOffset = -1, endColOffset = -1, pyType: "SyntaxError" | "IndentationError" = "SyntaxError"): PySyntaxError {
    const ls = this.lineStart;
    let nl = this.src.indexOf("\n", ls);
    if (nl < 0) nl = this.src.length;
    const text = this.src.slice(ls, nl);
    if (colOffset === -1) colOffset = codePointLength(this.src, ls, Math.min(this.pos, this.src.length));
    if (endColOffset === -1) endColOffset = colOffset;
    this.done = "error";
    const e = new PySyntaxError(pyType, msg, this.filename, this.lineno, colOffset, this.lineno, endColOffset, text);
    e.origin = "tokenizer";
    return e;
  }

  /**
   * Errors CPython's tokenizer only signals through tok->done and that the parser turns
   * into exceptions (tokenizer_error in pegen.c); `lastTokCol` is the column the parser
   * would use for RAISE_SYNTAX_ERROR on the error token.
   */
  private stateError(kind: "dedent" | "tabspace" | "toodeep" | "linecont" | "eof"): PySyntaxError {
    let e: PySyntaxError;
    const line = this.currentLine();
    if (kind === "eof" && this.level > 0) {
      e = this.unclosedParenError();
    } else if (kind === "dedent" || kind === "eof") {
      // Error token has no position: CPython uses tok->cur (here: end of line).
      const col = this.curByteCol();
      const msg = kind === "dedent" ? "unindent does not match any outer indentation level" : "unexpected EOF while parsing";
      e = new PySyntaxError(kind === "dedent" ? "IndentationError" : "SyntaxError", msg, this.filename, this.lineno,
        byteToCharOffset(line, col), this.lineno, -1, line);
    } else if (kind === "linecont") {
      // CPython measures from tok->buf (the start of a multi-line token's first line).
      const col = utf8Length(this.src, this.bufStart, this.pos) - 1 + 1;
      e = new PySyntaxError("SyntaxError", "unexpected character after line continuation character", this.filename,
        this.lineno, byteToCharOffset(line, col), this.lineno, 0, line);
    } else {
      const tab = kind === "tabspace";
      e = new PySyntaxError(tab ? "TabError" : "IndentationError",
        tab ? "inconsistent use of tabs and spaces in indentation" : "too many levels of indentation",
        this.filename, this.lineno, 1, this.lineno, 0, line);
    }
    e.origin = "tokenizer-state";
    this.done = "error";
    return e;
  }

  /** "'(' was never closed" for the innermost open bracket. */
  unclosedParenError(): PySyntaxError {
    const lvl = this.level - 1;
    const lineno = this.parenlinenostack[lvl];
    const text = this.errorLine(lineno);
    const e = new PySyntaxError("SyntaxError", `'${String.fromCharCode(this.parenstack[lvl])}' was never closed`,
      this.filename, lineno, byteToCharOffset(text, this.parencolstack[lvl] + 1), lineno, 0, text);
    return e;
  }

  /**
   * The source line CPython attaches to a parser error on `lineno`: the tokenizer's
   * current buffer (with newline) when the error is on or after it, else the line
   * from the source without its newline.
   */
  errorLine(lineno: number): string {
    if (this.fileInput && lineno >= this.firstLineno && lineno < this.firstLineno + this.lineCount()) {
      return this.lineText(lineno) + "\n";
    }
    if (this.lineno <= lineno && this.lineEnd > this.lineStart) return this.currentLine();
    return this.lineText(lineno);
  }

  // ---- tokens --------------------------------------------------------------

  private make(type: number, start: number, end: number, startLs: number, startAscii: boolean, lineno: number): Token {
    let col = this.byteCol(startLs, start, startAscii);
    let endCol = this.byteCol(this.lineStart, end, this.lineAscii);
    if (this.lineno === this.startingLineno) {
      col += this.startingColOffset;
      endCol += this.startingColOffset;
    }
    return {
      type,
      string: this.src.slice(start, end),
      lineno,
      col_offset: col,
      end_lineno: this.lineno,
      end_col_offset: endCol,
      level: this.level,
      isKeyword: false,
      ascii: startAscii && this.lineAscii,
    };
  }

  private noPosToken(type: number): Token {
    return {
      type, string: "", lineno: this.lineno, col_offset: -1, end_lineno: this.lineno, end_col_offset: -1,
      level: this.level, isKeyword: false, ascii: true,
    };
  }

  /** Queue DEDENTs for all open indentation levels (interactive end of input). */
  impliedDedents(): void {
    this.pendin = -(this.indstack.length - 1);
    this.indstack.length = 1;
    this.altindstack.length = 1;
  }

  /** Reads "\\\n" continuation; returns the next char or throws. */
  private continuationLine(): number {
    let c = this.nextc();
    if (c !== 10) {
      throw this.stateError("linecont");
    }
    c = this.nextc();
    if (c === EOF) {
      this.pos = this.lineEnd;
      throw this.stateError("eof");
    }
    this.backup(c);
    return c;
  }

  /** Produce the next token (throws PySyntaxError on tokenizer errors). */
  next(): Token {
    let c: number;
    let blankline = false;
    nextline: for (;;) {
      blankline = false;
      this.inToken = false;
      // Indentation at the beginning of a line.
      if (this.atbol) {
        let col = 0;
        let altcol = 0;
        this.atbol = false;
        let contLineCol = 0;
        for (;;) {
          c = this.nextc();
          if (c === 32) {
            col++;
            altcol++;
          } else if (c === 9) {
            col = (Math.floor(col / TABSIZE) + 1) * TABSIZE;
            altcol = altcol + 1;
          } else if (c === 12) {
            col = altcol = 0;
          } else if (c === 92) {
            contLineCol = contLineCol ? contLineCol : col;
            c = this.continuationLine();
          } else {
            break;
          }
        }
        this.backup(c);
        if (c === 35 || c === 10) {
          blankline = true;
        }
        if (!blankline && this.level === 0) {
          if (contLineCol) {
            col = contLineCol;
            altcol = contLineCol;
          }
          const ind = this.indstack.length - 1;
          if (col === this.indstack[ind]) {
            if (altcol !== this.altindstack[ind]) throw this.stateError("tabspace");
          } else if (col > this.indstack[ind]) {
            if (ind + 1 >= MAXINDENT) {
              this.pos = this.lineEnd;
              throw this.stateError("toodeep");
            }
            if (altcol <= this.altindstack[ind]) throw this.stateError("tabspace");
            this.pendin++;
            this.indstack.push(col);
            this.altindstack.push(altcol);
          } else {
            while (this.indstack.length > 1 && col < this.indstack[this.indstack.length - 1]) {
              this.pendin--;
              this.indstack.pop();
              this.altindstack.pop();
            }
            if (col !== this.indstack[this.indstack.length - 1]) {
              this.pos = this.lineEnd;
              throw this.stateError("dedent");
            }
            if (altcol !== this.altindstack[this.altindstack.length - 1]) throw this.stateError("tabspace");
          }
        }
      }

      if (this.pendin !== 0) {
        if (this.pendin < 0) {
          this.pendin++;
          return this.noPosToken(DEDENT);
        }
        this.pendin--;
        return this.noPosToken(INDENT);
      }

      again: for (;;) {
        // Skip spaces.
        this.inToken = false;
        {
          const src = this.src;
          const end = this.lineEnd;
          let i = this.pos;
          while (i < end) {
            const d = src.charCodeAt(i);
            if (d !== 32 && d !== 9 && d !== 12) break;
            i++;
          }
          this.pos = i;
        }
        do {
          c = this.nextc();
        } while (c === 32 || c === 9 || c === 12);
        this.inToken = true;
        const start = c === EOF ? this.pos : this.pos - 1;

        // Comments.
        if (c === 35) {
          const nl = this.src.indexOf("\n", this.pos);
          if (nl >= 0 && nl < this.lineEnd) this.pos = nl;
          while (c !== EOF && c !== 10) c = this.nextc();
        }

        if (c === EOF) {
          if (this.level) {
            // CPython returns ERRORTOKEN with tok->done == E_EOF.
            throw this.stateError("eof");
          }
          // CPython gives ENDMARKER no position (col -1).
          return this.noPosToken(ENDMARKER);
        }

        // Identifiers, keywords and prefixed strings.
        if (isPotentialIdentifierStart(c)) {
          let sawB = false, sawR = false, sawU = false, sawF = false;
          for (;;) {
            if (!(sawB || sawU || sawF) && (c === 98 || c === 66)) sawB = true;
            else if (!(sawB || sawU || sawR || sawF) && (c === 117 || c === 85)) sawU = true;
            else if (!(sawR || sawU) && (c === 114 || c === 82)) sawR = true;
            else if (!(sawF || sawB || sawU) && (c === 102 || c === 70)) sawF = true;
            else break;
            c = this.nextc();
            if (c === 34 || c === 39) return this.stringToken(c, start);
          }
          let nonascii = c >= 128;
          if (isPotentialIdentifierChar(c)) {
            // Scan the rest of the name directly (it cannot span lines).
            const src = this.src;
            const end = this.lineEnd;
            let i = this.pos;
            while (i < end) {
              const d = src.charCodeAt(i);
              if (!isPotentialIdentifierChar(d)) break;
              if (d >= 128) nonascii = true;
              i++;
            }
            this.pos = i;
          } else {
            this.backup(c);
          }
          if (nonascii) this.verifyIdentifier(start);
          const t = this.make(NAME, start, this.pos, this.lineStart, this.lineAscii, this.lineno);
          t.isKeyword = KEYWORDS.has(t.string);
          return t;
        }

        // Newline.
        if (c === 10) {
          this.atbol = true;
          if (blankline || this.level > 0) continue nextline;
          const t = this.make(NEWLINE, start, this.pos - 1, this.lineStart, this.lineAscii, this.lineno);
          t.string = "";
          return t;
        }

        // Period or number starting with a period.
        if (c === 46) {
          c = this.nextc();
          if (isDigit(c)) {
            return this.numberToken(start, "fraction", c);
          } else if (c === 46) {
            c = this.nextc();
            if (c === 46) {
              return this.make(OP, start, this.pos, this.lineStart, this.lineAscii, this.lineno);
            }
            this.backup(c);
            this.backup(46);
          } else {
            this.backup(c);
          }
          return this.make(OP, start, this.pos, this.lineStart, this.lineAscii, this.lineno);
        }

        if (isDigit(c)) return this.numberToken(start, "start", c);

        if (c === 34 || c === 39) return this.stringToken(c, start);

        // Line continuation.
        if (c === 92) {
          this.continuationLine();
          continue again;
        }

        // Two- and three-character operators.
        if (TWO_CHAR_FIRST[c]) {
          const c2 = this.nextc();
          if (c2 !== EOF && isTwoCharOp(c, c2)) {
            const c3 = this.nextc();
            if (c3 === 61 && (c === 42 || c === 47 || c === 60 || c === 62) && c === c2) {
              // **=  //=  <<=  >>=
              return this.make(OP, start, this.pos, this.lineStart, this.lineAscii, this.lineno);
            }
            this.backup(c3);
            return this.make(OP, start, this.pos, this.lineStart, this.lineAscii, this.lineno);
          }
          this.backup(c2);
        }

        // Bracket nesting.
        if (c === 40 || c === 91 || c === 123) {
          if (this.level >= MAXLEVEL) throw this.syntaxError("too many nested parentheses");
          this.parenstack[this.level] = c;
          this.parenlinenostack[this.level] = this.lineno;
          this.parencolstack[this.level] = this.byteCol(this.lineStart, start, this.lineAscii);
          this.level++;
        } else if (c === 41 || c === 93 || c === 125) {
          if (!this.level) throw this.syntaxError(`unmatched '${String.fromCharCode(c)}'`);
          this.level--;
          const opening = this.parenstack[this.level];
          if (!((opening === 40 && c === 41) || (opening === 91 && c === 93) || (opening === 123 && c === 125))) {
            const oc = String.fromCharCode(opening);
            const cc = String.fromCharCode(c);
            if (this.parenlinenostack[this.level] !== this.lineno) {
              throw this.syntaxError(`closing parenthesis '${cc}' does not match opening parenthesis '${oc}' on line ${this.parenlinenostack[this.level]}`);
            }
            throw this.syntaxError(`closing parenthesis '${cc}' does not match opening parenthesis '${oc}'`);
          }
        }

        if (c < 128 && !isPrintable(c)) {
          throw this.syntaxError(`invalid non-printable character U+${hex4(c)}`);
        }
        if (c === 0) throw this.syntaxError("source code cannot contain null bytes");
        return this.make(OP, start, this.pos, this.lineStart, this.lineAscii, this.lineno);
      }
    }
  }

  /** CPython's verify_identifier: report the first char that is not XID. */
  private verifyIdentifier(start: number): void {
    const s = this.src.slice(start, this.pos);
    let i = 0;
    let first = true;
    while (i < s.length) {
      const cp = s.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      const ok = first ? cp === 95 || XID_START.test(ch) : XID_CONTINUE.test(ch);
      if (!ok) {
        this.pos = start + i + ch.length;
        if (isPrintable(cp)) throw this.syntaxError(`invalid character '${ch}' (U+${hex4(cp)})`);
        throw this.syntaxError(`invalid non-printable character U+${hex4(cp)}`);
      }
      first = false;
      i += ch.length;
    }
  }

  private lookahead(test: string): boolean {
    // Read ahead len(test) chars and compare, then restore (CPython's lookahead()).
    const save = this.pos;
    let ok = true;
    for (let i = 0; i < test.length; i++) {
      const c = this.nextc();
      if (c !== test.charCodeAt(i)) {
        ok = false;
        break;
      }
    }
    if (ok) {
      const c = this.nextc();
      ok = !isPotentialIdentifierChar(c);
    }
    this.pos = save;
    return ok;
  }

  /** verify_end_of_number: a number directly followed by an identifier char is an error. */
  private verifyEndOfNumber(c: number, kind: string): void {
    let r = false;
    if (c === 97) r = this.lookahead("nd");
    else if (c === 101) r = this.lookahead("lse");
    else if (c === 102) r = this.lookahead("or");
    else if (c === 105) {
      const c2 = this.nextc();
      if (c2 === 102 || c2 === 110 || c2 === 115) r = true;
      this.backup(c2);
    } else if (c === 111) r = this.lookahead("r");
    else if (c === 110) r = this.lookahead("ot");
    if (r) return; // CPython only warns here (a keyword follows)
    if (isPotentialIdentifierChar(c)) {
      this.backup(c);
      throw this.syntaxError(`invalid ${kind} literal`);
    }
  }

  private decimalTail(): number {
    let c: number;
    for (;;) {
      do {
        c = this.nextc();
      } while (isDigit(c));
      if (c !== 95) break;
      c = this.nextc();
      if (!isDigit(c)) {
        this.backup(c);
        throw this.syntaxError("invalid decimal literal");
      }
    }
    return c;
  }

  private numberToken(start: number, entry: "start" | "fraction", c: number): Token {
    let state: "fraction" | "exponent" | "imaginary" | "end" | "float" = "end";
    if (entry === "fraction") {
      state = "fraction";
    } else if (c === 48) {
      c = this.nextc();
      if (c === 120 || c === 88) {
        c = this.nextc();
        do {
          if (c === 95) c = this.nextc();
          if (!isXDigit(c)) {
            this.backup(c);
            throw this.syntaxError("invalid hexadecimal literal");
          }
          do {
            c = this.nextc();
          } while (isXDigit(c));
        } while (c === 95);
        this.verifyEndOfNumber(c, "hexadecimal");
      } else if (c === 111 || c === 79) {
        c = this.nextc();
        do {
          if (c === 95) c = this.nextc();
          if (c < 48 || c >= 56) {
            if (isDigit(c)) throw this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in octal literal`);
            this.backup(c);
            throw this.syntaxError("invalid octal literal");
          }
          do {
            c = this.nextc();
          } while (c >= 48 && c < 56);
        } while (c === 95);
        if (isDigit(c)) throw this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in octal literal`);
        this.verifyEndOfNumber(c, "octal");
      } else if (c === 98 || c === 66) {
        c = this.nextc();
        do {
          if (c === 95) c = this.nextc();
          if (c !== 48 && c !== 49) {
            if (isDigit(c)) throw this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in binary literal`);
            this.backup(c);
            throw this.syntaxError("invalid binary literal");
          }
          do {
            c = this.nextc();
          } while (c === 48 || c === 49);
        } while (c === 95);
        if (isDigit(c)) throw this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in binary literal`);
        this.verifyEndOfNumber(c, "binary");
      } else {
        let nonzero = false;
        for (;;) {
          if (c === 95) {
            c = this.nextc();
            if (!isDigit(c)) {
              this.backup(c);
              throw this.syntaxError("invalid decimal literal");
            }
          }
          if (c !== 48) break;
          c = this.nextc();
        }
        const zerosEnd = this.pos;
        if (isDigit(c)) {
          nonzero = true;
          c = this.decimalTail();
        }
        if (c === 46) {
          c = this.nextc();
          state = "fraction";
        } else if (c === 101 || c === 69) {
          state = "exponent";
        } else if (c === 106 || c === 74) {
          state = "imaginary";
        } else if (nonzero) {
          this.backup(c);
          const ls = this.lineStart;
          throw this.syntaxError(
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
            utf8Length(this.src, ls, start) + 1, utf8Length(this.src, ls, zerosEnd));
        } else {
          this.verifyEndOfNumber(c, "decimal");
        }
      }
    } else {
      c = this.decimalTail();
      if (c === 46) {
        c = this.nextc();
        state = "fraction";
      } else {
        state = "float";
      }
    }

    if (state !== "end") {
      if (state === "fraction") {
        if (isDigit(c)) c = this.decimalTail();
        state = "float";
      }
      if (state === "float" && (c === 101 || c === 69)) state = "exponent";
      if (state === "exponent") {
        const e = c;
        c = this.nextc();
        if (c === 43 || c === 45) {
          c = this.nextc();
          if (!isDigit(c)) {
            this.backup(c);
            throw this.syntaxError("invalid decimal literal");
          }
        } else if (!isDigit(c)) {
          this.backup(c);
          this.verifyEndOfNumber(e, "decimal");
          this.backup(e);
          return this.make(NUMBER, start, this.pos, this.lineStart, this.lineAscii, this.lineno);
        }
        c = this.decimalTail();
        state = "float";
      }
      if (state === "imaginary" || c === 106 || c === 74) {
        c = this.nextc();
        this.verifyEndOfNumber(c, "imaginary");
      } else {
        this.verifyEndOfNumber(c, "decimal");
      }
    }
    this.backup(c);
    return this.make(NUMBER, start, this.pos, this.lineStart, this.lineAscii, this.lineno);
  }

  private stringToken(quote: number, start: number): Token {
    let quoteSize = 1;
    let endQuoteSize = 0;
    this.firstLinenoOfTok = this.lineno;
    this.multiLineStart = this.lineStart;
    this.multiLineAscii = this.lineAscii;
    let c = this.nextc();
    if (c === quote) {
      c = this.nextc();
      if (c === quote) quoteSize = 3;
      else endQuoteSize = 1;
    }
    if (c !== quote) this.backup(c);
    const src = this.src;
    while (endQuoteSize !== quoteSize) {
      // Fast path: skip ordinary characters of the current line.
      if (endQuoteSize === 0) {
        let i = this.pos;
        const end = this.lineEnd;
        while (i < end) {
          const d = src.charCodeAt(i);
          if (d === quote || d === 92 || d === 10) break;
          i++;
        }
        this.pos = i;
      }
      c = this.nextc();
      if (c === EOF || (quoteSize === 1 && c === 10)) {
        // Report from the opening quote (CPython moves its cursor back there).
        const detected = this.lineno;
        this.pos = start + 1;
        this.lineStart = this.multiLineStart;
        this.lineno = this.firstLinenoOfTok;
        if (quoteSize === 3) {
          throw this.syntaxError(`unterminated triple-quoted string literal (detected at line ${detected})`);
        }
        throw this.syntaxError(`unterminated string literal (detected at line ${detected})`);
      }
      if (c === quote) {
        endQuoteSize++;
      } else {
        endQuoteSize = 0;
        if (c === 92) this.nextc();
      }
    }
    return this.make(STRING, start, this.pos, this.multiLineStart, this.multiLineAscii, this.firstLinenoOfTok);
  }
}

function hex4(cp: number): string {
  const h = cp.toString(16).toUpperCase();
  return h.length < 4 ? "0".repeat(4 - h.length) + h : h;
}

/** Convenience: tokenize a whole source (mainly for tests/debugging). */
export function tokenize(source: string, filename = "<string>"): Token[] {
  const tk = new Tokenizer(source, filename);
  const out: Token[] = [];
  for (;;) {
    const t = tk.next();
    out.push(t);
    if (t.type === ENDMARKER) break;
  }
  return out;
}
