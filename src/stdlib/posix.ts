// The posix module: the operating-system primitives lib/os.py builds on (directories, stat,
// environment, file descriptors, process info), over Node's fs/os modules when present.
// File data reads/writes (os.read/os.write) go through io.ts like every other file I/O.

import { PyType, PyTuple, PyBytes, PyList, PyFloat, None, Gen, typeOf, tupleType, builtinType } from "../runtime/core.ts";
import { defBuiltin, defMethod } from "../runtime/function.ts";
import { defGetSet } from "../runtime/attr.ts";
import { newExc, typeError, valueError } from "../runtime/exceptions.ts";
import * as E from "../runtime/exceptions.ts";
import { asInt, truth } from "../runtime/ops.ts";
import { asStr } from "../runtime/str.ts";
import { repr } from "../runtime/repr.ts";
import { norm } from "../runtime/int.ts";
import { PyDict } from "../runtime/dict.ts";
import { host } from "../host/host.ts";
import { registerModule, makeModule } from "../interp/interpreter.ts";
import { nodeFs, requireFs, fsError, osErrorFor, fspathG, hostPath, errnoMessages, OFLAGS, fdRead, fdWrite } from "./io.ts";

const nodeOs: any = (() => {
  try { return (globalThis as any).process?.getBuiltinModule?.("node:os") ?? null; } catch { return null; }
})();
const proc: any = (globalThis as any).process ?? null;

// --- paths ------------------------------------------------------------------------------------------

/** A path argument: str, bytes or os.PathLike (and an fd int when allowed). Errors as CPython words them. */
function* pathArg(fname: string, v: any, allowFd = false, allowNone = false): Gen<{ p: string; orig: any; bytes: boolean } | number | null> {
  if (allowNone && (v === None || v === undefined)) return null;
  if (allowFd && typeof v !== "boolean" && asInt(v) !== undefined) return Number(asInt(v));
  const p = yield* fspathG(v);
  if (p === null) {
    const what = allowFd ? (allowNone ? "string, bytes, os.PathLike, integer or None" : "string, bytes, os.PathLike or integer") : "string, bytes or os.PathLike";
    throw typeError(`${fname}: path should be ${what}, not ${typeOf(v).name}`);
  }
  return { p: hostPath(p), orig: p, bytes: p instanceof PyBytes };
}
function* pathOnly(fname: string, v: any): Gen<{ p: string; orig: any; bytes: boolean }> {
  return (yield* pathArg(fname, v)) as any;
}
function strOrBytes(s: string, bytes: boolean): any {
  return bytes ? new PyBytes(new TextEncoder().encode(s)) : s;
}
function fsCall<T>(f: () => T, filename?: any, filename2?: any): T {
  try { return f(); } catch (e) { throw fsError(e, filename, filename2); }
}

// --- stat_result -------------------------------------------------------------------------------------

export const statResultType = builtinType("stat_result", tupleType, "os");
const STAT_FIELDS = ["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size"];
class StatExtra { atime = 0; mtime = 0; ctime = 0; atimeNs: any = 0; mtimeNs: any = 0; ctimeNs: any = 0; blksize: any = 0; blocks: any = 0; rdev: any = 0 }
const extras = new WeakMap<PyTuple, StatExtra>();

function toInt(b: bigint | number): any { return typeof b === "bigint" ? norm(b) : b; }
function statResult(st: any): PyTuple {
  // st comes from fs.statSync(path, { bigint: true })
  const x = new StatExtra();
  x.atimeNs = norm(st.atimeNs); x.mtimeNs = norm(st.mtimeNs); x.ctimeNs = norm(st.ctimeNs);
  x.atime = Number(st.atimeNs) / 1e9; x.mtime = Number(st.mtimeNs) / 1e9; x.ctime = Number(st.ctimeNs) / 1e9;
  x.blksize = toInt(st.blksize); x.blocks = toInt(st.blocks); x.rdev = toInt(st.rdev);
  const secs = (ns: bigint) => norm(ns / 1000000000n);
  const t = new PyTuple([toInt(st.mode), toInt(st.ino), toInt(st.dev), toInt(st.nlink), toInt(st.uid), toInt(st.gid),
    toInt(st.size), secs(st.atimeNs), secs(st.mtimeNs), secs(st.ctimeNs)], statResultType);
  extras.set(t, x);
  return t;
}
STAT_FIELDS.forEach((n, i) => defGetSet(statResultType, n, (t: PyTuple) => t.items[i]));
const ex = (t: PyTuple) => extras.get(t) ?? new StatExtra();
defGetSet(statResultType, "st_atime", (t: PyTuple) => new PyFloat(ex(t).atime));
defGetSet(statResultType, "st_mtime", (t: PyTuple) => new PyFloat(ex(t).mtime));
defGetSet(statResultType, "st_ctime", (t: PyTuple) => new PyFloat(ex(t).ctime));
defGetSet(statResultType, "st_atime_ns", (t: PyTuple) => ex(t).atimeNs);
defGetSet(statResultType, "st_mtime_ns", (t: PyTuple) => ex(t).mtimeNs);
defGetSet(statResultType, "st_ctime_ns", (t: PyTuple) => ex(t).ctimeNs);
defGetSet(statResultType, "st_blksize", (t: PyTuple) => ex(t).blksize);
defGetSet(statResultType, "st_blocks", (t: PyTuple) => ex(t).blocks);
defGetSet(statResultType, "st_rdev", (t: PyTuple) => ex(t).rdev);
defMethod(statResultType, "__repr__", [], function* (t: PyTuple) {
  const names = [...STAT_FIELDS, "st_atime", "st_mtime", "st_ctime"];
  const parts: string[] = [];
  for (let i = 0; i < names.length; i++) parts.push(`${names[i]}=${yield* repr(t.items[i])}`);
  return `os.stat_result(${parts.join(", ")})`;
});

export const terminalSizeType = builtinType("terminal_size", tupleType, "os");
defGetSet(terminalSizeType, "columns", (t: PyTuple) => t.items[0]);
defGetSet(terminalSizeType, "lines", (t: PyTuple) => t.items[1]);
defMethod(terminalSizeType, "__repr__", [], (t: PyTuple) => `os.terminal_size(columns=${t.items[0]}, lines=${t.items[1]})`);

// --- the module ----------------------------------------------------------------------------------------

function fillPosix(ns: Record<string, any>) {
  for (const [k, v] of Object.entries(OFLAGS)) ns[k] = v;
  const c = nodeFs?.constants ?? {};
  ns.F_OK = 0; ns.R_OK = 4; ns.W_OK = 2; ns.X_OK = 1;
  ns.O_NONBLOCK = c.O_NONBLOCK ?? 2048; ns.O_SYNC = c.O_SYNC ?? 1052672; ns.O_NOCTTY = c.O_NOCTTY ?? 256;
  ns.O_DIRECTORY = c.O_DIRECTORY ?? 65536; ns.O_NOFOLLOW = c.O_NOFOLLOW ?? 131072;
  ns.stat_result = statResultType;
  ns.terminal_size = terminalSizeType;

  defBuiltin(ns, "getcwd", [], () => fsCall(() => host.cwd()));
  defBuiltin(ns, "getcwdb", [], () => strOrBytes(fsCall(() => host.cwd()), true));
  defBuiltin(ns, "chdir", ["path"], function* (path: any) {
    const a = yield* pathOnly("chdir", path);
    if (!proc?.chdir) throw osErrorFor("ENOSYS");
    fsCall(() => proc.chdir(a.p), a.orig);
    return None;
  });
  defBuiltin(ns, "listdir", ["path?"], function* (path: any) {
    const a = path === undefined ? { p: ".", orig: ".", bytes: false } : yield* pathArg("listdir", path, true, true);
    const fs = requireFs();
    if (a === null) return new PyList(fsCall(() => fs.readdirSync(".")));
    if (typeof a === "number") return new PyList(fsCall(() => fs.readdirSync(`/proc/self/fd/${a}`)));
    const names: string[] = fsCall(() => fs.readdirSync(a.p), a.orig);
    return new PyList(a.bytes ? names.map((n) => strOrBytes(n, true)) : names);
  });
  defBuiltin(ns, "mkdir", ["path", "mode?", "*", "dir_fd?"], function* (path: any, mode: any) {
    const a = yield* pathOnly("mkdir", path);
    const m = mode === undefined ? 0o777 : Number(asInt(mode) ?? 0o777);
    fsCall(() => requireFs().mkdirSync(a.p, { mode: m }), a.orig);
    return None;
  });
  defBuiltin(ns, "rmdir", ["path", "*", "dir_fd?"], function* (path: any) {
    const a = yield* pathOnly("rmdir", path);
    fsCall(() => requireFs().rmdirSync(a.p), a.orig);
    return None;
  });
  for (const name of ["remove", "unlink"]) {
    defBuiltin(ns, name, ["path", "*", "dir_fd?"], function* (path: any) {
      const a = yield* pathOnly(name, path);
      const fs = requireFs();
      // unlink(2) on a directory fails with EISDIR on Linux; Node reports EPERM on some systems
      fsCall(() => { if (fs.lstatSync(a.p, { throwIfNoEntry: false })?.isDirectory()) throw { code: "EISDIR" }; fs.unlinkSync(a.p); }, a.orig);
      return None;
    });
  }
  for (const name of ["rename", "replace"]) {
    defBuiltin(ns, name, ["src", "dst", "*", "src_dir_fd?", "dst_dir_fd?"], function* (src: any, dst: any) {
      const a = yield* pathOnly(name, src), b = yield* pathOnly(name, dst);
      fsCall(() => requireFs().renameSync(a.p, b.p), a.orig, b.orig);
      return None;
    });
  }
  for (const name of ["stat", "lstat"]) {
    defBuiltin(ns, name, ["path", "*", "dir_fd?", "follow_symlinks?"], function* (path: any, _dfd: any, follow: any) {
      const a = yield* pathArg(name, path, name === "stat");
      const fs = requireFs();
      if (typeof a === "number") return statResult(fsCall(() => fs.fstatSync(a, { bigint: true })));
      const lst = name === "lstat" || (follow !== undefined && !(yield* truth(follow)));
      return statResult(fsCall(() => (lst ? fs.lstatSync(a!.p, { bigint: true }) : fs.statSync(a!.p, { bigint: true })), a!.orig));
    });
  }
  defBuiltin(ns, "fstat", ["fd"], (fd: any) => statResult(fsCall(() => requireFs().fstatSync(fdArg(fd), { bigint: true }))));
  defBuiltin(ns, "access", ["path", "mode", "*", "dir_fd?", "effective_ids?", "follow_symlinks?"], function* (path: any, mode: any) {
    const a = yield* pathOnly("access", path);
    try { requireFs().accessSync(a.p, Number(asInt(mode) ?? 0)); return true; } catch { return false; }
  });
  defBuiltin(ns, "chmod", ["path", "mode", "*", "dir_fd?", "follow_symlinks?"], function* (path: any, mode: any) {
    const a = yield* pathOnly("chmod", path);
    fsCall(() => requireFs().chmodSync(a.p, Number(asInt(mode) ?? 0)), a.orig);
    return None;
  });
  defBuiltin(ns, "utime", ["path", "times?", "*", "ns?", "dir_fd?", "follow_symlinks?"], function* (path: any, times: any) {
    const a = yield* pathOnly("utime", path);
    let at = Date.now() / 1000, mt = at;
    if (times instanceof PyTuple && times.items.length === 2) {
      const num = (v: any) => (v instanceof PyFloat ? v.v : Number(asInt(v) ?? 0));
      at = num(times.items[0]); mt = num(times.items[1]);
    }
    fsCall(() => requireFs().utimesSync(a.p, at, mt), a.orig);
    return None;
  });
  defBuiltin(ns, "readlink", ["path", "*", "dir_fd?"], function* (path: any) {
    const a = yield* pathOnly("readlink", path);
    return strOrBytes(fsCall(() => requireFs().readlinkSync(a.p), a.orig), a.bytes);
  });
  defBuiltin(ns, "symlink", ["src", "dst", "target_is_directory?", "*", "dir_fd?"], function* (src: any, dst: any) {
    const a = yield* pathOnly("symlink", src), b = yield* pathOnly("symlink", dst);
    fsCall(() => requireFs().symlinkSync(a.p, b.p), a.orig, b.orig);
    return None;
  });
  defBuiltin(ns, "link", ["src", "dst", "*", "src_dir_fd?", "dst_dir_fd?", "follow_symlinks?"], function* (src: any, dst: any) {
    const a = yield* pathOnly("link", src), b = yield* pathOnly("link", dst);
    fsCall(() => requireFs().linkSync(a.p, b.p), a.orig, b.orig);
    return None;
  });
  defBuiltin(ns, "truncate", ["path", "length"], function* (path: any, length: any) {
    const a = yield* pathArg("truncate", path, true);
    const n = Number(asInt(length) ?? 0);
    if (typeof a === "number") fsCall(() => requireFs().ftruncateSync(a, n));
    else fsCall(() => requireFs().truncateSync(a!.p, n), a!.orig);
    return None;
  });
  defBuiltin(ns, "_realpath", ["path"], (p: any) => {
    try { return requireFs().realpathSync(p); } catch { return None; }
  });

  // file descriptors
  defBuiltin(ns, "open", ["path", "flags", "mode?", "*", "dir_fd?"], function* (path: any, flags: any, mode: any) {
    const a = yield* pathOnly("open", path);
    const fl = Number(asInt(flags) ?? 0), m = mode === undefined ? 0o777 : Number(asInt(mode) ?? 0o777);
    return fsCall(() => requireFs().openSync(a.p, fl, m), a.orig);
  });
  defBuiltin(ns, "close", ["fd"], (fd: any) => { fsCall(() => requireFs().closeSync(fdArg(fd))); return None; });
  defBuiltin(ns, "read", ["fd", "length", "/"], (fd: any, n: any) => {
    const len = Number(asInt(n) ?? -1);
    if (len < 0) throw valueError("negative length");
    return new PyBytes(fdRead(fdArg(fd), len));
  });
  defBuiltin(ns, "write", ["fd", "data", "/"], (fd: any, data: any) => {
    const u = data instanceof PyBytes ? data.b : null;
    if (u === null) throw typeError(`a bytes-like object is required, not '${typeOf(data).name}'`);
    return fdWrite(fdArg(fd), u);
  });
  defBuiltin(ns, "isatty", ["fd", "/"], (fd: any) => host.isTTY(fdArg(fd)));
  defBuiltin(ns, "get_terminal_size", ["fd?", "/"], (fd: any) => {
    const f = fd === undefined ? 1 : fdArg(fd);
    const s = f === 1 ? proc?.stdout : f === 2 ? proc?.stderr : null;
    if (!s || !s.isTTY) throw newExc(E.OSError, 25, "Inappropriate ioctl for device");
    return new PyTuple([s.columns ?? 80, s.rows ?? 24], terminalSizeType);
  });

  // process and environment
  defBuiltin(ns, "getpid", [], () => proc?.pid ?? 1);
  defBuiltin(ns, "getppid", [], () => proc?.ppid ?? 0);
  defBuiltin(ns, "getuid", [], () => proc?.getuid?.() ?? 0);
  defBuiltin(ns, "geteuid", [], () => proc?.geteuid?.() ?? 0);
  defBuiltin(ns, "getgid", [], () => proc?.getgid?.() ?? 0);
  defBuiltin(ns, "getegid", [], () => proc?.getegid?.() ?? 0);
  defBuiltin(ns, "getlogin", [], () => { try { return nodeOs.userInfo().username; } catch { throw osErrorFor("ENOSYS"); } });
  defBuiltin(ns, "umask", ["mask", "/"], (m: any) => (proc?.umask ? proc.umask(Number(asInt(m) ?? 0o22)) : 0o22));
  defBuiltin(ns, "cpu_count", [], () => {
    if (nodeOs === null) return None;
    try { return nodeOs.availableParallelism ? nodeOs.availableParallelism() : nodeOs.cpus().length || None; } catch { return None; }
  });
  defBuiltin(ns, "urandom", ["size", "/"], (size: any) => {
    const n = asInt(size);
    if (n === undefined) throw typeError(`'${typeOf(size).name}' object cannot be interpreted as an integer`);
    if (Number(n) < 0) throw valueError("negative argument not allowed");
    const b = new Uint8Array(Number(n));
    const c = (globalThis as any).crypto;
    for (let off = 0; off < b.length; off += 65536) c.getRandomValues(b.subarray(off, Math.min(b.length, off + 65536)));
    return new PyBytes(b);
  });
  defBuiltin(ns, "strerror", ["code", "/"], (code: any) => {
    const n = asInt(code);
    if (n === undefined) throw typeError(`'${typeOf(code).name}' object cannot be interpreted as an integer`);
    return errnoMessages[Number(n)] ?? `Unknown error ${n}`;
  });
  defBuiltin(ns, "uname", [], () => {
    const o = nodeOs;
    return new PyTuple([o?.type?.() ?? "Linux", o?.hostname?.() ?? "localhost", o?.release?.() ?? "", o?.version?.() ?? "", o?.machine?.() ?? o?.arch?.() ?? ""]);
  });
  defBuiltin(ns, "_environ_items", [], () => {
    const env = proc?.env ?? {};
    return new PyList(Object.keys(env).map((k) => new PyTuple([k, String(env[k])])));
  });
  defBuiltin(ns, "putenv", ["name", "value", "/"], (name: any, value: any) => {
    const k = asStr(name), v = asStr(value);
    if (k === undefined || v === undefined) throw typeError("str expected, not " + typeOf(k === undefined ? name : value).name);
    if (k === "" || k.includes("=")) throw valueError("illegal environment variable name");
    if (proc?.env) proc.env[k] = v;
    return None;
  });
  defBuiltin(ns, "unsetenv", ["name", "/"], (name: any) => {
    const k = asStr(name);
    if (k === undefined) throw typeError("str expected, not " + typeOf(name).name);
    if (proc?.env) delete proc.env[k];
    return None;
  });
  defBuiltin(ns, "_exit", ["status"], (status: any) => { host.exit(Number(asInt(status) ?? 0)); });
  defBuiltin(ns, "fspath", ["path"], function* (path: any) {
    const p = yield* fspathG(path);
    if (p === null) throw typeError(`expected str, bytes or os.PathLike object, not ${typeOf(path).name}`);
    return p;
  });
  defBuiltin(ns, "system", ["command"], () => { throw osErrorFor("ENOSYS"); });
  defBuiltin(ns, "times", [], () => {
    const u = proc?.cpuUsage?.() ?? { user: 0, system: 0 };
    return new PyTuple([new PyFloat(u.user / 1e6), new PyFloat(u.system / 1e6), new PyFloat(0), new PyFloat(0), new PyFloat(host.monotonic())]);
  });
}

function fdArg(fd: any): number {
  const n = asInt(fd);
  if (n === undefined || typeof fd === "boolean") throw typeError(`'${typeOf(fd).name}' object cannot be interpreted as an integer`);
  return Number(n);
}

registerModule("posix", () => makeModule("posix", fillPosix));

export { PyType, PyDict };
