// The io module and open(): file objects (FileIO, BufferedReader/Writer/Random, TextIOWrapper)
// over the host file system. All reading and writing of file data goes through fsRead/fsWrite
// below, so that they can later release the GIL around the blocking call.

import {
  PyObj, PyType, PyBytes, PyByteArray, PyList, None, NEED, STOP, Gen, typeOf, Ns,
} from "../runtime/core.ts";
import { defMethod, defBuiltin } from "../runtime/function.ts";
import { defGetSet, getattr } from "../runtime/attr.ts";
import { callv } from "../runtime/call.ts";
import * as E from "../runtime/exceptions.ts";
import { newExc, typeError, valueError, PyBaseException } from "../runtime/exceptions.ts";
import { excWithAttrs } from "../runtime/baseexception.ts";
import { asInt, truth, strLen } from "../runtime/ops.ts";
import { asStr } from "../runtime/str.ts";
import { repr } from "../runtime/repr.ts";
import { lookupCodec, encodeStr, decodeBytes } from "../runtime/unicode_codecs.ts";
import { hooks } from "../runtime/hooks.ts";
import { host } from "../host/host.ts";
import { registerModule, makeModule } from "../interp/interpreter.ts";
import { builtinType } from "../runtime/core.ts";
import {
  PyIOBase, iobaseType, rawIOBaseType, bufferedIOBaseType, textIOBaseType, UnsupportedOperation,
  unsupported, closedError, sizeArg, intArg, bytesLike, concatBytes, lineEnd, advanceCP,
  newlinesValue, scanNewlines, checkNewline, stringIOType, bytesIOType, PyBytesIO,
} from "./io_base.ts";

// --- the host file system -------------------------------------------------------------------------

/** Node's fs module when running on Node (a browser host has none: file operations raise OSError). */
export const nodeFs: any = (() => {
  try { return (globalThis as any).process?.getBuiltinModule?.("node:fs") ?? null; } catch { return null; }
})();

const ERRNO: Record<string, [number, string, PyType]> = {
  EPERM: [1, "Operation not permitted", E.PermissionError],
  ENOENT: [2, "No such file or directory", E.FileNotFoundError],
  EINTR: [4, "Interrupted system call", E.InterruptedError],
  EIO: [5, "Input/output error", E.OSError],
  EBADF: [9, "Bad file descriptor", E.OSError],
  EAGAIN: [11, "Resource temporarily unavailable", E.BlockingIOError],
  EACCES: [13, "Permission denied", E.PermissionError],
  EBUSY: [16, "Device or resource busy", E.OSError],
  EEXIST: [17, "File exists", E.FileExistsError],
  EXDEV: [18, "Invalid cross-device link", E.OSError],
  ENOTDIR: [20, "Not a directory", E.NotADirectoryError],
  EISDIR: [21, "Is a directory", E.IsADirectoryError],
  EINVAL: [22, "Invalid argument", E.OSError],
  EMFILE: [24, "Too many open files", E.OSError],
  ENOSPC: [28, "No space left on device", E.OSError],
  ESPIPE: [29, "Illegal seek", E.OSError],
  EROFS: [30, "Read-only file system", E.OSError],
  EPIPE: [32, "Broken pipe", E.BrokenPipeError],
  ENAMETOOLONG: [36, "File name too long", E.OSError],
  ENOSYS: [38, "Function not implemented", E.OSError],
  ENOTEMPTY: [39, "Directory not empty", E.OSError],
  ELOOP: [40, "Too many levels of symbolic links", E.OSError],
};
export const errnoCodes: Record<string, number> = {};
export const errnoMessages: Record<number, string> = {};
for (const [k, v] of Object.entries(ERRNO)) { errnoCodes[k] = v[0]; errnoMessages[v[0]] = v[1]; }

/** An OSError (of the matching subclass) for an errno code name, as CPython raises it. */
export function osErrorFor(code: string, filename?: any, filename2?: any): PyBaseException {
  const info = ERRNO[code] ?? [5, "Input/output error", E.OSError];
  const attrs: Record<string, any> = { errno: info[0], strerror: info[1], filename: filename ?? None, filename2: filename2 ?? None };
  return excWithAttrs(info[2], [info[0], info[1]], attrs);
}
/** Translate an error thrown by the host (a Node system error) into a Python exception. */
export function fsError(e: any, filename?: any, filename2?: any): any {
  if (e instanceof PyBaseException) return e;
  if (e && typeof e.code === "string" && ERRNO[e.code]) return osErrorFor(e.code, filename, filename2);
  if (e && typeof e.code === "string" && typeof e.errno === "number") {
    const n = -e.errno;
    return excWithAttrs(E.OSError, [n, String(e.message ?? e.code)], { errno: n, strerror: String(e.code), filename: filename ?? None, filename2: None });
  }
  return E.internalError(e);
}
/** The fs module, or OSError ENOSYS on hosts without a file system. */
export function requireFs(): any {
  if (nodeFs === null) throw osErrorFor("ENOSYS");
  return nodeFs;
}

/** Read up to len bytes at pos (null: the current position). The one place file data is read. */
function fsRead(fd: number, buf: Uint8Array, off: number, len: number, pos: number | null): number {
  for (;;) {
    try { return nodeFs.readSync(fd, buf, off, len, pos); } catch (e: any) {
      if (e && e.code === "EAGAIN") { host.sleepSync(0.001); continue; }
      if (e && e.code === "EOF") return 0;
      throw fsError(e);
    }
  }
}
/** Write all of buf at pos (null: the current position). The one place file data is written. */
function fsWrite(fd: number, buf: Uint8Array, pos: number | null): void {
  let off = 0;
  while (off < buf.length) {
    try {
      const n = nodeFs.writeSync(fd, buf, off, buf.length - off, pos === null ? null : pos + off);
      off += n;
    } catch (e: any) {
      if (e && e.code === "EAGAIN") { host.sleepSync(0.001); continue; }
      throw fsError(e);
    }
  }
}

/** os.read(fd, n): one read at the current position. */
export function fdRead(fd: number, n: number): Uint8Array {
  requireFs();
  const b = new Uint8Array(n);
  const got = fsRead(fd, b, 0, n, null);
  return got === n ? b : b.subarray(0, got);
}
/** os.write(fd, data). */
export function fdWrite(fd: number, data: Uint8Array): number {
  requireFs();
  fsWrite(fd, data, null);
  return data.length;
}

/** os.fspath(): str or bytes from a str, bytes or os.PathLike; else null (caller words the error). */
export function* fspathG(v: any): Gen<string | PyBytes | null> {
  const s = asStr(v);
  if (s !== undefined) return s;
  if (v instanceof PyBytes) return v;
  const t = typeOf(v);
  const f = t.lookup("__fspath__");
  if (f === undefined) return null;
  const r = yield* callv(yield* getattr(v, "__fspath__"), [], null, null);
  const rs = asStr(r);
  if (rs !== undefined) return rs;
  if (r instanceof PyBytes) return r;
  throw typeError(`expected ${t.name}.__fspath__() to return str or bytes, not ${typeOf(r).name}`);
}
/** A host path string from a str or bytes path. */
export function hostPath(p: string | PyBytes): string {
  if (typeof p === "string") {
    if (p.includes("\0")) throw valueError("embedded null byte");
    return p;
  }
  if (p.b.includes(0)) throw valueError("embedded null byte");
  return new TextDecoder().decode(p.b);
}

// --- binary files -----------------------------------------------------------------------------------

export const fileIOType = builtinType("FileIO", rawIOBaseType, "_io");
export const bufferedReaderType = builtinType("BufferedReader", bufferedIOBaseType, "_io");
export const bufferedWriterType = builtinType("BufferedWriter", bufferedIOBaseType, "_io");
export const bufferedRandomType = builtinType("BufferedRandom", bufferedIOBaseType, "_io");
const BUFSIZE = 8192;

/**
 * A file opened in binary mode. One JS class serves FileIO (unbuffered: every call goes to the
 * file) and the buffered types. We track the file position ourselves (Node has no lseek) and
 * read/write at explicit offsets when the file is seekable.
 */
export class PyBufFile extends PyIOBase {
  fd = -1;
  nameObj: any = None;
  rawMode = "rb";
  readable = false;
  writable = false;
  append = false;
  seekable = false;
  closefd = true;
  buffered = true;
  /** Position in the file of the next raw read or write. */
  pos = 0;
  rbuf: Uint8Array = new Uint8Array(0);
  rpos = 0;
  wchunks: Uint8Array[] = [];
  wlen = 0;
  rawView: PyBufFile | null = null;
  owner: PyBufFile | null = null;

  nx(): any {
    if (!this.$cls.isBuiltin || !this.readable) return NEED;
    this.check();
    const l = this.readline(-1);
    return l.length === 0 ? STOP : new PyBytes(l);
  }
  check(): void { if (this.closed) throw closedError(); }
  private filePos(): number | null { return this.seekable ? this.pos : null; }
  rawRead(n: number): Uint8Array {
    const b = new Uint8Array(n);
    const got = fsRead(this.fd, b, 0, n, this.filePos());
    this.pos += got;
    return got === n ? b : b.subarray(0, got);
  }
  flushW(): void {
    if (this.wlen === 0) return;
    const data = concatBytes(this.wchunks);
    this.wchunks = []; this.wlen = 0;
    if (this.append) {
      fsWrite(this.fd, data, null);
      this.pos = this.seekable ? nodeFs.fstatSync(this.fd).size : this.pos + data.length;
    } else {
      fsWrite(this.fd, data, this.filePos());
      this.pos += data.length;
    }
  }
  /** Drop read-ahead, moving the raw position back to the logical one. */
  dropRead(): void {
    const left = this.rbuf.length - this.rpos;
    if (left > 0 && this.seekable) this.pos -= left;
    this.rbuf = new Uint8Array(0); this.rpos = 0;
  }
  tellPos(): number {
    if (this.wlen) return this.append ? this.pos + this.wlen : this.pos + this.wlen;
    return this.pos - (this.rbuf.length - this.rpos);
  }
  /** Some bytes (at least one unless at EOF): what is buffered, else one raw read. */
  readChunk(n: number): Uint8Array {
    this.flushW();
    if (this.rpos < this.rbuf.length) {
      const e = Math.min(this.rbuf.length, this.rpos + n);
      const out = this.rbuf.slice(this.rpos, e);
      this.rpos = e;
      return out;
    }
    return this.rawRead(Math.max(n, 1));
  }
  read(n: number): Uint8Array {
    this.flushW();
    if (!this.buffered) {
      if (n >= 0) return this.rawRead(n);
    }
    const chunks: Uint8Array[] = [];
    let have = 0;
    if (this.rpos < this.rbuf.length) {
      const e = n < 0 ? this.rbuf.length : Math.min(this.rbuf.length, this.rpos + n);
      chunks.push(this.rbuf.slice(this.rpos, e));
      have = e - this.rpos;
      this.rpos = e;
    }
    while (n < 0 || have < n) {
      const want = n < 0 ? Math.max(BUFSIZE, this.seekable ? this.sizeLeft() : 0) : n - have;
      const c = this.rawRead(Math.max(want, 1));
      if (c.length === 0) break;
      chunks.push(c);
      have += c.length;
    }
    return concatBytes(chunks);
  }
  private sizeLeft(): number {
    try { return Math.max(0, nodeFs.fstatSync(this.fd).size - this.pos) + 1; } catch { return BUFSIZE; }
  }
  fillBuf(): boolean {
    this.flushW();
    const c = this.rawRead(BUFSIZE);
    if (this.rpos < this.rbuf.length) this.rbuf = concatBytes([this.rbuf.subarray(this.rpos), c]);
    else this.rbuf = c;
    this.rpos = 0;
    return c.length > 0;
  }
  readline(limit: number): Uint8Array {
    this.flushW();
    let from = this.rpos;
    for (;;) {
      const i = this.rbuf.indexOf(10, from);
      const avail = this.rbuf.length - this.rpos;
      if (i >= 0 || (limit >= 0 && avail >= limit)) {
        let e = i >= 0 ? i + 1 : this.rbuf.length;
        if (limit >= 0) e = Math.min(e, this.rpos + limit);
        const out = this.rbuf.slice(this.rpos, e);
        this.rpos = e;
        return out;
      }
      from = this.rbuf.length - this.rpos;
      if (!this.fillBuf()) {
        const out = this.rbuf.slice(this.rpos);
        this.rpos = this.rbuf.length;
        return out;
      }
      from = from + this.rpos;
    }
  }
  write(b: Uint8Array): void {
    if (this.rpos < this.rbuf.length || this.rbuf.length) this.dropRead();
    if (!this.buffered) {
      const saved = this.wchunks;
      this.wchunks = [b]; this.wlen = b.length;
      try { this.flushW(); } finally { this.wchunks = saved.length ? saved : []; }
      return;
    }
    this.wchunks.push(b.slice());
    this.wlen += b.length;
    if (this.wlen >= BUFSIZE) this.flushW();
  }
  seek(off: number, whence: number): number {
    if (!this.seekable) throw osErrorFor("ESPIPE");
    this.flushW();
    let target: number;
    if (whence === 0) target = off;
    else if (whence === 1) target = this.tellPos() + off;
    else target = nodeFs.fstatSync(this.fd).size + off;
    if (target < 0) throw osErrorFor("EINVAL");
    this.rbuf = new Uint8Array(0); this.rpos = 0;
    this.pos = target;
    return target;
  }
  closeFile(): void {
    if (this.closed) return;
    try { this.flushW(); } finally {
      this.closed = true;
      if (this.rawView) this.rawView.closed = true;
      if (this.closefd && this.fd >= 0) { try { nodeFs.closeSync(this.fd); } catch (e) { throw fsError(e); } }
    }
  }
}
for (const t of [fileIOType, bufferedReaderType, bufferedWriterType, bufferedRandomType]) t.alloc = (cls) => new PyBufFile(cls);

function bf(self: any, name: string, tname: string): PyBufFile {
  if (!(self instanceof PyBufFile)) throw typeError(`descriptor '${name}' for '_io.${tname}' objects doesn't apply to a '${typeOf(self).name}' object`);
  self.check();
  return self;
}
function ownerOf(f: PyBufFile): PyBufFile { return f.owner ?? f; }

function defBinary(t: PyType, canRead: boolean, canWrite: boolean) {
  const tn = t.name;
  if (canRead) {
    defMethod(t, "read", ["size?", "/"], (self: any, size: any) => {
      const f = ownerOf(bf(self, "read", tn));
      if (!f.readable) throw unsupported(t === fileIOType ? "File not open for reading" : "read");
      return new PyBytes(f.read(sizeArg(size)));
    });
    defMethod(t, "readall", [], (self: any) => new PyBytes(ownerOf(bf(self, "readall", tn)).read(-1)));
    defMethod(t, "read1", ["size?", "/"], (self: any, size: any) => {
      const f = ownerOf(bf(self, "read1", tn));
      const n = sizeArg(size);
      return new PyBytes(f.readChunk(n < 0 ? BUFSIZE : n));
    });
    defMethod(t, "peek", ["size?", "/"], (self: any) => {
      const f = ownerOf(bf(self, "peek", tn));
      if (f.rpos >= f.rbuf.length) f.fillBuf();
      return new PyBytes(f.rbuf.slice(f.rpos));
    });
    defMethod(t, "readline", ["size?", "/"], (self: any, size: any) => {
      const f = ownerOf(bf(self, "readline", tn));
      if (!f.readable) throw unsupported(t === fileIOType ? "File not open for reading" : "read");
      return new PyBytes(f.readline(sizeArg(size)));
    });
    defMethod(t, "__next__", [], (self: any) => {
      const f = ownerOf(bf(self, "__next__", tn));
      if (!f.readable) throw unsupported("read");
      const l = f.readline(-1);
      if (l.length === 0) throw newExc(E.StopIteration);
      return new PyBytes(l);
    });
    defMethod(t, "readinto", ["buffer", "/"], (self: any, buf: any) => {
      const f = ownerOf(bf(self, "readinto", tn));
      if (!(buf instanceof PyByteArray)) throw typeError(`readinto() argument must be read-write bytes-like object, not ${typeOf(buf).name}`);
      const data = f.read(buf.len);
      buf.b.set(data, 0);
      return data.length;
    });
  }
  if (canWrite) {
    defMethod(t, "write", ["b", "/"], (self: any, x: any) => {
      const f = ownerOf(bf(self, "write", tn));
      if (!f.writable) throw unsupported(t === fileIOType ? "File not open for writing" : "write");
      const u = bytesLike(x);
      if (u === undefined) throw typeError(`a bytes-like object is required, not '${typeOf(x).name}'`);
      f.write(u);
      return u.length;
    });
  }
  defMethod(t, "flush", [], (self: any) => { const f = ownerOf(bf(self, "flush", tn)); f.flushW(); return None; });
  defMethod(t, "close", [], (self: any) => {
    if (!(self instanceof PyBufFile)) throw typeError(`descriptor 'close' requires a '_io.${tn}' object`);
    ownerOf(self).closeFile();
    self.closed = true;
    return None;
  });
  defMethod(t, "seek", ["target", "whence?", "/"], (self: any, off: any, whence: any) => {
    const f = ownerOf(bf(self, "seek", tn));
    const w = whence === undefined ? 0 : intArg(whence);
    if (w < 0 || w > 2) throw valueError(`whence value ${w} unsupported`);
    return f.seek(intArg(off), w);
  });
  defMethod(t, "tell", [], (self: any) => {
    const f = ownerOf(bf(self, "tell", tn));
    if (!f.seekable) throw osErrorFor("ESPIPE");
    return f.tellPos();
  });
  defMethod(t, "truncate", ["size?", "/"], (self: any, size: any) => {
    const f = ownerOf(bf(self, "truncate", tn));
    if (!f.writable) throw unsupported(t === fileIOType ? "File not open for writing" : "truncate");
    f.flushW();
    const n = size === undefined || size === None ? f.tellPos() : intArg(size);
    try { nodeFs.ftruncateSync(f.fd, n); } catch (e) { throw fsError(e); }
    return n;
  });
  defMethod(t, "fileno", [], (self: any) => ownerOf(bf(self, "fileno", tn)).fd);
  defMethod(t, "isatty", [], (self: any) => host.isTTY(ownerOf(bf(self, "isatty", tn)).fd));
  defMethod(t, "readable", [], (self: any) => ownerOf(bf(self, "readable", tn)).readable);
  defMethod(t, "writable", [], (self: any) => ownerOf(bf(self, "writable", tn)).writable);
  defMethod(t, "seekable", [], (self: any) => ownerOf(bf(self, "seekable", tn)).seekable);
  defGetSet(t, "closed", (self: PyBufFile) => ownerOf(self).closed);
  defGetSet(t, "name", (self: PyBufFile) => self.nameObj);
  defGetSet(t, "mode", (self: PyBufFile) => self.rawMode);
  defMethod(t, "__repr__", [], function* (self: PyBufFile) {
    if (t === fileIOType) {
      if (ownerOf(self).closed) return "<_io.FileIO [closed]>";
      return `<_io.FileIO name=${yield* repr(self.nameObj)} mode='${self.rawMode}' closefd=${self.closefd ? "True" : "False"}>`;
    }
    return `<_io.${tn} name=${yield* repr(self.nameObj)}>`;
  });
  if (t !== fileIOType) {
    defGetSet(t, "raw", (self: PyBufFile) => {
      if (!self.rawView) {
        const r = new PyBufFile(fileIOType);
        r.owner = self; r.fd = self.fd; r.nameObj = self.nameObj; r.rawMode = self.rawMode;
        r.readable = self.readable; r.writable = self.writable; r.seekable = self.seekable; r.closefd = self.closefd;
        r.closed = self.closed;
        self.rawView = r;
      }
      return self.rawView;
    });
  } else {
    defGetSet(t, "closefd", (self: PyBufFile) => self.closefd);
  }
}
defBinary(fileIOType, true, true);
defBinary(bufferedReaderType, true, false);
defBinary(bufferedWriterType, false, true);
defBinary(bufferedRandomType, true, true);

// --- text files --------------------------------------------------------------------------------------

export const textIOWrapperType = builtinType("TextIOWrapper", textIOBaseType, "_io");

/** The byte stream under a text file: a binary file or a BytesIO. */
type ByteSrc = PyBufFile | PyBytesIO;

/**
 * A text file. Decoded text that has been read ahead but not delivered is kept untranslated in
 * `tb` from index `ti`; bytes of an incomplete character wait in `pending`. Newline translation
 * happens on delivery, so tell() can compute the byte position exactly.
 */
export class PyTextFile extends PyIOBase {
  buffer!: ByteSrc;
  encoding = "UTF-8";
  codec = "utf-8";
  errors = "strict";
  /** The newline argument: null (universal, translated), "", "\n", "\r", "\r\n". */
  nl: string | null = null;
  lineBuffering = false;
  writeThrough = false;
  tb = "";
  ti = 0;
  hasCR = false;
  pending: Uint8Array = new Uint8Array(0);
  eof = false;
  seen = 0;
  wroteAny = false;

  nx(): any {
    if (!this.$cls.isBuiltin) return NEED;
    this.checkRead();
    const l = this.readline(-1);
    return l === "" ? STOP : l;
  }
  get isClosed(): boolean { return this.buffer.closed; }
  checkOpen(): void { if (this.buffer.closed) throw closedError(); }
  checkRead(): void {
    this.checkOpen();
    if (this.buffer instanceof PyBufFile && !this.buffer.readable) throw unsupported("not readable");
  }
  checkWrite(): void {
    this.checkOpen();
    if (this.buffer instanceof PyBufFile && !this.buffer.writable) throw unsupported("not writable");
  }
  private srcRead(n: number): Uint8Array {
    const b = this.buffer;
    return b instanceof PyBufFile ? b.readChunk(n) : b.read(n);
  }
  private decode(b: Uint8Array, final: boolean): string {
    let keep = 0;
    if (!final && b.length) keep = incompleteTail(b, this.codec);
    if (keep) { this.pending = b.slice(b.length - keep); b = b.subarray(0, b.length - keep); }
    else this.pending = new Uint8Array(0);
    if (b.length === 0) return "";
    return decodeBytes(b, this.codec, this.errors);
  }
  /** Read and decode one more chunk; false at EOF. */
  fill(): boolean {
    if (this.eof) return false;
    // codecs with a byte-order mark are decoded in one go
    const whole = this.codec !== "utf-8" && this.codec !== "latin-1" && this.codec !== "ascii" && this.codec !== "cp1252";
    const raw = whole ? (this.buffer instanceof PyBufFile ? this.buffer.read(-1) : this.buffer.read(-1)) : this.srcRead(BUFSIZE);
    let text: string;
    if (raw.length === 0 || whole) {
      this.eof = true;
      const all = this.pending.length ? concatBytes([this.pending, raw]) : raw;
      text = this.decode(all, true);
    } else {
      text = this.decode(this.pending.length ? concatBytes([this.pending, raw]) : raw, false);
    }
    this.tb = this.ti < this.tb.length ? this.tb.slice(this.ti) + text : text;
    this.ti = 0;
    this.hasCR = this.tb.includes("\r");
    return text.length > 0 || !this.eof;
  }
  private deliver(seg: string): string {
    if (this.nl === null) {
      if (seg.includes("\r")) { this.seen |= scanNewlines(seg); return seg.replace(/\r\n?/g, "\n"); }
      if (seg.includes("\n")) this.seen |= 2;
    } else if (this.nl === "") this.seen |= scanNewlines(seg);
    return seg;
  }
  readAll(): string {
    let out = this.deliver(this.tb.slice(this.ti));
    this.tb = ""; this.ti = 0;
    const parts: string[] = [];
    let carryCR = out.endsWith("\r") && this.nl === null;
    while (this.fill()) {
      let seg = this.tb;
      this.tb = ""; this.ti = 0;
      if (carryCR && seg.startsWith("\n")) seg = seg.slice(1);
      const d = this.deliver(seg);
      carryCR = this.nl === null && seg.endsWith("\r");
      parts.push(d);
    }
    return parts.length ? out + parts.join("") : out;
  }
  readN(n: number): string {
    let out = "";
    let need = n;
    while (need > 0) {
      while (!this.eof && this.tb.length - this.ti <= 2 * need + 1) this.fill();
      if (this.ti >= this.tb.length) break;
      const tb = this.tb;
      let e = advanceCP(tb, this.ti, need);
      if (this.nl === null && tb.charCodeAt(e - 1) === 13 && tb.charCodeAt(e) === 10) e++;
      const seg = this.deliver(tb.slice(this.ti, e));
      this.ti = e;
      out += seg;
      need -= strLen(seg);
    }
    return out;
  }
  readline(limit: number): string {
    let e = -1;
    for (;;) {
      const m = this.nl === null || this.nl === "" ? (this.hasCR ? "" : "\n") : this.nl;
      e = this.ti < this.tb.length ? lineEnd(this.tb, this.ti, m) : -1;
      if (e >= 0) break;
      if (limit >= 0 && this.tb.length - this.ti >= 2 * limit + 2) { e = this.tb.length; break; }
      if (this.eof || !this.fill()) {
        if (this.ti >= this.tb.length) return "";
        e = this.tb.length;
        break;
      }
    }
    if (limit >= 0) {
      const cut = advanceCP(this.tb, this.ti, limit);
      if (cut < e) e = cut;
    }
    const seg = this.tb.slice(this.ti, e);
    this.ti = e;
    return this.deliver(seg);
  }
  /** Forget read-ahead (before writes and seeks). */
  resetRead(): void {
    this.tb = ""; this.ti = 0; this.pending = new Uint8Array(0); this.eof = false; this.hasCR = false;
  }
  writeText(s: string): number {
    const n = strLen(s);
    let t = s;
    if (this.nl !== null && this.nl !== "" && this.nl !== "\n" && t.includes("\n")) t = t.replace(/\n/g, this.nl);
    if (this.tb.length || this.pending.length) this.resetRead();
    this.eof = false;
    // a byte-order mark only at the start of the file
    let codec = this.codec;
    if (this.wroteAny || this.tellBytes() > 0) {
      if (codec === "utf-8-sig") codec = "utf-8";
      else if (codec === "utf-16") codec = "utf-16-le";
      else if (codec === "utf-32") codec = "utf-32-le";
    }
    const b = encodeStr(t, codec, this.errors);
    this.wroteAny = true;
    const buf = this.buffer;
    if (buf instanceof PyBufFile) {
      buf.write(b);
      if (this.writeThrough || (this.lineBuffering && (s.includes("\n") || s.includes("\r")))) buf.flushW();
    } else buf.write(b);
    return n;
  }
  tellBytes(): number {
    const b = this.buffer;
    return b instanceof PyBufFile ? b.tellPos() : b.pos;
  }
  tell(): number {
    const base = this.tellBytes() - this.pending.length;
    if (this.ti >= this.tb.length) return base;
    return base - encodeStr(this.tb.slice(this.ti), this.codec === "utf-8-sig" ? "utf-8" : this.codec, "surrogatepass").length;
  }
  seekBytes(off: number, whence: number): number {
    const b = this.buffer;
    this.resetRead();
    if (b instanceof PyBufFile) return b.seek(off, whence);
    b.pos = whence === 0 ? off : whence === 1 ? b.pos + off : b.n + off;
    return b.pos;
  }
  flush(): void {
    const b = this.buffer;
    if (b instanceof PyBufFile) b.flushW();
  }
  close(): void {
    if (this.buffer.closed) return;
    const b = this.buffer;
    if (b instanceof PyBufFile) b.closeFile(); else b.closed = true;
  }
}
textIOWrapperType.alloc = (cls) => new PyTextFile(cls);

/** How many trailing bytes of b start a character that is not complete yet. */
function incompleteTail(b: Uint8Array, codec: string): number {
  if (codec !== "utf-8") return 0;
  const n = b.length;
  for (let k = 1; k <= Math.min(3, n); k++) {
    const c = b[n - k];
    if ((c & 0xc0) === 0x80) continue;
    const need = c >= 0xf0 && c <= 0xf4 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 && c < 0xe0 ? 2 : 1;
    return need > k ? k : 0;
  }
  return 0;
}

function tf(self: any, name: string): PyTextFile {
  if (!(self instanceof PyTextFile) || self.buffer === undefined) {
    if (self instanceof PyTextFile) throw valueError("I/O operation on uninitialized object");
    throw typeError(`descriptor '${name}' for '_io.TextIOWrapper' objects doesn't apply to a '${typeOf(self).name}' object`);
  }
  return self;
}
const T = textIOWrapperType;
defMethod(T, "__init__", ["buffer", "encoding?", "errors?", "newline?", "line_buffering?", "write_through?"],
  function* (self: PyTextFile, buffer: any, encoding: any, errors: any, newline: any, lb: any, wt: any) {
    if (!(buffer instanceof PyBufFile) && !(buffer instanceof PyBytesIO)) {
      throw typeError(`pygil: TextIOWrapper needs a binary file or BytesIO, not '${typeOf(buffer).name}'`);
    }
    yield* initText(self, buffer, encoding, errors, newline, lb, wt);
    return None;
  });
function* initText(self: PyTextFile, buffer: ByteSrc, encoding: any, errors: any, newline: any, lb: any, wt: any): Gen<void> {
  if (encoding === undefined || encoding === None) { self.encoding = "UTF-8"; self.codec = "utf-8"; }
  else {
    const e = asStr(encoding);
    if (e === undefined) throw typeError(`TextIOWrapper() argument 'encoding' must be str or None, not ${typeOf(encoding).name}`);
    self.codec = lookupCodec(e);
    self.encoding = e;
  }
  if (errors === undefined || errors === None) self.errors = "strict";
  else {
    const e = asStr(errors);
    if (e === undefined) throw typeError(`TextIOWrapper() argument 'errors' must be str or None, not ${typeOf(errors).name}`);
    self.errors = e;
  }
  const nl = checkNewline(newline === undefined ? None : newline);
  if (nl !== null && nl.startsWith("!")) throw valueError(`illegal newline value: ${nl.slice(1)}`);
  self.nl = nl;
  self.buffer = buffer;
  self.lineBuffering = lb !== undefined && (yield* truth(lb));
  self.writeThrough = wt !== undefined && (yield* truth(wt));
  self.resetRead();
}
defMethod(T, "read", ["size?", "/"], (self: any, size: any) => {
  const f = tf(self, "read");
  f.checkRead();
  const n = sizeArg(size);
  if (f.buffer instanceof PyBufFile) f.buffer.flushW();
  return n < 0 ? f.readAll() : f.readN(n);
});
defMethod(T, "readline", ["size?", "/"], (self: any, size: any) => {
  const f = tf(self, "readline");
  f.checkRead();
  if (f.buffer instanceof PyBufFile) f.buffer.flushW();
  return f.readline(sizeArg(size));
});
defMethod(T, "__next__", [], (self: any) => {
  const f = tf(self, "__next__");
  f.checkRead();
  const l = f.readline(-1);
  if (l === "") throw newExc(E.StopIteration);
  return l;
});
defMethod(T, "readlines", ["hint?", "/"], (self: any, hint: any) => {
  const f = tf(self, "readlines");
  f.checkRead();
  const h = sizeArg(hint);
  const out: string[] = [];
  let total = 0;
  for (;;) {
    const l = f.readline(-1);
    if (l === "") break;
    out.push(l);
    total += l.length;
    if (h > 0 && total >= h) break;
  }
  return new PyList(out);
});
defMethod(T, "write", ["s", "/"], (self: any, x: any) => {
  const f = tf(self, "write");
  f.checkWrite();
  const s = asStr(x);
  if (s === undefined) throw typeError(`write() argument must be str, not ${typeOf(x).name}`);
  return f.writeText(s);
});
defMethod(T, "flush", [], (self: any) => { const f = tf(self, "flush"); f.checkOpen(); f.flush(); return None; });
defMethod(T, "close", [], (self: any) => { tf(self, "close").close(); return None; });
defMethod(T, "tell", [], (self: any) => {
  const f = tf(self, "tell");
  f.checkOpen();
  if (f.buffer instanceof PyBufFile && !f.buffer.seekable) throw unsupported("underlying stream is not seekable");
  return f.tell();
});
defMethod(T, "seek", ["cookie", "whence?", "/"], (self: any, cookie: any, whence: any) => {
  const f = tf(self, "seek");
  f.checkOpen();
  const c = intArg(cookie), w = whence === undefined ? 0 : intArg(whence);
  if (f.buffer instanceof PyBufFile && !f.buffer.seekable) throw unsupported("underlying stream is not seekable");
  if (w === 1) {
    if (c !== 0) throw unsupported("can't do nonzero cur-relative seeks");
    const p = f.tell();
    f.flush();
    return f.seekBytes(p, 0);
  }
  if (w === 2) {
    if (c !== 0) throw unsupported("can't do nonzero end-relative seeks");
    f.flush();
    return f.seekBytes(0, 2);
  }
  if (w !== 0) throw valueError(`invalid whence (${w}, should be 0, 1 or 2)`);
  if (c < 0) throw valueError(`negative seek position ${c}`);
  f.flush();
  return f.seekBytes(c, 0);
});
defMethod(T, "truncate", ["pos?", "/"], function* (self: any, pos: any) {
  const f = tf(self, "truncate");
  f.checkWrite();
  f.flush();
  const p = pos === undefined || pos === None ? f.tell() : intArg(pos);
  return yield* callv(yield* getattr(f.buffer, "truncate"), [p], null, null);
});
defMethod(T, "fileno", [], (self: any) => {
  const f = tf(self, "fileno");
  if (f.buffer.closed) throw closedError(false);
  if (f.buffer instanceof PyBufFile) return f.buffer.fd;
  throw unsupported("fileno");
});
defMethod(T, "isatty", [], (self: any) => { const f = tf(self, "isatty"); f.checkOpen(); return f.buffer instanceof PyBufFile ? host.isTTY(f.buffer.fd) : false; });
defMethod(T, "readable", [], (self: any) => { const f = tf(self, "readable"); f.checkOpen(); return f.buffer instanceof PyBufFile ? f.buffer.readable : true; });
defMethod(T, "writable", [], (self: any) => { const f = tf(self, "writable"); f.checkOpen(); return f.buffer instanceof PyBufFile ? f.buffer.writable : true; });
defMethod(T, "seekable", [], (self: any) => { const f = tf(self, "seekable"); f.checkOpen(); return f.buffer instanceof PyBufFile ? f.buffer.seekable : true; });
defMethod(T, "detach", [], (self: any) => {
  const f = tf(self, "detach");
  f.flush();
  const b = f.buffer;
  (f as any).buffer = undefined;
  return b;
});
defGetSet(T, "closed", (self: any) => tf(self, "closed").buffer.closed);
defGetSet(T, "buffer", (self: any) => tf(self, "buffer").buffer);
defGetSet(T, "encoding", (self: any) => tf(self, "encoding").encoding);
defGetSet(T, "errors", (self: any) => tf(self, "errors").errors);
defGetSet(T, "line_buffering", (self: any) => tf(self, "line_buffering").lineBuffering);
defGetSet(T, "write_through", (self: any) => tf(self, "write_through").writeThrough);
defGetSet(T, "newlines", (self: any) => { const f = tf(self, "newlines"); return f.nl === null || f.nl === "" ? newlinesValue(f.seen) : None; });
defGetSet(T, "name", (self: any) => {
  const b = tf(self, "name").buffer;
  if (b instanceof PyBufFile) return b.nameObj;
  throw newExc(E.AttributeError, "'_io.BytesIO' object has no attribute 'name'");
});
defMethod(T, "__repr__", [], function* (self: any) {
  if (!(self instanceof PyTextFile) || self.buffer === undefined) return "<_io.TextIOWrapper>";
  let out = "<_io.TextIOWrapper";
  if (self.buffer instanceof PyBufFile) out += ` name=${yield* repr(self.buffer.nameObj)}`;
  const m = self.$d?.mode;
  if (m !== undefined) out += ` mode=${yield* repr(m)}`;
  return out + ` encoding=${yield* repr(self.encoding)}>`;
});

// --- open() -----------------------------------------------------------------------------------------

/** Flags from Node's fs.constants (POSIX values as fallback). */
function oflags(): Record<string, number> {
  const c = nodeFs?.constants ?? {};
  return {
    O_RDONLY: c.O_RDONLY ?? 0, O_WRONLY: c.O_WRONLY ?? 1, O_RDWR: c.O_RDWR ?? 2, O_CREAT: c.O_CREAT ?? 64,
    O_EXCL: c.O_EXCL ?? 128, O_TRUNC: c.O_TRUNC ?? 512, O_APPEND: c.O_APPEND ?? 1024,
  };
}
export const OFLAGS = oflags();

interface ModeInfo { creating: boolean; reading: boolean; writing: boolean; appending: boolean; updating: boolean; text: boolean; binary: boolean }
function parseMode(mode: string): ModeInfo {
  const m: ModeInfo = { creating: false, reading: false, writing: false, appending: false, updating: false, text: false, binary: false };
  for (let i = 0; i < mode.length; i++) {
    const c = mode[i];
    if ("xrwa+tb".indexOf(c) < 0 || mode.indexOf(c, i + 1) >= 0) throw valueError(`invalid mode: '${mode}'`);
    if (c === "x") m.creating = true; else if (c === "r") m.reading = true; else if (c === "w") m.writing = true;
    else if (c === "a") m.appending = true; else if (c === "+") m.updating = true; else if (c === "t") m.text = true;
    else m.binary = true;
  }
  return m;
}

/** open(file, mode, buffering, encoding, errors, newline, closefd, opener). */
export function* openFile(args: any[]): Gen<any> {
  let [file, mode, buffering, encoding, errors, newline, closefd, opener] = args;
  const modeS = mode === undefined ? "r" : asStr(mode);
  if (modeS === undefined) throw typeError(`open() argument 'mode' must be str, not ${typeOf(mode).name}`);
  let path: string | PyBytes | null = null;
  let fd = -1;
  const fdv = typeof file === "boolean" ? undefined : asInt(file);
  if (fdv !== undefined) fd = Number(fdv);
  else {
    path = yield* fspathG(file);
    if (path === null) throw typeError(`expected str, bytes or os.PathLike object, not ${typeOf(file).name}`);
  }
  const m = parseMode(modeS);
  if (m.text && m.binary) throw valueError("can't have text and binary mode at once");
  if (+m.creating + +m.reading + +m.writing + +m.appending > 1) throw valueError("must have exactly one of create/read/write/append mode");
  const isNone = (v: any) => v === undefined || v === None;
  if (m.binary && !isNone(encoding)) throw valueError("binary mode doesn't take an encoding argument");
  if (m.binary && !isNone(errors)) throw valueError("binary mode doesn't take an errors argument");
  if (m.binary && !isNone(newline)) throw valueError("binary mode doesn't take a newline argument");
  const buf = isNone(buffering) ? -1 : Number(asInt(buffering) ?? NaN);
  if (Number.isNaN(buf)) throw typeError(`'${typeOf(buffering).name}' object cannot be interpreted as an integer`);
  if (!m.binary && buf === 0) throw valueError("can't have unbuffered text I/O");
  if (!(m.creating || m.reading || m.writing || m.appending)) throw valueError("Must have exactly one of create/read/write/append mode and at most one plus");
  // validate the text arguments before touching the file system
  if (!m.binary) {
    if (!isNone(encoding)) {
      const e = asStr(encoding);
      if (e === undefined) throw typeError(`open() argument 'encoding' must be str or None, not ${typeOf(encoding).name}`);
      lookupCodec(e);
    }
    if (!isNone(newline)) {
      const n = asStr(newline);
      if (n === undefined) throw typeError(`open() argument 'newline' must be str or None, not ${typeOf(newline).name}`);
      if (n !== "" && n !== "\n" && n !== "\r" && n !== "\r\n") throw valueError(`illegal newline value: ${n}`);
    }
  }
  const closeIt = closefd === undefined ? true : yield* truth(closefd);
  if (!closeIt && path !== null) throw valueError("Cannot use closefd=False with file name");

  const F = OFLAGS;
  let flags = m.updating ? F.O_RDWR : m.reading ? F.O_RDONLY : F.O_WRONLY;
  if (m.writing) flags |= F.O_CREAT | F.O_TRUNC;
  if (m.appending) flags |= F.O_CREAT | F.O_APPEND;
  if (m.creating) flags |= F.O_CREAT | F.O_EXCL;
  const fs = requireFs();
  const nameObj = path !== null ? (typeof path === "string" ? path : path) : fd;
  if (path !== null) {
    const hp = hostPath(path);
    if (opener !== undefined && opener !== None) {
      const r = yield* callv(opener, [path, flags], null, null);
      const n = asInt(r);
      if (n === undefined) throw typeError("expected an integer from opener");
      if (Number(n) < 0) throw valueError(`opener returned ${n}`);
      fd = Number(n);
    } else {
      try { fd = fs.openSync(hp, flags, 0o666); } catch (e) { throw fsError(e, nameObj); }
    }
  }
  let st: any;
  try { st = fs.fstatSync(fd); } catch (e) { throw fsError(e, nameObj); }
  if (st.isDirectory()) {
    if (path !== null) { try { fs.closeSync(fd); } catch { /* already failing */ } }
    throw osErrorFor("EISDIR", nameObj);
  }
  const rawMode = m.creating ? (m.updating ? "xb+" : "xb") : m.appending ? (m.updating ? "ab+" : "ab")
    : m.reading ? (m.updating ? "rb+" : "rb") : (m.updating ? "rb+" : "wb");
  const kind = buf === 0 ? fileIOType : m.updating ? bufferedRandomType : m.reading ? bufferedReaderType : bufferedWriterType;
  const b = new PyBufFile(kind);
  b.fd = fd; b.nameObj = nameObj; b.rawMode = rawMode; b.closefd = closeIt;
  b.readable = m.reading || m.updating; b.writable = !m.reading || m.updating; b.append = m.appending;
  b.seekable = st.isFile() && (path !== null || fd > 2);
  b.buffered = buf !== 0;
  if (m.appending && b.seekable) b.pos = st.size;
  if (m.binary) return b;
  const t = new PyTextFile(textIOWrapperType);
  t.$d = new Ns();
  yield* initText(t, b, encoding, errors, newline, buf === 1 || (buf < 0 && host.isTTY(fd)), undefined);
  t.$d.mode = modeS;
  return t;
}

hooks.open = openFile;

// --- the module ------------------------------------------------------------------------------------------

function fillIo(ns: Record<string, any>) {
  ns.DEFAULT_BUFFER_SIZE = BUFSIZE;
  ns.SEEK_SET = 0; ns.SEEK_CUR = 1; ns.SEEK_END = 2;
  ns.IOBase = iobaseType; ns.RawIOBase = rawIOBaseType; ns.BufferedIOBase = bufferedIOBaseType; ns.TextIOBase = textIOBaseType;
  ns._IOBase = iobaseType; ns._RawIOBase = rawIOBaseType; ns._BufferedIOBase = bufferedIOBaseType; ns._TextIOBase = textIOBaseType;
  ns.StringIO = stringIOType; ns.BytesIO = bytesIOType;
  ns.FileIO = fileIOType; ns.BufferedReader = bufferedReaderType; ns.BufferedWriter = bufferedWriterType;
  ns.BufferedRandom = bufferedRandomType; ns.TextIOWrapper = textIOWrapperType;
  ns.UnsupportedOperation = UnsupportedOperation;
  ns.BlockingIOError = E.BlockingIOError;
  defBuiltin(ns, "open", ["file", "mode?", "buffering?", "encoding?", "errors?", "newline?", "closefd?", "opener?"], function* (...a: any[]) {
    return yield* openFile(a);
  });
  defBuiltin(ns, "text_encoding", ["encoding", "stacklevel?", "/"], (enc: any) => (enc === None ? "utf-8" : enc));
}
registerModule("io", () => makeModule("io", fillIo));
registerModule("_io", () => makeModule("_io", fillIo));

export { PyObj, iobaseType, UnsupportedOperation };
