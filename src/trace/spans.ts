// Turns the GIL event log into per-thread spans (holding the GIL, waiting for it, blocked)
// and hand-off counts: the common ground of --stats, the Chrome trace and the timeline.

import { EventLog, Ev } from "../concurrency/events.ts";

export type SpanKind = "hold" | "wait" | "blocked";
export interface Span { tid: number; kind: SpanKind; start: number; end: number; info: string }

export interface ThreadStats { tid: number; name: string; hold: number; wait: number; blocked: number; acquires: number }
export interface Summary {
  threads: ThreadStats[];
  forced: number;
  voluntary: number;
  dropRequests: number;
  switches: number;
  duration: number;
}

export function spansOf(log: EventLog, endTime: number): Span[] {
  const spans: Span[] = [];
  const open = new Map<string, { start: number; info: string }>();
  const begin = (tid: number, kind: SpanKind, t: number, info = "") => open.set(`${tid}:${kind}`, { start: t, info });
  const end = (tid: number, kind: SpanKind, t: number) => {
    const k = `${tid}:${kind}`;
    const o = open.get(k);
    if (!o) return;
    open.delete(k);
    spans.push({ tid, kind, start: o.start, end: t, info: o.info });
  };
  for (let i = 0; i < log.length; i++) {
    const tid = log.tid[i], t = log.time[i];
    switch (log.kind[i]) {
      case Ev.Request: begin(tid, "wait", t); break;
      case Ev.Acquire: end(tid, "wait", t); begin(tid, "hold", t); break;
      case Ev.DropForced: case Ev.DropVoluntary: end(tid, "hold", t); break;
      case Ev.BlockBegin: begin(tid, "blocked", t, log.info[i]); break;
      case Ev.BlockEnd: end(tid, "blocked", t); break;
      case Ev.ThreadEnd: end(tid, "hold", t); end(tid, "wait", t); end(tid, "blocked", t); break;
    }
  }
  for (const [k, o] of open) {
    const [tid, kind] = k.split(":");
    spans.push({ tid: Number(tid), kind: kind as SpanKind, start: o.start, end: endTime, info: o.info });
  }
  spans.sort((a, b) => a.start - b.start || a.tid - b.tid);
  return spans;
}

export function summarize(log: EventLog, endTime: number): Summary {
  const byTid = new Map<number, ThreadStats>();
  const get = (tid: number) => {
    let s = byTid.get(tid);
    if (!s) { s = { tid, name: log.names.get(tid) ?? `thread ${tid}`, hold: 0, wait: 0, blocked: 0, acquires: 0 }; byTid.set(tid, s); }
    return s;
  };
  for (const sp of spansOf(log, endTime)) {
    const s = get(sp.tid);
    const d = sp.end - sp.start;
    if (sp.kind === "hold") s.hold += d; else if (sp.kind === "wait") s.wait += d; else s.blocked += d;
  }
  let forced = 0, voluntary = 0, dropRequests = 0, lastDrop = -1, lastHolder = -1, switches = 0;
  for (let i = 0; i < log.length; i++) {
    const k = log.kind[i], tid = log.tid[i];
    if (k === Ev.DropForced || k === Ev.DropVoluntary) lastDrop = k;
    else if (k === Ev.DropRequest) dropRequests++;
    else if (k === Ev.Acquire) {
      get(tid).acquires++;
      if (lastHolder !== -1 && lastHolder !== tid) {
        switches++;
        if (lastDrop === Ev.DropForced) forced++; else voluntary++;
      }
      lastHolder = tid;
    }
  }
  for (const tid of log.names.keys()) get(tid);
  return { threads: [...byTid.values()].sort((a, b) => a.tid - b.tid), forced, voluntary, dropRequests, switches, duration: endTime };
}
