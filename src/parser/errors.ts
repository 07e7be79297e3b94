// SyntaxError type thrown by the tokenizer, parser and symtable pass, carrying the
// same fields as CPython's SyntaxError (msg, lineno, offset, end_lineno, end_offset, text).

export type SyntaxErrorKind = "SyntaxError" | "IndentationError" | "TabError";

export class PySyntaxError extends Error {
  pyType: SyntaxErrorKind;
  msg: string;
  filename: string;
  lineno: number;
  /** 1-based offset in characters (code points), as CPython's SyntaxError.offset. */
  offset: number;
  end_lineno: number;
  end_offset: number;
  /** The offending source line (usually with its trailing "\n"), or null. */
  text: string | null;
  /**
   * Internal: where the error came from. CPython lets tokenizer errors found while
   * scanning the rest of the file override parser errors, so the parser needs to know.
   */
  origin: "tokenizer" | "tokenizer-state" | "parser" | "symtable" = "parser";
  /**
   * The exception CPython would raise. Equal to pyType except for inputs too deeply
   * nested to handle, where CPython raises MemoryError (parser) or RecursionError
   * (symbol table / compiler) instead of a SyntaxError.
   */
  exceptionType: SyntaxErrorKind | "MemoryError" | "RecursionError" = "SyntaxError";

  constructor(
    pyType: SyntaxErrorKind,
    msg: string,
    filename: string,
    lineno: number,
    offset: number,
    end_lineno: number,
    end_offset: number,
    text: string | null,
  ) {
    super(`${msg} (${filename}, line ${lineno})`);
    this.name = pyType;
    this.pyType = pyType;
    this.exceptionType = pyType;
    this.msg = msg;
    this.filename = filename;
    this.lineno = lineno;
    this.offset = offset;
    this.end_lineno = end_lineno;
    this.end_offset = end_offset;
    this.text = text;
  }
}

/** UTF-8 length of the code unit range [from, to) of s. */
export function utf8Length(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/**
 * Convert a byte offset within `line` to a count of code points, mirroring
 * CPython's _PyPegen_byte_offset_to_character_offset: the offset is clamped to
 * len+1 and a partially covered multi-byte character counts as one.
 */
export function byteToCharOffset(line: string, byteOff: number): number {
  if (byteOff <= 0) return byteOff;
  const total = utf8Length(line, 0, line.length);
  if (byteOff > total + 1) byteOff = total + 1;
  let bytes = 0;
  let chars = 0;
  for (let i = 0; i < line.length && bytes < byteOff; i++) {
    const c = line.charCodeAt(i);
    let w: number;
    if (c < 0x80) w = 1;
    else if (c < 0x800) w = 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < line.length) {
      w = 4;
      i++;
    } else w = 3;
    bytes += w;
    chars++;
  }
  if (bytes < byteOff) chars += byteOff - bytes; // beyond the end: bytes beyond count one each
  return chars;
}

/** Number of code points in s[from, to). */
export function codePointLength(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** Error for inputs nested too deeply for the parser or symbol table (JS stack exhausted). */
export function tooComplexError(kind: "MemoryError" | "RecursionError", filename: string): PySyntaxError {
  const msg = kind === "MemoryError" ? "Parser stack overflowed - Python source too complex to parse"
    : "maximum recursion depth exceeded during compilation";
  const e = new PySyntaxError("SyntaxError", msg, filename, 1, 1, 1, 1, null);
  e.exceptionType = kind;
  return e;
}

/** Is `e` the JS engine's stack overflow? */
export function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && /call stack/i.test(e.message);
}
