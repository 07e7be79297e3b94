// Unicode character classes and case mappings with CPython 3.11's definitions (str.isspace,
// isdigit, isnumeric, title(), casefold()...), built on JS regex properties plus the few tables
// where Python's data differs from what JS exposes.

// --- character classes --------------------------------------------------------------------------

/** Py_UNICODE_ISSPACE: bidirectional types WS, B, S or category Zs. */
export function isSpaceCP(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 ||
    c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}
/** Line boundaries of str.splitlines. */
export function isLineBreak(c: number): boolean {
  return (c >= 10 && c <= 13) || (c >= 28 && c <= 30) || c === 0x85 || c === 0x2028 || c === 0x2029;
}

// Characters with Numeric_Type=Digit (isdigit but not isdecimal), and the CJK ideographs with
// Numeric_Type=Numeric that JS's \p{N} does not include.
const DIGIT_EXTRA = "\\xb2\\xb3\\xb9\\u1369-\\u1371\\u19da\\u2070\\u2074-\\u2079\\u2080-\\u2089\\u2460-\\u2468" +
  "\\u2474-\\u247c\\u2488-\\u2490\\u24ea\\u24f5-\\u24fd\\u24ff\\u2776-\\u277e\\u2780-\\u2788\\u278a-\\u2792" +
  "\\u{10a40}-\\u{10a43}\\u{10e60}-\\u{10e68}\\u{11052}-\\u{1105a}\\u{1f100}-\\u{1f10a}";
const NUM_EXTRA = [0x3405, 0x3483, 0x382a, 0x3b4d, 0x4e00, 0x4e03, 0x4e07, 0x4e09, 0x4e5d, 0x4e8c, 0x4e94,
  0x4e96, 0x4ebf, 0x4ec0, 0x4edf, 0x4ee8, 0x4f0d, 0x4f70, 0x5104, 0x5146, 0x5169, 0x516b, 0x516d, 0x5341,
  0x5343, 0x5344, 0x5345, 0x534c, 0x53c1, 0x53c2, 0x53c3, 0x53c4, 0x56db, 0x58f1, 0x58f9, 0x5e7a, 0x5efe,
  0x5eff, 0x5f0c, 0x5f0d, 0x5f0e, 0x5f10, 0x62fe, 0x634c, 0x67d2, 0x6f06, 0x7396, 0x767e, 0x8086, 0x842c,
  0x8cae, 0x8cb3, 0x8d30, 0x9621, 0x9646, 0x964c, 0x9678, 0x96f6, 0xf96b, 0xf973, 0xf978, 0xf9b2, 0xf9d1,
  0xf9d3, 0xf9fd, 0x20001, 0x20064, 0x200e2, 0x20121, 0x2092a, 0x20983, 0x2098c, 0x2099c, 0x20aea,
  0x20afd, 0x20b19, 0x22390, 0x22998, 0x23b1b, 0x2626d, 0x2f890]
  .map((c) => "\\u{" + c.toString(16) + "}").join("");

const RE_ALPHA = /^\p{L}+$/u;
const RE_DECIMAL = /^\p{Nd}+$/u;
const RE_DIGIT = new RegExp(`^[\\p{Nd}${DIGIT_EXTRA}]+$`, "u");
const RE_NUMERIC = new RegExp(`^[\\p{N}${NUM_EXTRA}]+$`, "u");
const RE_ALNUM = new RegExp(`^[\\p{L}\\p{N}${NUM_EXTRA}]+$`, "u");
const RE_SPACE = /^[\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/;
const RE_PRINTABLE = /^(?:[^\p{C}\p{Z}]| )*$/u;
const RE_IDENT = /^[\p{XID_Start}_]\p{XID_Continue}*$/u;
const RE_ASCII = /^[\x00-\x7f]*$/;
const RE_UPPER = /\p{Uppercase}/u;
const RE_LOWER = /\p{Lowercase}/u;
const RE_TITLE = /\p{Lt}/u;
const RE_CASED = /\p{Cased}/u;
const RE_CASE_IGNORABLE = /\p{Case_Ignorable}/u;

export function isAscii(s: string): boolean { return RE_ASCII.test(s); }
export function strIsAlpha(s: string): boolean { return RE_ALPHA.test(s); }
export function strIsDecimal(s: string): boolean { return RE_DECIMAL.test(s); }
export function strIsDigit(s: string): boolean { return RE_DIGIT.test(s); }
export function strIsNumeric(s: string): boolean { return RE_NUMERIC.test(s); }
export function strIsAlnum(s: string): boolean { return RE_ALNUM.test(s); }
export function strIsSpace(s: string): boolean { return RE_SPACE.test(s); }
export function strIsPrintable(s: string): boolean { return RE_PRINTABLE.test(s); }
export function strIsIdentifier(s: string): boolean { return RE_IDENT.test(s); }

function isUpperCh(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : RE_UPPER.test(ch);
}
function isLowerCh(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : RE_LOWER.test(ch);
}
function isTitleCh(ch: string): boolean { return ch.charCodeAt(0) >= 128 && RE_TITLE.test(ch); }
function isCasedCh(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : RE_CASED.test(ch);
}

export function strIsLower(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    if (isUpperCh(ch) || isTitleCh(ch)) return false;
    if (!cased && isLowerCh(ch)) cased = true;
  }
  return cased;
}
export function strIsUpper(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    if (isLowerCh(ch) || isTitleCh(ch)) return false;
    if (!cased && isUpperCh(ch)) cased = true;
  }
  return cased;
}
export function strIsTitle(s: string): boolean {
  let cased = false, prev = false;
  for (const ch of s) {
    if (isUpperCh(ch) || isTitleCh(ch)) {
      if (prev) return false;
      prev = cased = true;
    } else if (isLowerCh(ch)) {
      if (!prev) return false;
      prev = cased = true;
    } else prev = false;
  }
  return cased;
}

// --- case mappings ------------------------------------------------------------------------------

/** Full titlecase mapping of one code point (JS has none; mostly "upper, then lower the rest"). */
export function titleChar(ch: string): string {
  const c = ch.codePointAt(0)!;
  if (c < 128) return c >= 97 && c <= 122 ? String.fromCharCode(c - 32) : ch;
  if (c >= 0x1c4 && c <= 0x1cc) return String.fromCharCode(0x1c5 + 3 * Math.floor((c - 0x1c4) / 3));
  if (c >= 0x1f1 && c <= 0x1f3) return "\u01f2";
  if (c === 0x149) return "\u02bcN";
  if ((c >= 0x10d0 && c <= 0x10fa) || (c >= 0x10fd && c <= 0x10ff)) return ch; // Georgian Mkhedruli
  if (c >= 0x1f80 && c <= 0x1faf) return String.fromCharCode(c | 8);
  if (c >= 0x1fb2 && c <= 0x1ffc) {
    const t = GREEK_TITLE[c];
    if (t !== undefined) return t;
  }
  const u = ch.toUpperCase();
  if (u.length === ch.length) return u;
  const first = String.fromCodePoint(u.codePointAt(0)!);
  return first + u.slice(first.length).toLowerCase();
}
const GREEK_TITLE: Record<number, string> = {
  0x1fb2: "\u1fba\u0345", 0x1fb3: "\u1fbc", 0x1fb4: "\u0386\u0345", 0x1fb7: "\u0391\u0342\u0345", 0x1fbc: "\u1fbc",
  0x1fc2: "\u1fca\u0345", 0x1fc3: "\u1fcc", 0x1fc4: "\u0389\u0345", 0x1fc7: "\u0397\u0342\u0345", 0x1fcc: "\u1fcc",
  0x1ff2: "\u1ffa\u0345", 0x1ff3: "\u1ffc", 0x1ff4: "\u038f\u0345", 0x1ff7: "\u03a9\u0342\u0345", 0x1ffc: "\u1ffc",
};

/** Lowercase of the code point at s[i] in context (final sigma rule for U+03A3). */
function lowerAt(s: string, i: number, ch: string): string {
  if (ch !== "\u03a3") return ch.toLowerCase();
  // final: preceded by a cased letter and not followed by one (skipping case-ignorables)
  let j = i - 1, before = false;
  while (j >= 0) {
    const lowSur = j > 0 && s.charCodeAt(j) >= 0xdc00 && s.charCodeAt(j) <= 0xdfff && s.charCodeAt(j - 1) >= 0xd800 && s.charCodeAt(j - 1) <= 0xdbff;
    const cp = lowSur ? s.slice(j - 1, j + 1) : s[j];
    j -= cp.length;
    if (RE_CASE_IGNORABLE.test(cp)) continue;
    before = RE_CASED.test(cp);
    break;
  }
  if (!before) return "\u03c3";
  let k = i + 1;
  while (k < s.length) {
    const cp = String.fromCodePoint(s.codePointAt(k)!);
    if (RE_CASE_IGNORABLE.test(cp)) { k += cp.length; continue; }
    return RE_CASED.test(cp) ? "\u03c3" : "\u03c2";
  }
  return "\u03c2";
}

export function strTitle(s: string): string {
  if (RE_ASCII.test(s)) {
    let out = "", prev = false;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      const up = c >= 65 && c <= 90, lo = c >= 97 && c <= 122;
      out += prev ? (up ? String.fromCharCode(c + 32) : s[i]) : (lo ? String.fromCharCode(c - 32) : s[i]);
      prev = up || lo;
    }
    return out;
  }
  let out = "", prev = false, i = 0;
  for (const ch of s) {
    out += prev ? lowerAt(s, i, ch) : titleChar(ch);
    prev = isCasedCh(ch);
    i += ch.length;
  }
  return out;
}
export function strCapitalize(s: string): string {
  if (s.length === 0) return s;
  const first = String.fromCodePoint(s.codePointAt(0)!);
  const rest = s.slice(first.length);
  if (!rest.includes("\u03a3")) return titleChar(first) + rest.toLowerCase();
  let out = titleChar(first), i = first.length;
  for (const ch of rest) { out += lowerAt(s, i, ch); i += ch.length; }
  return out;
}
export function strSwapcase(s: string): string {
  if (RE_ASCII.test(s)) {
    let out = "";
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : c >= 97 && c <= 122 ? String.fromCharCode(c - 32) : s[i];
    }
    return out;
  }
  let out = "", i = 0;
  for (const ch of s) {
    out += isUpperCh(ch) ? lowerAt(s, i, ch) : isLowerCh(ch) ? ch.toUpperCase() : ch;
    i += ch.length;
  }
  return out;
}
/** Full case folding of one code point. */
function foldChar(ch: string): string {
  const c = ch.codePointAt(0)!;
  if (c === 0x131) return ch;
  if (c === 0x1e9e) return "ss";
  if (c >= 0x13a0 && c <= 0x13f5) return ch; // Cherokee folds to its uppercase letters
  if (c >= 0x13f8 && c <= 0x13fd) return String.fromCharCode(c - 8);
  if (c >= 0xab70 && c <= 0xabbf) return String.fromCharCode(c - 0xab70 + 0x13a0);
  return ch.toUpperCase().toLowerCase();
}
export function strCasefold(s: string): string {
  if (RE_ASCII.test(s)) return s.toLowerCase();
  let out = "";
  for (const ch of s) out += ch.charCodeAt(0) < 128 ? ch.toLowerCase() : foldChar(ch);
  return out;
}
