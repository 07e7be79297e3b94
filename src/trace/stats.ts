// `--stats`: per-thread time holding the GIL, waiting for it and blocked, and the hand-offs.

import { EventLog } from "../concurrency/events.ts";
import { summarize } from "./spans.ts";

function ms(us: number): string { return (us / 1000).toFixed(1).padStart(9); }

export function formatStats(log: EventLog, endTime: number, label: string): string {
  const s = summarize(log, endTime);
  const lines: string[] = [];
  lines.push(`pygil GIL statistics (${label}), ${ (endTime / 1e6).toFixed(3)} s`);
  lines.push(`  thread                       hold ms   wait ms  blocked ms  acquires`);
  for (const t of s.threads) {
    lines.push(`  ${t.name.padEnd(26).slice(0, 26)} ${ms(t.hold)} ${ms(t.wait)}  ${ms(t.blocked)}  ${String(t.acquires).padStart(8)}`);
  }
  const perSec = endTime > 0 ? (s.switches / (endTime / 1e6)).toFixed(1) : "0";
  lines.push(`  hand-offs: ${s.switches} (${s.forced} forced, ${s.voluntary} voluntary), ${perSec}/s; drop requests: ${s.dropRequests}`);
  return lines.join("\n") + "\n";
}
