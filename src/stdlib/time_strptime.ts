// time.strptime in the C locale, following CPython's _strptime: the format becomes one
// case-insensitive regex matched at the start of the string, then the fields are combined
// (defaults 1900-01-01, %I with %p, %U/%W with a weekday, julian day) into a broken-down time.

import { valueError } from "../runtime/exceptions.ts";

const DAY_FULL = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const DAY_ABBR = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const MON_FULL = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MON_ABBR = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Alternation of names, longest first (as _strptime's __seqToRE). */
function alt(names: string[], group: string): string {
  const sorted = names.slice().sort((a, b) => b.length - a.length);
  return `(?<${group}>${sorted.join("|")})`;
}
const DIRECTIVES: Record<string, string> = {
  d: "(?<d>3[0-1]|[1-2]\\d|0[1-9]|[1-9]| [1-9])",
  f: "(?<f>[0-9]{1,6})",
  H: "(?<H>2[0-3]|[0-1]\\d|\\d)",
  I: "(?<I>1[0-2]|0[1-9]|[1-9])",
  G: "(?<G>\\d\\d\\d\\d)",
  j: "(?<j>36[0-6]|3[0-5]\\d|[1-2]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9])",
  m: "(?<m>1[0-2]|0[1-9]|[1-9])",
  M: "(?<M>[0-5]\\d|\\d)",
  S: "(?<S>6[0-1]|[0-5]\\d|\\d)",
  U: "(?<U>5[0-3]|[0-4]\\d|\\d)",
  w: "(?<w>[0-6])",
  u: "(?<u>[1-7])",
  V: "(?<V>5[0-3]|0[1-9]|[1-4]\\d|\\d)",
  y: "(?<y>\\d\\d)",
  Y: "(?<Y>\\d\\d\\d\\d)",
  z: "(?<z>[+-]\\d\\d:?[0-5]\\d(:?[0-5]\\d(\\.\\d{1,6})?)?|Z)",
  A: alt(DAY_FULL, "A"),
  a: alt(DAY_ABBR, "a"),
  B: alt(MON_FULL, "B"),
  b: alt(MON_ABBR, "b"),
  p: "(?<p>am|pm)",
  W: "(?<W>5[0-3]|[0-4]\\d|\\d)",
};
const EXPAND: Record<string, string> = { c: "%a %b %d %H:%M:%S %Y", x: "%m/%d/%y", X: "%H:%M:%S" };

function pyRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  return q + s.replace(/\\/g, "\\\\").replace(new RegExp(q, "g"), "\\" + q).replace(/\n/g, "\\n").replace(/\t/g, "\\t") + q;
}

function buildRegex(fmt: string, whole: string, zones: string[], seen: Set<string>): string {
  let out = "";
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    if (c === "%") {
      if (i + 1 >= fmt.length) throw valueError(`stray % in format '${whole}'`);
      const d = fmt[++i];
      if (d === "%") { out += "%"; continue; }
      if (EXPAND[d] !== undefined) { out += buildRegex(EXPAND[d], whole, zones, seen); continue; }
      let re = d === "Z" ? `(?<Z>${zones.map(escape).join("|")})` : DIRECTIVES[d];
      if (re === undefined) throw valueError(`'${d === "\\" ? "%" : d}' is a bad directive in format '${whole}'`);
      if (seen.has(d)) {
        // a repeated directive must match the same text again (Python: a backreference)
        re = `\\k<${d}>`;
      }
      seen.add(d);
      out += re;
    } else if (/\s/.test(c)) {
      while (i + 1 < fmt.length && /\s/.test(fmt[i + 1])) i++;
      out += "\\s+";
    } else out += escape(c);
  }
  return out;
}
function escape(s: string): string { return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }

function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}
function isLeap(y: number): boolean { return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0); }
const MDAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** datetime.date(y, m, d) validation with its messages. */
function checkDate(y: number, m: number, d: number): void {
  if (y < 1 || y > 9999) throw valueError(`year ${y} is out of range`);
  if (m < 1 || m > 12) throw valueError("month must be in 1..12");
  const dim = m === 2 && isLeap(y) ? 29 : MDAYS[m - 1];
  if (d < 1 || d > dim) throw valueError("day is out of range for month");
}
/** Monday = 0. */
function weekdayOf(y: number, m: number, d: number): number { return ((daysFromCivil(y, m, d) % 7) + 7 + 3) % 7; }

export interface StrptimeResult {
  year: number; mon: number; mday: number; hour: number; min: number; sec: number; wday: number; yday: number;
  isdst: number; zone: string | null; gmtoff: number | null;
}

export function strptimeImpl(data: string, fmt: string, tzname: [string, string] = ["UTC", "UTC"], daylight = false): StrptimeResult {
  const zones = Array.from(new Set(["utc", "gmt", tzname[0].toLowerCase(), tzname[1].toLowerCase()]));
  const src = buildRegex(fmt, fmt, zones, new Set());
  const re = new RegExp("^(?:" + src + ")", "i");
  const m = re.exec(data);
  if (m === null) throw valueError(`time data ${pyRepr(data)} does not match format ${pyRepr(fmt)}`);
  if (m[0].length !== data.length) throw valueError(`unconverted data remains: ${data.slice(m[0].length)}`);
  const g = m.groups ?? {};
  let year: number | null = null, month = 1, day = 1, hour = 0, minute = 0, second = 0;
  let tz = -1, gmtoff: number | null = null;
  let weekday: number | null = null, julian: number | null = null, weekOfYear: number | null = null, weekStart = 0;
  let isoYear: number | null = null, isoWeek: number | null = null;
  for (const key of Object.keys(g)) {
    const v = g[key];
    if (v === undefined) continue;
    switch (key) {
      case "y": year = parseInt(v, 10); year += year <= 68 ? 2000 : 1900; break;
      case "Y": year = parseInt(v, 10); break;
      case "G": isoYear = parseInt(v, 10); break;
      case "m": month = parseInt(v, 10); break;
      case "B": month = MON_FULL.indexOf(v.toLowerCase()) + 1; break;
      case "b": month = MON_ABBR.indexOf(v.toLowerCase()) + 1; break;
      case "d": day = parseInt(v, 10); break;
      case "H": hour = parseInt(v, 10); break;
      case "I": {
        hour = parseInt(v, 10);
        const ap = (g.p ?? "").toLowerCase();
        if (ap === "" || ap === "am") { if (hour === 12) hour = 0; }
        else if (ap === "pm" && hour !== 12) hour += 12;
        break;
      }
      case "M": minute = parseInt(v, 10); break;
      case "S": second = parseInt(v, 10); break;
      case "A": weekday = DAY_FULL.indexOf(v.toLowerCase()); break;
      case "a": weekday = DAY_ABBR.indexOf(v.toLowerCase()); break;
      case "w": weekday = parseInt(v, 10); weekday = weekday === 0 ? 6 : weekday - 1; break;
      case "u": weekday = parseInt(v, 10) - 1; break;
      case "j": julian = parseInt(v, 10); break;
      case "U": case "W": weekOfYear = parseInt(v, 10); weekStart = key === "U" ? 6 : 0; break;
      case "V": isoWeek = parseInt(v, 10); break;
      case "z": {
        if (v === "Z" || v === "z") { gmtoff = 0; break; }
        let z = v;
        if (z[3] === ":") {
          z = z.slice(0, 3) + z.slice(4);
          if (z.length > 5) {
            if (z[5] !== ":") throw valueError(`Inconsistent use of : in ${v}`);
            z = z.slice(0, 5) + z.slice(6);
          }
        }
        const hh = parseInt(z.slice(1, 3), 10), mm = parseInt(z.slice(3, 5), 10), ss = parseInt(z.slice(5, 7) || "0", 10);
        gmtoff = hh * 3600 + mm * 60 + ss;
        if (z[0] === "-") gmtoff = -gmtoff;
        break;
      }
      case "Z": {
        const f = v.toLowerCase();
        if (["utc", "gmt", tzname[0].toLowerCase()].includes(f)) {
          if (!(tzname[0] === tzname[1] && daylight && f !== "utc" && f !== "gmt")) tz = 0;
        } else if (daylight && f === tzname[1].toLowerCase()) tz = 1;
        break;
      }
    }
  }
  if (year === null && isoYear !== null) {
    if (isoWeek === null || weekday === null)
      throw valueError("ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').");
    if (julian !== null)
      throw valueError("Day of the year directive '%j' is not compatible with ISO year directive '%G'. Use '%Y' instead.");
  } else if (weekOfYear === null && isoWeek !== null) {
    if (weekday === null) throw valueError("ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday directive ('%A', '%a', '%w', or '%u').");
    throw valueError("ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead.");
  }
  let leapFix = false;
  if (year === null && month === 2 && day === 29) { year = 1904; leapFix = true; }
  else if (year === null) year = 1900;
  if (julian === null && weekday !== null) {
    if (weekOfYear !== null) {
      let first = weekdayOf(year, 1, 1), dow = weekday;
      if (weekStart !== 0) { first = (first + 1) % 7; dow = (dow + 1) % 7; }
      const week0 = (7 - first) % 7;
      julian = weekOfYear === 0 ? 1 + dow - first : 1 + week0 + 7 * (weekOfYear - 1) + dow;
    } else if (isoYear !== null && isoWeek !== null) {
      // the Monday of ISO week 1 is the Monday on or before January 4th
      const jan4 = daysFromCivil(isoYear, 1, 4);
      const mon1 = jan4 - weekdayOf(isoYear, 1, 4);
      const ord = mon1 + (isoWeek - 1) * 7 + weekday;
      year = isoYear;
      julian = ord - daysFromCivil(year, 1, 1) + 1;
    }
    if (julian !== null && julian <= 0) {
      year -= 1;
      julian += isLeap(year) ? 366 : 365;
    }
  }
  if (julian === null) {
    checkDate(year, month, day);
    julian = daysFromCivil(year, month, day) - daysFromCivil(year, 1, 1) + 1;
  } else {
    const ord = daysFromCivil(year, 1, 1) + julian - 1;
    // back to a calendar date
    let y = year;
    while (ord >= daysFromCivil(y + 1, 1, 1)) y++;
    while (ord < daysFromCivil(y, 1, 1)) y--;
    let mo = 1;
    while (mo < 12 && ord >= daysFromCivil(y, mo + 1, 1)) mo++;
    year = y; month = mo; day = ord - daysFromCivil(y, mo, 1) + 1;
  }
  if (weekday === null) weekday = weekdayOf(year, month, day);
  const zone = g.Z ?? null;
  if (leapFix) year = 1900;
  return { year, mon: month, mday: day, hour, min: minute, sec: second, wday: weekday, yday: julian, isdst: tz, zone, gmtoff };
}
