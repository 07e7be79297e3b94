// The Node.js host: synchronous fd writes (so output order is exactly program order and
// nothing is lost at exit), files through fs, clocks through process.hrtime.

import * as fs from "node:fs";
import * as path from "node:path";
import type { Host } from "./host.ts";

const sleepCell = new Int32Array(new SharedArrayBuffer(4));

function writeAll(fd: number, s: string): void {
  const buf = Buffer.from(s, "utf8");
  let off = 0;
  while (off < buf.length) {
    try {
      off += fs.writeSync(fd, buf, off, buf.length - off);
    } catch (e: any) {
      if (e.code === "EAGAIN") { Atomics.wait(sleepCell, 0, 0, 1); continue; }
      if (e.code === "EPIPE") return;
      throw e;
    }
  }
}

let stdinBuf = "";
let stdinEOF = false;

export const nodeHost: Host = {
  writeOut: (s) => writeAll(1, s),
  writeErr: (s) => writeAll(2, s),
  readText(p) {
    try { return fs.readFileSync(p, "utf8"); } catch { return null; }
  },
  isFile(p) { try { return fs.statSync(p).isFile(); } catch { return false; } },
  isDir(p) { try { return fs.statSync(p).isDirectory(); } catch { return false; } },
  cwd: () => process.cwd(),
  resolve: (p) => path.resolve(p),
  dirname: (p) => path.dirname(p),
  join: (...parts) => path.join(...parts),
  readLine() {
    for (;;) {
      const nl = stdinBuf.indexOf("\n");
      if (nl >= 0) { const line = stdinBuf.slice(0, nl); stdinBuf = stdinBuf.slice(nl + 1); return line; }
      if (stdinEOF) { if (stdinBuf.length) { const l = stdinBuf; stdinBuf = ""; return l; } return null; }
      const b = Buffer.alloc(65536);
      let n = 0;
      try { n = fs.readSync(0, b, 0, b.length, null); } catch (e: any) {
        if (e.code === "EAGAIN") { Atomics.wait(sleepCell, 0, 0, 5); continue; }
        if (e.code === "EOF") n = 0; else throw e;
      }
      if (n === 0) stdinEOF = true; else stdinBuf += b.subarray(0, n).toString("utf8");
    }
  },
  readLineAsync(done) {
    // a buffered line needs no read; otherwise read fd 0 on libuv's thread pool
    const nl = stdinBuf.indexOf("\n");
    if (nl >= 0 || stdinEOF) { done(nodeHost.readLine()); return; }
    const b = Buffer.alloc(65536);
    fs.read(0, b, 0, b.length, null, (err, n) => {
      if (err && (err as any).code === "EAGAIN") { setTimeout(() => nodeHost.readLineAsync(done), 5); return; }
      if (err || n === 0) stdinEOF = true; else stdinBuf += b.subarray(0, n).toString("utf8");
      nodeHost.readLineAsync(done);
    });
  },
  time: () => Date.now() / 1000,
  monotonic: () => Number(process.hrtime.bigint()) / 1e9,
  cpuTime: () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; },
  sleepSync(s) { if (s > 0) Atomics.wait(sleepCell, 0, 0, s * 1000); },
  isTTY: (fd) => { try { return require_tty().isatty(fd); } catch { return false; } },
  env: (n) => process.env[n],
  exit(code) { process.exit(code); },
};

import * as tty from "node:tty";
function require_tty() { return tty; }
