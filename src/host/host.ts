// The platform interface: the only door to stdout, files, clocks and input. Node and browser
// implementations live beside it; everything above uses `host`.

export interface Host {
  writeOut(s: string): void;
  writeErr(s: string): void;
  /** Read a whole text file, or null when it does not exist. */
  readText(path: string): string | null;
  isFile(path: string): boolean;
  isDir(path: string): boolean;
  cwd(): string;
  /** Absolute form of a path. */
  resolve(path: string): string;
  dirname(path: string): string;
  join(...parts: string[]): string;
  /** One line from stdin (without the newline), or null at EOF. Blocks. */
  readLine(): string | null;
  /** The same without blocking the JS thread: `done` is called from the event loop. */
  readLineAsync(done: (line: string | null) => void): void;
  /** Wall clock in seconds since the epoch. */
  time(): number;
  /** Monotonic clock in seconds. */
  monotonic(): number;
  /** CPU time of this process in seconds. */
  cpuTime(): number;
  /** Block the JS thread (used only when nothing else can run). */
  sleepSync(seconds: number): void;
  isTTY(fd: number): boolean;
  env(name: string): string | undefined;
  exit(code: number): never;
}

export let host: Host = null as any;
export function setHost(h: Host) { host = h; }
