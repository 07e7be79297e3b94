// The `pygil` command line: `pygil FILE [args]`, `pygil -c CODE [args]`, --version, --help.

import { setHost, host } from "../host/host.ts";
import { nodeHost } from "../host/node.ts";
import * as workerThreads from "node:worker_threads";
import { setWorkerThreads } from "../concurrency/clock.ts";
import "../runtime/index.ts";
import "../stdlib/index.ts";
import { Interpreter } from "../interp/interpreter.ts";

const HELP = `usage: pygil [option] ... [-c cmd | file] [arg] ...
Runs a Python 3.11 program on pygil, a runtime with a faithful model of CPython's GIL.

Options:
  -c cmd         program passed in as string
  --version, -V  print the Python version number and exit
  --help, -h     print this help message and exit
`;

export async function main(argv: string[]): Promise<number> {
  setHost(nodeHost);
  setWorkerThreads(workerThreads);
  let i = 0;
  while (i < argv.length) {
    const a = argv[i];
    if (a === "--version" || a === "-V") { host.writeOut("Python 3.11.7 (pygil 0.1.0)\n"); return 0; }
    if (a === "--help" || a === "-h") { host.writeOut(HELP); return 0; }
    if (a === "-c") {
      if (i + 1 >= argv.length) { host.writeErr("Argument expected for the -c option\n" + HELP); return 2; }
      const code = argv[i + 1];
      const interp = new Interpreter(["-c", ...argv.slice(i + 2)]);
      interp.path.items.unshift("");
      return interp.runMain(code, "<string>");
    }
    if (a.startsWith("-") && a !== "-") { host.writeErr(`Unknown option: ${a}\n${HELP}`); return 2; }
    break;
  }
  if (i >= argv.length) { host.writeErr("pygil: the REPL is not available yet; pass a file or -c\n"); return 2; }
  const file = argv[i];
  const src = host.readText(file);
  if (src === null) {
    host.writeErr(`pygil: can't open file '${host.resolve(file)}': [Errno 2] No such file or directory\n`);
    return 2;
  }
  const interp = new Interpreter([file, ...argv.slice(i + 1)]);
  return interp.runFile(file, src);
}
