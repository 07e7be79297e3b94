// sys.stdout / sys.stderr / sys.stdin: text streams over the host with CPython's buffering
// (stdout block-buffered, line-buffered on a TTY; stderr line-buffered; flushed at exit).

import { PyObj, PyType, None, objectType, typeOf, Gen } from "../runtime/core.ts";
import { defMethod } from "../runtime/function.ts";
import { defGetSet } from "../runtime/attr.ts";
import { typeError, valueError, newExc, OSError } from "../runtime/exceptions.ts";
import { host } from "../host/host.ts";
import { strLen } from "../runtime/ops.ts";
import { textIOBaseType } from "../stdlib/io_base.ts";

// a subclass of io's _TextIOBase, so that writelines, readlines, iteration... are inherited
export const textIOType = new PyType("TextIOWrapper", [textIOBaseType]);
textIOType.mro = [textIOType, ...textIOBaseType.mro];
textIOType.module = "_io";

export class PyTextStream extends PyObj {
  fd: number;
  name: string;
  buf = "";
  lineBuffered: boolean;
  closed = false;
  constructor(fd: number, name: string, lineBuffered: boolean) {
    super(textIOType);
    this.fd = fd;
    this.name = name;
    this.lineBuffered = lineBuffered;
  }
  /** Fast path used by print(): append text, flush by CPython's rules. */
  $fastWrite(s: string): void {
    if (this.closed) throw valueError("I/O operation on closed file.");
    this.buf += s;
    if (this.buf.length > 8192 || (this.lineBuffered && s.includes("\n"))) this.flush();
  }
  flush(): void {
    if (!this.buf) return;
    const b = this.buf;
    this.buf = "";
    if (this.fd === 1) host.writeOut(b); else host.writeErr(b);
  }
}

defMethod(textIOType, "write", ["s"], (self: PyTextStream, s: any) => {
  if (typeof s !== "string") throw typeError(`write() argument must be str, not ${typeOf(s).name}`);
  self.$fastWrite(s);
  return strLen(s);
});
defMethod(textIOType, "flush", [], (self: PyTextStream) => { self.flush(); return None; });
defMethod(textIOType, "fileno", [], (self: PyTextStream) => self.fd);
defMethod(textIOType, "isatty", [], (self: PyTextStream) => host.isTTY(self.fd));
defMethod(textIOType, "writable", [], (self: PyTextStream) => self.fd !== 0);
defMethod(textIOType, "readable", [], (self: PyTextStream) => self.fd === 0);
defMethod(textIOType, "close", [], (self: PyTextStream) => { self.flush(); self.closed = true; return None; });
defMethod(textIOType, "readline", ["size?"], (self: PyTextStream) => {
  if (self.fd !== 0) throw newExc(OSError, "not readable");
  const l = host.readLine();
  return l === null ? "" : l + "\n";
});
defMethod(textIOType, "read", ["size?"], (self: PyTextStream) => {
  if (self.fd !== 0) throw newExc(OSError, "not readable");
  let out = "";
  for (;;) { const l = host.readLine(); if (l === null) break; out += l + "\n"; }
  return out;
});
defMethod(textIOType, "__enter__", [], (self) => self);
defMethod(textIOType, "__exit__", ["*args"], (self: PyTextStream) => { self.flush(); return None; });
defGetSet(textIOType, "encoding", () => "utf-8");
defGetSet(textIOType, "errors", () => "strict");
defGetSet(textIOType, "name", (s: PyTextStream) => s.name);
defGetSet(textIOType, "closed", (s: PyTextStream) => s.closed);
defGetSet(textIOType, "line_buffering", (s: PyTextStream) => s.lineBuffered);
defMethod(textIOType, "__repr__", [], (s: PyTextStream) => `<_io.TextIOWrapper name='${s.name}' mode='${s.fd === 0 ? "r" : "w"}' encoding='utf-8'>`);

export function makeStdStreams(): { stdin: PyTextStream; stdout: PyTextStream; stderr: PyTextStream } {
  return {
    stdin: new PyTextStream(0, "<stdin>", false),
    stdout: new PyTextStream(1, "<stdout>", host.isTTY(1)),
    stderr: new PyTextStream(2, "<stderr>", true),
  };
}
