// `--trace out.json`: the GIL event log in Chrome Trace Event format (a track per thread, spans
// for holding/waiting/blocked, instants for drop requests). Opens in Perfetto and chrome://tracing.

import { EventLog, Ev, EV_NAMES } from "../concurrency/events.ts";
import { spansOf } from "./spans.ts";

export function chromeTrace(log: EventLog, endTime: number, label: string): string {
  const ev: any[] = [];
  ev.push({ name: "process_name", ph: "M", pid: 1, tid: 0, args: { name: `pygil (${label})` } });
  for (const [tid, name] of log.names) {
    ev.push({ name: "thread_name", ph: "M", pid: 1, tid, args: { name } });
    ev.push({ name: "thread_sort_index", ph: "M", pid: 1, tid, args: { sort_index: tid } });
  }
  const names = { hold: "holding GIL", wait: "waiting for GIL", blocked: "blocked" };
  for (const s of spansOf(log, endTime)) {
    ev.push({
      name: s.kind === "blocked" ? `blocked (${s.info})` : names[s.kind],
      cat: s.kind, ph: "X", pid: 1, tid: s.tid, ts: s.start, dur: Math.max(0, s.end - s.start),
    });
  }
  for (let i = 0; i < log.length; i++) {
    const k = log.kind[i];
    if (k === Ev.DropRequest || k === Ev.DropForced || k === Ev.DropVoluntary || k === Ev.ThreadStart || k === Ev.ThreadEnd) {
      ev.push({ name: EV_NAMES[k], cat: "gil", ph: "i", s: "t", pid: 1, tid: log.tid[i], ts: log.time[i], args: { switch_number: log.sw[i] } });
    }
  }
  return JSON.stringify({ traceEvents: ev, displayTimeUnit: "ms", otherData: { generator: "pygil", clock: label } }, null, 0)
    .replace(/\},\{/g, "},\n{") + "\n";
}
