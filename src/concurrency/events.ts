// The GIL event log: every request, acquire, drop, drop request, block and thread lifetime,
// with the active clock's time (µs) and the switch number. Stored column-wise in growable
// arrays so that recording costs no allocation per event.

export const enum Ev {
  ThreadStart = 0,
  ThreadEnd = 1,
  Request = 2,      // a thread starts waiting for the GIL
  Acquire = 3,      // a thread takes the GIL
  DropForced = 4,   // the holder dropped it because of a drop request
  DropVoluntary = 5, // the holder released it for a blocking call or on exit
  DropRequest = 6,  // a waiter's interval expired: the holder is asked to drop
  BlockBegin = 7,
  BlockEnd = 8,
}
export const EV_NAMES = ["thread_start", "thread_end", "request", "acquire", "drop_forced", "drop_voluntary", "drop_request", "block_begin", "block_end"];

export class EventLog {
  kind: number[] = [];
  time: number[] = [];
  tid: number[] = [];
  sw: number[] = [];
  /** Reason or name strings, for block and thread events (else ""). */
  info: string[] = [];
  /** Thread id -> display name. */
  names = new Map<number, string>();
  enabled = true;
  /** False in the --gil off simulation: there is no GIL to record, only threads and blocks. */
  gilEvents = true;
  record(kind: Ev, time: number, tid: number, sw: number, info = ""): void {
    if (!this.enabled) return;
    if (!this.gilEvents && kind >= Ev.Request && kind <= Ev.DropRequest) return;
    this.kind.push(kind);
    this.time.push(time);
    this.tid.push(tid);
    this.sw.push(sw);
    this.info.push(info);
  }
  get length(): number { return this.kind.length; }
}
