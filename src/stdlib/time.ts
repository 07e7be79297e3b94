// The time module: clocks (through host), sleep (a scheduler request, so other threads run),
// struct_time, gmtime/localtime/mktime/asctime/ctime, strftime (glibc's C-locale output) and
// strptime. Local time is the host's (JS Date); tzname comes from Intl when available.

import {
  PyObj, PyType, NEED, None, Ns, Gen, PyTuple, PyFloat, PyList, PyBoxed, typeOf, isSubtype, tupleType,
  objectType, typeType, intType, floatType,
} from "../runtime/core.ts";
import * as I from "../runtime/int.ts";
import { defBuiltin, defMethod } from "../runtime/function.ts";
import { typeError, valueError, newExc, OverflowError } from "../runtime/exceptions.ts";
import { index, asInt, toArray } from "../runtime/ops.ts";
import { callv } from "../runtime/call.ts";
import { repr } from "../runtime/repr.ts";
import { PyGetSet } from "../runtime/attr.ts";
import { asStr } from "../runtime/str.ts";
import { SchedReq } from "../runtime/generator.ts";
import { SLEEP } from "../concurrency/scheduler.ts";
import { host } from "../host/host.ts";
import { registerModule, makeModule } from "../interp/interpreter.ts";
import { strptimeImpl } from "./time_strptime.ts";

const F = (x: number) => new PyFloat(x);
const nsInt = (x: number) => I.norm(BigInt(Math.round(x)));

// --- struct_time -----------------------------------------------------------------------------------

const FIELDS = ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"];
export const structTimeType = new PyType("struct_time", [tupleType]);
structTimeType.mro = [structTimeType, tupleType, objectType];
structTimeType.module = "time";
structTimeType.solid = tupleType;
export class PyStructTime extends PyTuple {
  zone: any = None; gmtoff: any = None;
}
structTimeType.alloc = (cls) => new PyStructTime([], cls);
FIELDS.forEach((f, i) => {
  structTimeType.ns[f] = new PyGetSet(f, structTimeType, (o: PyTuple) => o.items[i], null);
});
structTimeType.ns.tm_zone = new PyGetSet("tm_zone", structTimeType, (o: PyStructTime) => o.zone, null);
structTimeType.ns.tm_gmtoff = new PyGetSet("tm_gmtoff", structTimeType, (o: PyStructTime) => o.gmtoff, null);
structTimeType.ns.n_fields = 11;
structTimeType.ns.n_sequence_fields = 9;
structTimeType.ns.n_unnamed_fields = 0;
defBuiltin(structTimeType.ns, "__new__", ["cls", "sequence", "dict?"], function* (cls: PyType, seq: any, _d: any) {
  const items = yield* toArray(seq);
  if (items.length < 9) throw typeError(`time.struct_time() takes an at least 9-sequence (${items.length}-sequence given)`);
  if (items.length > 11) throw typeError(`time.struct_time() takes an at most 11-sequence (${items.length}-sequence given)`);
  const st = new PyStructTime(items.slice(0, 9), cls);
  if (items.length > 9) st.zone = items[9];
  if (items.length > 10) st.gmtoff = items[10];
  return st;
});
defMethod(structTimeType, "__repr__", [], function* (self: PyTuple) {
  const parts: string[] = [];
  for (let i = 0; i < 9; i++) parts.push(`${FIELDS[i]}=${yield* repr(self.items[i])}`);
  return `time.struct_time(${parts.join(", ")})`;
});
defMethod(structTimeType, "__reduce__", [], (self: PyStructTime) => {
  return new PyTuple([structTimeType, new PyTuple([new PyTuple(self.items.slice())])]);
});

/** Broken-down time as plain numbers (Python conventions: mon 1-12, wday Monday=0, yday 1-366). */
interface Tm { year: number; mon: number; mday: number; hour: number; min: number; sec: number; wday: number; yday: number; isdst: number; zone: string | null; gmtoff: number | null }

function makeStruct(t: Tm): PyStructTime {
  const st = new PyStructTime([t.year, t.mon, t.mday, t.hour, t.min, t.sec, t.wday, t.yday, t.isdst], structTimeType);
  st.zone = t.zone === null ? None : t.zone;
  st.gmtoff = t.gmtoff === null ? None : t.gmtoff;
  return st;
}

// --- calendar arithmetic -------------------------------------------------------------------------

const DAYS_BEFORE = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
function isLeap(y: number): boolean { return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0); }
function yearDay(y: number, m: number, d: number): number { return DAYS_BEFORE[m - 1] + d + (m > 2 && isLeap(y) ? 1 : 0); }
/** Days since 1970-01-01 of a proleptic Gregorian date. */
export function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
function civilFromDays(z: number): [number, number, number] {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}
/** UTC broken-down time of integral seconds since the epoch. */
function utcTm(secs: number): Tm {
  const days = Math.floor(secs / 86400);
  let rem = secs - days * 86400;
  const [y, m, d] = civilFromDays(days);
  const hour = Math.floor(rem / 3600); rem -= hour * 3600;
  const min = Math.floor(rem / 60);
  const sec = rem - min * 60;
  const wday = ((days % 7) + 7 + 3) % 7; // 1970-01-01 was a Thursday (3)
  return { year: y, mon: m, mday: d, hour, min, sec, wday, yday: yearDay(y, m, d), isdst: 0, zone: "UTC", gmtoff: 0 };
}

// --- the local time zone (from JS Date) ----------------------------------------------------------

/** Minutes east of UTC at a moment. */
function offsetAt(ms: number): number {
  const o = new Date(ms).getTimezoneOffset();
  return o === 0 ? 0 : -o;
}
let tzInfo: { std: number; dst: number; names: [string, string] } | null = null;
function zoneName(ms: number, fallback: string): string {
  try {
    const parts = new Intl.DateTimeFormat("en-US", { timeZoneName: "short" }).formatToParts(new Date(ms));
    const p = parts.find((x) => x.type === "timeZoneName");
    if (p && p.value) return p.value === "GMT" && fallback === "UTC" ? "UTC" : p.value;
  } catch { /* no Intl */ }
  return fallback;
}
function tz() {
  if (tzInfo !== null) return tzInfo;
  const y = new Date(host.time() * 1000).getUTCFullYear();
  const jan = Date.UTC(y, 0, 1), jul = Date.UTC(y, 6, 1);
  const a = offsetAt(jan), b = offsetAt(jul);
  const std = Math.min(a, b), dst = Math.max(a, b);
  const stdName = zoneName(a <= b ? jan : jul, std === 0 ? "UTC" : "LMT");
  const dstName = std === dst ? stdName : zoneName(a <= b ? jul : jan, stdName);
  tzInfo = { std, dst, names: [stdName, dstName] };
  return tzInfo;
}
function localTm(secs: number): Tm {
  const off = offsetAt(secs * 1000);
  const t = utcTm(secs + off * 60);
  const z = tz();
  const isdst = z.std !== z.dst && off !== z.std ? 1 : 0;
  t.isdst = isdst;
  t.zone = z.names[isdst];
  t.gmtoff = off * 60;
  return t;
}
/** C mktime: local broken-down time (fields may be out of range) to seconds. */
function mktimeSecs(t: Tm): number {
  const days = daysFromCivil(t.year, 1, 1) + monthDays(t.year, t.mon - 1) + (t.mday - 1);
  const local = days * 86400 + t.hour * 3600 + t.min * 60 + t.sec;
  // find the UTC instant whose local time is `local` (two passes settle DST edges)
  let guess = local - offsetAt(local * 1000) * 60;
  guess = local - offsetAt(guess * 1000) * 60;
  return guess;
}
/** Days from Jan 1 of year y to the start of month index m (0-based, may be out of range). */
function monthDays(y: number, m: number): number {
  const yy = y + Math.floor(m / 12), mm = ((m % 12) + 12) % 12;
  return daysFromCivil(yy, mm + 1, 1) - daysFromCivil(y, 1, 1);
}

// --- argument conversions ------------------------------------------------------------------------

/** Seconds argument of gmtime/localtime/ctime (None or absent: now), floored to an int. */
function* secsArg(v: any): Gen<number> {
  if (v === undefined || v === None) return Math.floor(host.time());
  let x: number;
  if (v instanceof PyFloat) {
    x = v.v;
    if (x !== x) throw valueError("Invalid value NaN (not a number)");
    x = Math.floor(x);
  } else {
    const n = asInt(v) ?? (yield* index(v));
    x = typeof n === "bigint" ? Number(n) : n;
  }
  if (!isFinite(x) || Math.abs(x) > 67768036191676799) throw newExc(OverflowError, "timestamp out of range for platform time_t");
  if (Math.abs(x) > 8.64e12) throw newExc(OverflowError, "timestamp out of range for platform time_t");
  return x;
}
/** A 9-tuple or struct_time as a Tm (gettmarg); errors name the calling function. */
function* tmArg(v: any, fname: string): Gen<Tm> {
  if (!(v instanceof PyTuple)) throw typeError("Tuple or struct_time argument required");
  const a = v.items;
  if (a.length !== 9) throw typeError(`${fname}(): illegal time tuple argument`);
  const n: number[] = [];
  for (const x of a) {
    const i = asInt(x);
    if (i === undefined || x instanceof PyFloat) throw typeError(`${fname}(): illegal time tuple argument`);
    if (typeof i === "bigint") throw newExc(OverflowError, "Python int too large to convert to C int");
    n.push(i);
  }
  const st = v instanceof PyStructTime ? v : null;
  return {
    year: n[0], mon: n[1], mday: n[2], hour: n[3], min: n[4], sec: n[5], wday: n[6], yday: n[7], isdst: n[8],
    zone: st && typeof st.zone === "string" ? st.zone : null,
    gmtoff: st && typeof st.gmtoff === "number" ? st.gmtoff : null,
  };
}
/** CPython's checktm (after gettmarg's conversion), on Python-convention fields. */
function checkTm(t: Tm): void {
  if (t.mon === 0) t.mon = 1;
  else if (t.mon < 1 || t.mon > 12) throw valueError("month out of range");
  if (t.mday === 0) t.mday = 1;
  else if (t.mday < 0 || t.mday > 31) throw valueError("day of month out of range");
  if (t.hour < 0 || t.hour > 23) throw valueError("hour out of range");
  if (t.min < 0 || t.min > 59) throw valueError("minute out of range");
  if (t.sec < 0 || t.sec > 61) throw valueError("seconds out of range");
  // gettmarg stores (wday + 1) % 7: only a negative result is out of range
  if ((t.wday + 1) % 7 < 0) throw valueError("day of week out of range");
  if (t.yday === 0) t.yday = 1;
  else if (t.yday < 0 || t.yday > 366) throw valueError("day of year out of range");
}

// --- formatting ------------------------------------------------------------------------------------

const DAY_ABBR = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const DAY_FULL = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
export const MON_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
export const MON_FULL = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const p2 = (n: number) => (n < 10 && n >= 0 ? "0" + n : String(n));
const s2 = (n: number) => (n < 10 && n >= 0 ? " " + n : String(n));
const p3 = (n: number) => String(n).padStart(3, "0");

function asctimeOf(t: Tm): string {
  const wd = (t.wday + 1) % 7;
  return `${DAY_ABBR[wd]} ${MON_ABBR[t.mon - 1]} ${String(t.mday).padStart(2, " ")} ${p2(t.hour)}:${p2(t.min)}:${p2(t.sec)} ${t.year}`;
}
/** ISO 8601 year and week of a broken-down time. */
function isoWeek(t: Tm): [number, number] {
  const wdMon = t.wday; // Monday = 0
  const yday0 = t.yday - 1;
  let year = t.year;
  // the Thursday of this week decides the ISO year
  const thu = yday0 - wdMon + 3;
  const daysInYear = (y: number) => (isLeap(y) ? 366 : 365);
  let week: number;
  if (thu < 0) {
    year--;
    const t2 = thu + daysInYear(year);
    week = Math.floor(t2 / 7) + 1;
  } else if (thu >= daysInYear(year)) {
    week = 1;
    year++;
  } else week = Math.floor(thu / 7) + 1;
  return [year, week];
}
/** strftime in the C locale (glibc's output for each directive; unknown ones stay verbatim). */
export function strftimeOf(fmt: string, t: Tm): string {
  let out = "";
  const wdSun = (t.wday + 1) % 7;
  const yday0 = t.yday - 1;
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    if (c !== "%" || i + 1 >= fmt.length) { out += c; continue; }
    let d = fmt[++i];
    let mod = "";
    if ((d === "E" || d === "O") && i + 1 < fmt.length) { mod = d; d = fmt[++i]; }
    switch (d) {
      case "a": out += DAY_ABBR[wdSun]; break;
      case "A": out += DAY_FULL[wdSun]; break;
      case "b": case "h": out += MON_ABBR[t.mon - 1]; break;
      case "B": out += MON_FULL[t.mon - 1]; break;
      case "c": out += `${DAY_ABBR[wdSun]} ${MON_ABBR[t.mon - 1]} ${s2(t.mday)} ${p2(t.hour)}:${p2(t.min)}:${p2(t.sec)} ${t.year}`; break;
      case "C": out += String(Math.floor(t.year / 100)); break;
      case "d": out += p2(t.mday); break;
      case "D": out += `${p2(t.mon)}/${p2(t.mday)}/${p2(((t.year % 100) + 100) % 100)}`; break;
      case "e": out += s2(t.mday); break;
      case "F": out += `${t.year}-${p2(t.mon)}-${p2(t.mday)}`; break;
      case "G": out += String(isoWeek(t)[0]); break;
      case "g": out += p2(((isoWeek(t)[0] % 100) + 100) % 100); break;
      case "H": out += p2(t.hour); break;
      case "I": out += p2(t.hour % 12 === 0 ? 12 : t.hour % 12); break;
      case "j": out += p3(t.yday); break;
      case "k": out += s2(t.hour); break;
      case "l": out += s2(t.hour % 12 === 0 ? 12 : t.hour % 12); break;
      case "m": out += p2(t.mon); break;
      case "M": out += p2(t.min); break;
      case "n": out += "\n"; break;
      case "p": out += t.hour < 12 ? "AM" : "PM"; break;
      case "P": out += t.hour < 12 ? "am" : "pm"; break;
      case "r": out += `${p2(t.hour % 12 === 0 ? 12 : t.hour % 12)}:${p2(t.min)}:${p2(t.sec)} ${t.hour < 12 ? "AM" : "PM"}`; break;
      case "R": out += `${p2(t.hour)}:${p2(t.min)}`; break;
      case "s": out += String(mktimeSecs(t)); break;
      case "S": out += p2(t.sec); break;
      case "t": out += "\t"; break;
      case "T": out += `${p2(t.hour)}:${p2(t.min)}:${p2(t.sec)}`; break;
      case "u": out += String(wdSun === 0 ? 7 : wdSun); break;
      case "U": out += p2(Math.floor((yday0 + 7 - wdSun) / 7)); break;
      case "V": out += p2(isoWeek(t)[1]); break;
      case "w": out += String(wdSun); break;
      case "W": out += p2(Math.floor((yday0 + 7 - ((wdSun + 6) % 7)) / 7)); break;
      case "x": out += `${p2(t.mon)}/${p2(t.mday)}/${p2(((t.year % 100) + 100) % 100)}`; break;
      case "X": out += `${p2(t.hour)}:${p2(t.min)}:${p2(t.sec)}`; break;
      case "y": out += p2(((t.year % 100) + 100) % 100); break;
      case "Y": out += String(t.year); break;
      case "z": {
        const off = t.gmtoff ?? (t.isdst > 0 ? tz().dst * 60 : tz().std * 60);
        const a = Math.abs(off);
        out += `${off < 0 ? "-" : "+"}${p2(Math.floor(a / 3600))}${p2(Math.floor((a % 3600) / 60))}`;
        break;
      }
      case "Z": out += t.zone ?? tz().names[t.isdst > 0 ? 1 : 0]; break;
      case "%": out += "%"; break;
      default: out += "%" + mod + d;
    }
  }
  return out;
}

// --- clocks ----------------------------------------------------------------------------------------

function clockInfo(impl: string, monotonic: boolean, adjustable: boolean, resolution: number): any {
  const o = new PyObj(namespaceType);
  o.$d = new Ns();
  o.$d.implementation = impl;
  o.$d.monotonic = monotonic;
  o.$d.adjustable = adjustable;
  o.$d.resolution = F(resolution);
  return o;
}
const namespaceType = new PyType("SimpleNamespace", [objectType]);
namespaceType.mro = [namespaceType, objectType];
namespaceType.module = "types";
namespaceType.hasDict = true;
defMethod(namespaceType, "__repr__", [], function* (self: any) {
  const parts: string[] = [];
  for (const k of Object.keys(self.$d ?? {})) parts.push(`${k}=${yield* repr(self.$d[k])}`);
  return `namespace(${parts.join(", ")})`;
});

// --- the module ------------------------------------------------------------------------------------

registerModule("time", () => makeModule("time", (ns) => {
  const fn = (name: string, spec: string[], impl: (...a: any[]) => any) => { defBuiltin(ns, name, spec, impl).module = "time"; };
  fn("time", [], () => F(host.time()));
  fn("time_ns", [], () => nsInt(host.time() * 1e9));
  fn("perf_counter", [], () => F(host.monotonic()));
  fn("perf_counter_ns", [], () => nsInt(host.monotonic() * 1e9));
  fn("monotonic", [], () => F(host.monotonic()));
  fn("monotonic_ns", [], () => nsInt(host.monotonic() * 1e9));
  fn("process_time", [], () => F(host.cpuTime()));
  fn("process_time_ns", [], () => nsInt(host.cpuTime() * 1e9));
  fn("thread_time", [], () => F(host.cpuTime()));
  fn("thread_time_ns", [], () => nsInt(host.cpuTime() * 1e9));
  fn("sleep", ["secs", "/"], function* (secs: any) {
    let s: number;
    if (secs instanceof PyFloat) s = secs.v;
    else {
      const n = asInt(secs);
      if (n === undefined) {
        if (typeof secs === "object" && typeOf(secs).lookup("__float__") !== undefined) s = (yield* callv(floatType, [secs], null, null)).v;
        else throw typeError(`'${typeOf(secs).name}' object cannot be interpreted as an integer`);
      } else s = Number(n);
    }
    if (s !== s) throw valueError("Invalid value NaN (not a number)");
    if (s < 0) throw valueError("sleep length must be non-negative");
    if (s > 9.2e9) throw newExc(OverflowError, "timestamp too large to convert to C _PyTime_t");
    // the scheduler answers: the GIL is released while this thread sleeps
    yield new SchedReq(SLEEP, s);
    return None;
  });
  fn("gmtime", ["seconds?", "/"], function* (s: any) {
    const t = utcTm(yield* secsArg(s));
    t.zone = "GMT";
    return makeStruct(t);
  });
  fn("localtime", ["seconds?", "/"], function* (s: any) { return makeStruct(localTm(yield* secsArg(s))); });
  fn("mktime", ["t", "/"], function* (v: any) {
    const t = yield* tmArg(v, "mktime");
    const r = mktimeSecs(t);
    if (!isFinite(r)) throw newExc(OverflowError, "mktime argument out of range");
    return F(r);
  });
  fn("asctime", ["t?", "/"], function* (v: any) {
    const t = v === undefined ? localTm(Math.floor(host.time())) : yield* tmArg(v, "asctime");
    checkTm(t);
    return asctimeOf(t);
  });
  fn("ctime", ["seconds?", "/"], function* (s: any) { return asctimeOf(localTm(yield* secsArg(s))); });
  fn("strftime", ["format", "t?", "/"], function* (fmt: any, v: any) {
    const f = asStr(fmt);
    if (f === undefined) throw typeError(`strftime() argument 1 must be str, not ${typeOf(fmt).name}`);
    const t = v === undefined ? localTm(Math.floor(host.time())) : yield* tmArg(v, "strftime");
    checkTm(t);
    if (t.isdst < -1) t.isdst = -1; else if (t.isdst > 1) t.isdst = 1;
    if (f.includes("\0")) throw valueError("embedded null character");
    return strftimeOf(f, t);
  });
  fn("strptime", ["string", "format?", "/"], function* (s: any, f: any) {
    const str = asStr(s), fm = f === undefined ? "%a %b %d %H:%M:%S %Y" : asStr(f);
    if (str === undefined) throw typeError(`strptime() argument 0 must be str, not ${typeOf(s).name}`);
    if (fm === undefined) throw typeError(`strptime() argument 1 must be str, not ${typeOf(f).name}`);
    const z = tz();
    const r = strptimeImpl(str, fm, z.names, z.std !== z.dst);
    const t: Tm = { ...r, zone: r.zone, gmtoff: r.gmtoff };
    return makeStruct(t);
  });
  fn("get_clock_info", ["name", "/"], (name: any) => {
    switch (name) {
      case "time": return clockInfo("clock_gettime(CLOCK_REALTIME)", false, true, 1e-9);
      case "monotonic": case "perf_counter": return clockInfo("clock_gettime(CLOCK_MONOTONIC)", true, false, 1e-9);
      case "process_time": return clockInfo("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false, 1e-9);
      case "thread_time": return clockInfo("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false, 1e-9);
    }
    throw valueError("unknown clock");
  });
  ns.struct_time = structTimeType;
  const z = tz();
  ns.timezone = -z.std * 60;
  ns.altzone = -z.dst * 60;
  ns.daylight = z.std !== z.dst ? 1 : 0;
  ns.tzname = new PyTuple([z.names[0], z.names[1]]);
  ns._STRUCT_TM_ITEMS = 11;
}));


export { PyList, PyBoxed, isSubtype, intType, typeType, daysFromCivil as _days };
