// ast.dump() for pygil AST nodes, reproducing CPython 3.11's output byte for byte
// (field order, omitted None-valued optional fields, Python repr of constants).

import { FIELDS, OPTIONAL_FIELDS, ATTRIBUTES } from "./ast.ts";

export interface DumpOptions {
  annotateFields?: boolean;
  includeAttributes?: boolean;
  /** Like ast.dump(indent=...): a number of spaces or an indent string. */
  indent?: number | string | null;
}

const optionalSets: Record<string, Set<string>> = {};
for (const [k, v] of Object.entries(OPTIONAL_FIELDS)) optionalSets[k] = new Set(v);

/** Python's ast.dump(node) with default arguments (or the given options). */
export function dump(node: unknown, opts: DumpOptions = {}): string {
  const annotate = opts.annotateFields ?? true;
  const includeAttrs = opts.includeAttributes ?? false;
  const indent = opts.indent === undefined || opts.indent === null ? null
    : typeof opts.indent === "number" ? " ".repeat(opts.indent) : opts.indent;

  function fmt(v: any, level: number): [string, boolean] {
    let prefix = "";
    let sep = ", ";
    if (indent !== null) {
      level++;
      prefix = "\n" + indent.repeat(level);
      sep = ",\n" + indent.repeat(level);
    }
    if (Array.isArray(v)) {
      if (v.length === 0) return ["[]", true];
      return ["[" + prefix + v.map((x) => fmt(x, level)[0]).join(sep) + "]", false];
    }
    if (v !== null && typeof v === "object" && typeof v._type === "string") {
      const type: string = v._type;
      const fields = FIELDS[type] ?? [];
      const opt = optionalSets[type];
      const args: string[] = [];
      let allsimple = true;
      let keywords = annotate;
      for (const name of fields) {
        const val = v[name];
        if (val === undefined) {
          keywords = true;
          continue;
        }
        if (val === null && opt && opt.has(name)) {
          keywords = true;
          continue;
        }
        const [s, simple] = name === "value" && type === "Constant" ? [pyRepr(val), true] : fmt(val, level);
        allsimple = allsimple && simple;
        args.push(keywords ? `${name}=${s}` : s);
      }
      if (includeAttrs) {
        for (const name of ATTRIBUTES[type] ?? []) {
          const val = v[name];
          if (val === undefined || val === null) continue;
          const [s, simple] = fmt(val, level);
          allsimple = allsimple && simple;
          args.push(`${name}=${s}`);
        }
      }
      if (allsimple && args.length <= 3) return [`${type}(${args.join(", ")})`, args.length === 0];
      return [`${type}(${prefix}${args.join(sep)})`, false];
    }
    return [pyRepr(v), true];
  }
  return fmt(node, 0)[0];
}

// ---------------------------------------------------------------------------
// Python repr() of constant values
// ---------------------------------------------------------------------------

const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

function hex(n: number, width: number): string {
  const h = n.toString(16);
  return h.length < width ? "0".repeat(width - h.length) + h : h;
}

/** repr() of a Python str. */
export function reprStr(s: string): string {
  const quote = s.indexOf("'") >= 0 && s.indexOf('"') < 0 ? '"' : "'";
  let out = quote;
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (cp === 92) out += "\\\\";
    else if (cp === quote.charCodeAt(0)) out += "\\" + quote;
    else if (cp === 9) out += "\\t";
    else if (cp === 10) out += "\\n";
    else if (cp === 13) out += "\\r";
    else if (cp < 32 || cp === 127) out += "\\x" + hex(cp, 2);
    else if (cp < 127) out += String.fromCharCode(cp);
    else {
      const ch = String.fromCodePoint(cp);
      if (cp !== 32 && NON_PRINTABLE.test(ch)) {
        if (cp <= 0xff) out += "\\x" + hex(cp, 2);
        else if (cp <= 0xffff) out += "\\u" + hex(cp, 4);
        else out += "\\U" + hex(cp, 8);
      } else out += ch;
    }
  }
  return out + quote;
}

/** repr() of Python bytes. */
export function reprBytes(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 39) hasSingle = true;
    else if (c === 34) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? 34 : 39;
  let out = "b" + String.fromCharCode(quote);
  for (const c of b) {
    if (c === quote || c === 92) out += "\\" + String.fromCharCode(c);
    else if (c === 9) out += "\\t";
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c < 32 || c >= 127) out += "\\x" + hex(c, 2);
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(quote);
}

/** Python's float repr (repr style 'r'); `addDot0` false gives complex-part formatting. */
export function reprFloat(x: number, addDot0 = true): string {
  if (Number.isNaN(x)) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return (Object.is(x, -0) ? "-0" : "0") + (addDot0 ? ".0" : "");
  const neg = x < 0;
  const e = Math.abs(x).toExponential();
  const ePos = e.indexOf("e");
  const digits = e.slice(0, ePos).replace(".", "");
  const exp = parseInt(e.slice(ePos + 1), 10);
  const decpt = exp + 1;
  let s: string;
  if (decpt <= -4 || decpt > 16) {
    const mant = digits.length > 1 ? digits[0] + "." + digits.slice(1) : digits;
    const ex = Math.abs(exp);
    s = mant + "e" + (exp < 0 ? "-" : "+") + (ex < 10 ? "0" + ex : String(ex));
  } else if (decpt <= 0) {
    s = "0." + "0".repeat(-decpt) + digits;
  } else if (decpt >= digits.length) {
    s = digits + "0".repeat(decpt - digits.length) + (addDot0 ? ".0" : "");
  } else {
    s = digits.slice(0, decpt) + "." + digits.slice(decpt);
  }
  return neg ? "-" + s : s;
}

/** repr() of a constant value in pygil's representation. */
export function pyRepr(v: any): string {
  if (v === null) return "None";
  if (v === true) return "True";
  if (v === false) return "False";
  switch (typeof v) {
    case "string": return reprStr(v);
    case "number": return String(v);
    case "bigint": return v.toString();
  }
  if (typeof v === "object") {
    if ("_float" in v) return reprFloat(v._float);
    if ("_complex" in v) {
      const im: number = v._complex;
      return reprFloat(im, false) + "j";
    }
    if ("_bytes" in v) return reprBytes(v._bytes);
    if ("_ellipsis" in v) return "Ellipsis";
  }
  return String(v);
}
