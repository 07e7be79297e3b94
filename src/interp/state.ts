// Per-thread interpreter state read by compiled code through `$R`: recursion depth and limit,
// the frame-id counter and the exception being handled. One object; the scheduler swaps its
// fields when the running thread changes.

import type { PyBaseException } from "../runtime/exceptions.ts";

export interface ThreadState {
  depth: number;
  limit: number;
  fid: number;
  handling: PyBaseException | undefined;
  /** Globals and locals published by a call site of globals()/locals()/eval()/exec()/... */
  G: Record<string, any> | null;
  L: any;
  /** Code object and position index of the latest call spelled `warn(...)` (for warnings.warn). */
  wc: any;
  wp: number;
}

export const threadState: ThreadState = { depth: 0, limit: 1000, fid: 0, handling: undefined, G: null, L: null, wc: null, wp: 0 };
