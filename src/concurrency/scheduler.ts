// Runs Python threads: drives each thread's generator stack and answers the scheduler
// requests (SchedReq) they yield. This first version runs the main thread only; blocking
// requests block the JS thread.

import type { Gen } from "../runtime/core.ts";
import { SchedReq } from "../runtime/generator.ts";
import { breakHooks, evalBreaker } from "../runtime/breaker.ts";
import { host } from "../host/host.ts";

export const SLEEP = 1;

/** Something the interpreter provides to report an uncaught exception and flush output. */
export interface MainHost {
  reportUncaught(e: any): number;
  flushStdout(): void;
}

breakHooks.handle = function* (): Gen<void> {
  evalBreaker[0] = 0;
};

export function runMainThread(interp: MainHost, body: () => Gen<any>): number {
  let code = 0;
  try {
    const gen = body();
    let r = gen.next();
    while (!r.done) {
      const req = r.value as SchedReq;
      let answer: any = undefined;
      if (req instanceof SchedReq && req.kind === SLEEP) host.sleepSync(req.arg);
      r = gen.next(answer);
    }
  } catch (e) {
    code = interp.reportUncaught(e);
  }
  interp.flushStdout();
  return code;
}
