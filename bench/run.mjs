#!/usr/bin/env node
// pygil benchmark runner.
//
// Usage (from anywhere; paths are resolved from this file's location):
//   npm run bench -- [filter...] [options]
//   node bench/run.mjs [filter...] [options]
//
//   filter...            only run programs whose name contains one of these substrings
//   --repeat N           runs per interpreter per program (default 5), alternating
//                        python3 / pygil so both see the same machine conditions
//   --startup-repeat N   runs for the startup row (default 10)
//   --no-startup         skip the startup row
//   --timeout SEC        per-run timeout in seconds (default 120)
//   --json FILE          also write the results as JSON to FILE
//   --update-readme      replace the block between <!-- bench:start --> and
//                        <!-- bench:end --> in README.md with the table
//   --readme FILE        file for --update-readme (default: README.md at the repo root)
//   --pygil "CMD"        command used as "pygil" (default: node bin/pygil.js);
//                        e.g. --pygil python3 tests the runner itself
//   --python "CMD"       reference interpreter (default: python3)
//   --strict             exit 1 if any program errors or mismatches
//   --list               list the benchmark programs and exit
//
// Every program is run as a whole process and its wall time measured. The
// stdout of both interpreters must be identical, otherwise the row says
// MISMATCH. A pygil failure turns the row into "error: <message>".

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(BENCH_DIR, '..');
const START_MARK = '<!-- bench:start -->';
const END_MARK = '<!-- bench:end -->';

// ---------------------------------------------------------------- arguments

function usage(msg) {
  if (msg) console.error(`bench: ${msg}`);
  const head = readFileSync(fileURLToPath(import.meta.url), 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.startsWith('//'))
    .map((l) => l.replace(/^\/\/ ?/, ''));
  console.error(head.slice(0, head.findIndex((l) => l.startsWith('Every program')) - 1).join('\n'));
  process.exit(msg ? 2 : 0);
}

// Split a command string into argv, honouring simple single/double quotes.
function splitCommand(str) {
  const out = [];
  let cur = '';
  let quote = null;
  let has = false;
  for (const ch of str) {
    if (quote) {
      if (ch === quote) quote = null;
      else cur += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      has = true;
    } else if (/\s/.test(ch)) {
      if (has || cur) out.push(cur);
      cur = '';
      has = false;
    } else {
      cur += ch;
    }
  }
  if (quote) throw new Error(`unterminated quote in command: ${str}`);
  if (has || cur) out.push(cur);
  if (out.length === 0) throw new Error('empty command');
  return out;
}

function parseArgs(argv) {
  const opts = {
    filters: [],
    repeat: 5,
    startupRepeat: 10,
    startup: true,
    timeout: 120,
    json: null,
    updateReadme: false,
    readme: path.join(ROOT, 'README.md'),
    pygil: [process.execPath, path.join(ROOT, 'bin', 'pygil.js')],
    pygilLabel: 'node bin/pygil.js',
    python: ['python3'],
    pythonLabel: 'python3',
    strict: false,
    list: false,
  };
  const needValue = (i, name) => {
    if (i + 1 >= argv.length) usage(`${name} needs a value`);
    return argv[i + 1];
  };
  const posInt = (v, name) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) usage(`${name} must be a positive integer, got ${v}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    let inline = null;
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 0) {
      inline = a.slice(eq + 1);
      a = a.slice(0, eq);
    }
    const value = (name) => {
      if (inline !== null) return inline;
      const v = needValue(i, name);
      i++;
      return v;
    };
    switch (a) {
      case '-h':
      case '--help':
        usage();
        break;
      case '--repeat':
      case '-n':
        opts.repeat = posInt(value(a), a);
        break;
      case '--startup-repeat':
        opts.startupRepeat = posInt(value(a), a);
        break;
      case '--no-startup':
        opts.startup = false;
        break;
      case '--timeout': {
        const t = Number(value(a));
        if (!(t > 0)) usage('--timeout must be a positive number of seconds');
        opts.timeout = t;
        break;
      }
      case '--json':
        opts.json = path.resolve(value(a));
        break;
      case '--update-readme':
        opts.updateReadme = true;
        break;
      case '--readme':
        opts.readme = path.resolve(value(a));
        break;
      case '--pygil': {
        const v = value(a);
        opts.pygil = splitCommand(v);
        opts.pygilLabel = v;
        break;
      }
      case '--python': {
        const v = value(a);
        opts.python = splitCommand(v);
        opts.pythonLabel = v;
        break;
      }
      case '--strict':
        opts.strict = true;
        break;
      case '--list':
        opts.list = true;
        break;
      default:
        if (a.startsWith('-')) usage(`unknown option ${a}`);
        opts.filters.push(a);
    }
  }
  return opts;
}

// ---------------------------------------------------------------- running

// Run one process; return { ok, seconds, stdout, stderr, error }.
function runOnce(cmd, args, timeoutSec) {
  const t0 = performance.now();
  const r = spawnSync(cmd[0], [...cmd.slice(1), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: timeoutSec * 1000,
    killSignal: 'SIGKILL',
    env: { ...process.env, PYTHONHASHSEED: '0', PYTHONDONTWRITEBYTECODE: '1' },
  });
  const seconds = (performance.now() - t0) / 1000;
  const res = { ok: false, seconds, stdout: r.stdout ?? '', stderr: r.stderr ?? '', error: null };
  if (r.error) {
    if (r.error.code === 'ETIMEDOUT') res.error = `timeout after ${timeoutSec} s`;
    else if (r.error.code === 'ENOENT') res.error = `command not found: ${cmd[0]}`;
    else res.error = r.error.message;
  } else if (r.signal) {
    res.error = `killed by ${r.signal}${summarizeStderr(res.stderr) ? ': ' + summarizeStderr(res.stderr) : ''}`;
  } else if (r.status !== 0) {
    res.error = summarizeStderr(res.stderr) || `exit status ${r.status}`;
  } else {
    res.ok = true;
  }
  return res;
}

// The "first line of stderr", made useful: a Python traceback's first line is
// always "Traceback (most recent call last):", so take its last line (the
// exception) instead; for Node crashes, prefer the first line naming an Error.
function summarizeStderr(stderr) {
  const lines = stderr
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length === 0) return '';
  let line = lines[0];
  if (line.startsWith('Traceback (most recent call last)')) {
    line = lines[lines.length - 1];
  } else if (/^(node:|file:\/\/|\/)/.test(line) || /^\s*\^+\s*$/.test(lines[1] ?? '')) {
    line = lines.find((l) => /\b\w*Error\b/.test(l)) ?? line;
  }
  return line.length > 160 ? line.slice(0, 157) + '...' : line;
}

function median(xs) {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function firstDifference(a, b) {
  const la = a.split('\n');
  const lb = b.split('\n');
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] !== lb[i]) {
      return `line ${i + 1}: python3=${JSON.stringify(la[i] ?? '<eof>')} pygil=${JSON.stringify(lb[i] ?? '<eof>')}`;
    }
  }
  return 'outputs differ';
}

// Run `args` under both interpreters, alternating, `repeat` times each.
function measure(name, args, opts) {
  const side = () => ({ times: [], median: null, error: null, stdout: null });
  const py = side();
  const pg = side();
  let mismatch = null;
  for (let i = 0; i < opts.repeat; i++) {
    for (const [who, cmd, s] of [
      ['python3', opts.python, py],
      ['pygil', opts.pygil, pg],
    ]) {
      if (s.error) continue; // stop re-running a side once it failed
      const r = runOnce(cmd, args, opts.timeout);
      if (!r.ok) {
        s.error = r.error;
        process.stderr.write(`  ${name}: ${who} failed: ${r.error}\n`);
        continue;
      }
      s.times.push(r.seconds);
      if (s.stdout === null) s.stdout = r.stdout;
      else if (s.stdout !== r.stdout) s.error = 'nondeterministic output';
    }
    if (py.error && pg.error) break;
  }
  for (const s of [py, pg]) s.median = s.times.length ? median(s.times) : null;
  if (!py.error && !pg.error && py.stdout !== pg.stdout) {
    mismatch = firstDifference(py.stdout, pg.stdout);
    process.stderr.write(`  ${name}: MISMATCH ${mismatch}\n`);
  }
  const ratio = !py.error && !pg.error && !mismatch ? pg.median / py.median : null;
  return {
    name,
    python: { median: py.median, times: py.times, error: py.error },
    pygil: { median: pg.median, times: pg.times, error: pg.error },
    mismatch,
    ratio,
    output: py.stdout,
  };
}

// ---------------------------------------------------------------- output

const escapeCell = (s) => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const fmtS = (x) => x.toFixed(3);
const fmtMs = (x) => (x * 1000).toFixed(1) + ' ms';
const fmtRatio = (x) => x.toFixed(2) + '×';

function row(res, fmt) {
  const cell = (side) => (side.error ? `error: ${escapeCell(side.error)}` : fmt(side.median));
  let pgCell = cell(res.pygil);
  if (res.mismatch) pgCell = `MISMATCH (${fmt(res.pygil.median)})`;
  const ratio = res.ratio === null ? '—' : fmtRatio(res.ratio);
  return `| ${res.label ?? res.name} | ${cell(res.python)} | ${pgCell} | ${ratio} |`;
}

function makeTable(results, startup) {
  const lines = [
    '| benchmark | python3 (median s) | pygil (median s) | ratio pygil/python3 |',
    '|---|---:|---:|---:|',
  ];
  for (const r of results) lines.push(row(r, fmtS));
  const good = results.filter((r) => r.ratio !== null);
  if (good.length > 1) {
    const geo = Math.exp(good.reduce((a, r) => a + Math.log(r.ratio), 0) / good.length);
    lines.push(`| *geometric mean (${good.length}/${results.length} ok)* | | | ${fmtRatio(geo)} |`);
  }
  if (startup) lines.push(row(startup, fmtMs));
  return lines.join('\n');
}

// `python3` is often a wrapper (a pyenv shim is a bash script that costs
// ~100 ms per start). Replace a bare python command by the real executable
// (sys.executable) so that only the interpreter itself is timed.
function resolvePython(cmd) {
  if (cmd.length !== 1 || !/^python[\d.]*$/.test(path.basename(cmd[0]))) return cmd;
  const r = spawnSync(cmd[0], ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8', cwd: ROOT });
  const exe = (r.stdout || '').trim();
  return !r.error && r.status === 0 && exe && existsSync(exe) ? [exe] : cmd;
}

function versionOf(cmd) {
  const r = spawnSync(cmd[0], [...cmd.slice(1), '--version'], { encoding: 'utf8', cwd: ROOT });
  if (r.error || r.status !== 0) return 'unknown';
  return ((r.stdout || '') + (r.stderr || '')).trim().split('\n')[0];
}

function updateReadme(README, block) {
  if (!existsSync(README)) {
    throw new Error(`${README} does not exist; add a section with the ${START_MARK} and ${END_MARK} markers`);
  }
  const text = readFileSync(README, 'utf8');
  const s = text.indexOf(START_MARK);
  const e = text.indexOf(END_MARK, s + 1);
  if (s < 0 || e < 0) {
    throw new Error(`${README} lacks the ${START_MARK} ... ${END_MARK} markers`);
  }
  const next = text.slice(0, s + START_MARK.length) + '\n' + block + '\n' + text.slice(e);
  writeFileSync(README, next);
}

// ---------------------------------------------------------------- main

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const programs = readdirSync(BENCH_DIR)
    .filter((f) => f.endsWith('.py'))
    .sort()
    .filter((f) => opts.filters.length === 0 || opts.filters.some((p) => f.includes(p)));
  if (opts.list) {
    for (const p of programs) console.log(p.replace(/\.py$/, ''));
    return 0;
  }
  if (programs.length === 0 && opts.filters.length > 0 && !opts.startup) usage('no program matches the filter');

  opts.python = resolvePython(opts.python);
  opts.pygil = resolvePython(opts.pygil);
  const pythonVersion = versionOf(opts.python);
  const nodeVersion = process.version;
  process.stderr.write(
    `bench: ${programs.length} program(s), ${opts.repeat} repeat(s); python: ${opts.python.join(' ')} (${pythonVersion}); pygil: ${opts.pygil.join(' ')}\n`,
  );
  if (opts.pygilLabel === 'node bin/pygil.js' && !existsSync(opts.pygil[1])) {
    process.stderr.write(`bench: warning: ${opts.pygil[1]} does not exist (build pygil first?)\n`);
  }

  const results = [];
  for (const p of programs) {
    const name = p.replace(/\.py$/, '');
    process.stderr.write(`running ${name} ...\n`);
    const r = measure(name, [path.join('bench', p)], opts);
    results.push(r);
    process.stderr.write(`  ${row(r, fmtS)}\n`);
  }
  let startup = null;
  if (opts.startup) {
    process.stderr.write('running startup ...\n');
    startup = measure('startup', ['-c', 'print(1)'], { ...opts, repeat: opts.startupRepeat });
    startup.label = 'startup: `-c "print(1)"` (median ms)';
  }

  const table = makeTable(results, startup);
  const date = new Date().toISOString().slice(0, 10);
  const pygilNote = opts.pygilLabel === 'node bin/pygil.js' ? '' : `; pygil command: \`${opts.pygilLabel}\``;
  const footer =
    `_${date} · node ${nodeVersion} · ${pythonVersion} · ${opts.repeat} run(s) per program` +
    ` (wall time of the whole process, median), \`npm run bench\`${pygilNote}_`;

  console.log(table);
  console.log('');
  console.log(footer);

  if (opts.json) {
    const data = {
      date: new Date().toISOString(),
      node: nodeVersion,
      python: pythonVersion,
      pythonCommand: opts.pythonLabel,
      pygilCommand: opts.pygilLabel,
      repeat: opts.repeat,
      benchmarks: results.map(({ output, label, ...r }) => r),
      startup: startup && (({ output, label, ...r }) => r)(startup),
    };
    writeFileSync(opts.json, JSON.stringify(data, null, 2) + '\n');
    process.stderr.write(`bench: wrote ${opts.json}\n`);
  }
  if (opts.updateReadme) {
    try {
      updateReadme(opts.readme, `${table}\n\n${footer}`);
      process.stderr.write(`bench: updated ${opts.readme}\n`);
    } catch (err) {
      process.stderr.write(`bench: ${err.message}\n`);
      return 1;
    }
  }
  const all = startup ? [...results, startup] : results;
  if (all.some((r) => r.python.error)) process.stderr.write('bench: warning: the reference interpreter failed on some program(s)\n');
  if (opts.strict && all.some((r) => r.python.error || r.pygil.error || r.mismatch)) return 1;
  return 0;
}

process.exitCode = main();
