// Tests for the symbol table pass: scopes and symbol flags compared with python3's
// `symtable` module, symtable/compiler SyntaxErrors compared with compile(), and API checks.
// Run: node --import tsx --test tests/unit/parser_symtable.test.ts

import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { parse } from "../../src/parser/parser.ts";
import { PySyntaxError } from "../../src/parser/errors.ts";
import {
  buildSymtable, mangle, type Scope, LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL, DEF_PARAM, DEF_LOCAL, USE,
  DEF_IMPORT, DEF_ANNOT,
} from "../../src/parser/symtable.ts";

const HAVE_PYTHON = spawnSync("python3", ["-c", "import sys; assert sys.version_info[:2] == (3, 11)"]).status === 0;
const NO_PY: false | string = HAVE_PYTHON ? false : "python3 (3.11) is not available";
if (NO_PY) console.log("# skipping python comparisons: " + NO_PY);

// Symbols are compared sorted: names that only become FREE while resolving are added
// in set-iteration order by CPython, which depends on string hashing.
const PY_SYMTABLE = `
import symtable, sys, json, warnings
warnings.simplefilter("ignore")
def canon(t):
    tb = t._table
    return [tb.type, tb.name, tb.lineno, bool(tb.nested), list(tb.varnames),
            sorted([k, v] for k, v in tb.symbols.items()), [canon(c) for c in t.get_children()]]
out = []
for s in json.load(sys.stdin):
    try:
        compile(s, "<test>", "exec")
        out.append({"ok": canon(symtable.symtable(s, "<test>", "exec"))})
    except SyntaxError as e:
        out.append({"err": [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, -1 if e.end_offset is None else e.end_offset, e.text]})
print(json.dumps(out))
`;

const BLOCK_TYPES: Record<string, number> = { function: 0, class: 1, module: 2, annotation: 3 };

function canon(s: Scope): any {
  const syms = [...s.symbols.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return [BLOCK_TYPES[s.type], s.name, s.lineno, s.nested, s.varnames, syms, s.children.map(canon)];
}

function ours(src: string): any {
  try {
    return { ok: canon(buildSymtable(parse(src, "<test>"), "<test>").top) };
  } catch (e) {
    if (e instanceof PySyntaxError) return { err: [e.pyType, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text] };
    throw e;
  }
}

const SYMTABLE_CORPUS: string[] = [
  "import os\nfrom __future__ import annotations",
  "from __future__ import braces",
  "from __future__ import foo",
  "match x:\n case a | b: pass",
  "match x:\n case [a] | (b): pass",
  "match x:\n case {\"a\": 1, \"a\": 2}: pass",
  "match x:\n case A(x=1, x=2): pass",
  "match x:\n case a: pass\n case b: pass",
  "match x:\n case [*a, *b]: pass",
  "match x:\n case f\"{a}\": pass",
  "f(a=1, a=2)",
  "__debug__ = 1",
  "def f(__debug__): pass",
  "x = *a",
  "*a = 1",
  "a, *b, *c = d",
  "try:\n pass\nexcept:\n pass\nexcept E:\n pass",
  "def f():\n for x in y:\n  pass\n else:\n  break",
  "async def f():\n yield 1\n return 2",
  "async def f():\n yield from x",
  "def f():\n async for x in y: pass",
  "def f():\n [await x for x in y]",
  "class A:\n await x",
  "lambda: await x",
  "def f(): x = lambda: (yield)",
  "[(yield) for x in y]",
  "def f():\n global x\n nonlocal x",
  "def f(x):\n nonlocal x",
  "nonlocal x",
  "def f():\n nonlocal x",
  "def f():\n from os import *",
  "class A:\n [(x := 1) for y in z]",
  "[x for x in (y := [1])]",
  "[[(x:=1) for x in y] for x in z]",
  "def f():\n x: int\n global x",
  "def f(x, x): pass",
  "return 1",
  "yield 1",
  "await x",
  "break",
  "continue",
  "def f():\n  global x\n  x = 1\n  global x",
  "def f(x):\n  global x",
  "def f():\n  x = 1\n  global x",
  "def f():\n  print(x)\n  global x",
  "class A:\n  nonlocal x",
  "[i := 0 for i in range(3)]",
  "lambda x, x: 0",
  "def f(*, a, **a): pass",
  "async def f():\n  [x async for x in y]\n",
  "def f():\n  yield from x\n  return 1",
  "x = [i for i in range(3) if (j := i)]\nprint(j)",
  "def f():\n  x = 1\n  def g():\n    nonlocal x\n    x = 2",
  "def f(a, *b, c, **d):\n  x = 1\n  def g(): return x\n  [y for y in z]\n  super()\nclass C:\n  def m(self): super()\n",
  "x = 1\ndef f():\n  global x\n  x = 2\n  def g():\n    return x\n",
  "def f():\n  x = 1\n  class C:\n    x = 2\n    def m(self):\n      return x\n",
  "def f():\n  x = 1\n  class C:\n    y = x\n",
  "class C:\n  x = 1\n  def m(self):\n    return __class__\n",
  "class C:\n  def __m(self):\n    self.__x = 1\n    __y = 2\n    return __y\n  __z = 3\n",
  "class __C:\n  __x = 1\nclass _:\n  __x = 1\n",
  "def f():\n  def g():\n    def h():\n      return x\n  x = 1\n",
  "def f(x):\n  return lambda y: x + y\n",
  "def f():\n  return (x for x in range(10) if y)\n",
  "def f():\n  y = 1\n  return [x + y for x in range(10)]\n",
  "def f():\n  [x := i for i in range(3)]\n  return x\n",
  "[x := i for i in range(3)]\n",
  "def f():\n  global x\n  [x := i for i in range(3)]\n",
  "def f():\n  [[(y := 1) for a in b] for c in d]\n",
  "async def f():\n  await x\n  async with a as b:\n    pass\n  async for c in d:\n    pass\n",
  "async def f():\n  return (x async for x in y)\n",
  "def f():\n  return [x async for x in y]\n",
  "async def f():\n  yield\n",
  "def f():\n  x = 1\n  del x\n",
  "def f():\n  try:\n    pass\n  except E as e:\n    pass\n",
  "def f():\n  import a.b.c\n  import d as e\n  from f import g as h, i\n",
  "def f():\n  with a as (b, c):\n    pass\n",
  "def f():\n  match x:\n    case [a, *b, {'k': c, **d}] | [a, *b, {'k': c, **d}]:\n      pass\n    case C(e, f=g) as h:\n      pass\n",
  "def f(a, /, b=1, *c, d, e=2, **f):\n  pass\n",
  "def f(a: int, *b: str, c: 'x' = 1, **d: float) -> list:\n  x: int = 1\n  y: str\n",
  "from __future__ import annotations\ndef f(a: int) -> str:\n  x: int = 1\n",
  "class A:\n  x: int\n  y: int = 1\n",
  "def f():\n  def g():\n    nonlocal y\n  y = 1\n",
  "def f():\n  super\n",
  "def f():\n  class A:\n    def g(self):\n      super()\n      return __class__\n",
  "class A:\n  def f(self):\n    class B:\n      def g(self):\n        return __class__\n",
  "x = lambda: lambda: y\n",
  "def f():\n  return {k: v for k, v in z}, {s for s in t}\n",
  "def f(x):\n  return [x for x in x]\n",
  "def f():\n  for x in y:\n    break\n  while 1:\n    continue\n",
  "def f():\n  for x in y:\n    def g():\n      break\n",
  "while 1:\n  class A:\n    continue\n",
  "for x in y:\n  try:\n    pass\n  finally:\n    continue\n",
  "print(*a, *b, **c)\nx = [*a, *b]\ny = {*a}\nz = (*a,)\na[*b] = c\n*d, e = f\n",
  "def f():\n  yield\n  def g():\n    return 1\n",
  "def f():\n  x = 1\n  nonlocal x\n",
  "def f():\n  global x\n  def g():\n    nonlocal x\n",
  "class C:\n  def f(self):\n    nonlocal __class__\n",
  "def f(a):\n  def g():\n    a = 1\n    return a\n  return g\n",
  "def outer():\n  x = 1\n  def inner():\n    print(x)\n    x = 2\n",
  "def f():\n  l = [1]\n  return [y for x in l for y in (x, x)]\n",
  "def f():\n  return [lambda: i for i in range(3)]\n",
  "class C:\n  y = 1\n  z = [y for _ in range(3)]\n",
  "class C:\n  y = 1\n  z = [x for x in y]\n",
  "def f():\n  (x for x in (yield))\n",
  "async def f():\n  return [await x for x in y]\n",
  "def f():\n  (await x for x in y)\n",
  "from __future__ import annotations\nclass A:\n  x: (yield)\n",
  "from __future__ import annotations\ndef f(x: (y := 1)): pass\n",
  "x: int = 1\nglobal x\n",
  "def f():\n  x: int\n  nonlocal x\n",
  "def f():\n  nonlocal x\n  x: int = 1\n",
  "def f():\n  (lambda: (yield))\n",
  "match x:\n case _:\n  pass\n case 1:\n  pass",
  "match x:\n case (_ | _):\n  pass",
  "match x:\n case 1 | a:\n  pass\n case b:\n  pass",
  "match x:\n case [a, a]:\n  pass",
  "match x:\n case {1: a, 1.0: b}:\n  pass",
  "match x:\n case -1 | 1+2j | 'a' | b'b' | None | a.b:\n  pass",
  "match x:\n case a if a:\n  pass\n case _:\n  pass",
  "with a as __debug__: pass",
  "for __debug__ in x: pass",
  "del __debug__",
  "import __debug__",
  "f(__debug__=1)",
  "(__debug__ := 1)",
  "class __debug__: pass",
  "x = 1\ny = x\ndel y\n",
];

test("scopes and symbol flags match python3's symtable (and compile() errors)", { skip: NO_PY }, () => {
  const r = spawnSync("python3", ["-c", PY_SYMTABLE], { input: JSON.stringify(SYMTABLE_CORPUS), encoding: "utf8", maxBuffer: 1 << 26 });
  assert.equal(r.status, 0, r.stderr);
  const expected = JSON.parse(r.stdout);
  const bad: string[] = [];
  SYMTABLE_CORPUS.forEach((src, i) => {
    const a = JSON.stringify(ours(src));
    const b = JSON.stringify(expected[i]);
    if (a !== b) bad.push(`${JSON.stringify(src)}\n  expected ${b}\n  got      ${a}`);
  });
  assert.equal(bad.length, 0, `${bad.length}/${SYMTABLE_CORPUS.length} mismatches:\n` + bad.slice(0, 8).join("\n"));
});

// ---------------------------------------------------------------------------
// API checks (no python needed)
// ---------------------------------------------------------------------------

function table(src: string) {
  const mod: any = parse(src, "<t>");
  return { mod, st: buildSymtable(mod, "<t>") };
}

test("scope kinds, names, params and scopeOf", () => {
  const { mod, st } = table([
    "def f(a, /, b, *c, d, **e):",
    "    g = lambda x: x",
    "    return [y for y in c], (z for z in c), {k: 1 for k in c}, {s for s in c}",
    "class C:",
    "    pass",
  ].join("\n"));
  assert.equal(st.top.kind, "module");
  assert.equal(st.scopeOf(mod), st.top);
  const f = st.scopeOf(mod.body[0])!;
  assert.equal(f.kind, "function");
  assert.equal(f.name, "f");
  assert.deepEqual(f.params, ["a", "b", "c", "d", "e"]);
  assert.deepEqual(f.varnames, ["a", "b", "d", "c", "e"]);
  assert.ok(f.hasVarargs && f.hasVarkeywords);
  assert.deepEqual(f.children.map((c) => [c.kind, c.name]), [
    ["lambda", "lambda"], ["comprehension", "listcomp"], ["genexpr", "genexpr"], ["comprehension", "dictcomp"],
    ["comprehension", "setcomp"],
  ]);
  const gen = f.children[2];
  assert.ok(gen.isGenerator);
  assert.deepEqual(gen.params, [".0"]);
  assert.equal(st.scopeOf(mod.body[1])!.kind, "class");
});

test("resolved scopes: local, global, free, cell", () => {
  const { mod, st } = table([
    "x = 1",
    "def outer(p):",
    "    global x",
    "    y = 2",
    "    def inner():",
    "        nonlocal y",
    "        return y + p + z",
    "    return inner",
  ].join("\n"));
  const outer = st.scopeOf(mod.body[1])!;
  const inner = outer.children[0];
  assert.equal(outer.getScope("x"), GLOBAL_EXPLICIT);
  assert.equal(outer.getScope("y"), CELL);
  assert.equal(outer.getScope("p"), CELL);
  assert.equal(outer.getScope("inner"), LOCAL);
  assert.equal(inner.getScope("y"), FREE);
  assert.equal(inner.getScope("p"), FREE);
  assert.equal(inner.getScope("z"), GLOBAL_IMPLICIT);
  assert.ok(outer.lookup("p") & DEF_PARAM);
  assert.ok(outer.lookup("y") & DEF_LOCAL);
  assert.ok(inner.lookup("z") & USE);
  assert.deepEqual(outer.namesWithScope(CELL), ["p", "y"]);
  assert.deepEqual(inner.namesWithScope(FREE), ["p", "y"]);
});

test("class scopes: methods skip class names, __class__ cell, mangling", () => {
  const { mod, st } = table([
    "import os",
    "def f():",
    "    v = 1",
    "    class C:",
    "        v = 2",
    "        __secret = 3",
    "        def m(self):",
    "            super().m()",
    "            return v, self.__secret",
    "    return C",
  ].join("\n"));
  assert.ok(st.top.lookup("os") & DEF_IMPORT);
  const f = st.scopeOf(mod.body[1])!;
  const c = f.children[0];
  const m = c.children[0];
  assert.equal(f.getScope("v"), CELL);
  assert.equal(m.getScope("v"), FREE);
  assert.equal(m.getScope("__class__"), FREE);
  assert.ok(c.needsClassClosure);
  assert.ok(c.symbols.has("_C__secret"));
  assert.equal(m.private, "C");
  assert.equal(mangle("C", "__x"), "_C__x");
  assert.equal(mangle("__C", "__x"), "_C__x");
  assert.equal(mangle("C", "__x__"), "__x__");
  assert.equal(mangle("___", "__x"), "__x");
  assert.equal(c.mangle("__secret"), "_C__secret");
});

test("comprehension walrus binds in the enclosing function; iterable in enclosing scope", () => {
  const { mod, st } = table([
    "def f(data):",
    "    total = [last := v for v in data]",
    "    return last",
  ].join("\n"));
  const f = st.scopeOf(mod.body[0])!;
  const comp = f.children[0];
  assert.equal(f.getScope("last"), CELL);
  assert.equal(comp.getScope("last"), FREE);
  assert.equal(comp.getScope("v"), LOCAL);
  assert.ok(f.lookup("data") & USE);
  assert.ok(!comp.symbols.has("data"));
});

test("annotations, generators and coroutines", () => {
  const { mod, st } = table([
    "x: int = 1",
    "async def a():",
    "    await b",
    "def g():",
    "    yield from h",
  ].join("\n"));
  assert.ok(st.top.lookup("x") & DEF_ANNOT);
  const a = st.scopeOf(mod.body[1])!;
  const g = st.scopeOf(mod.body[2])!;
  assert.ok(a.isCoroutine && !a.isGenerator);
  assert.ok(g.isGenerator && g.hasYieldFrom);
});

test("symtable and compiler errors are PySyntaxErrors with CPython messages", () => {
  const cases: [string, string, number][] = [
    ["def f():\n  print(x)\n  global x\n", "name 'x' is used prior to global declaration", 3],
    ["def f():\n  x = 1\n  global x\n", "name 'x' is assigned to before global declaration", 3],
    ["nonlocal x\n", "nonlocal declaration not allowed at module level", 1],
    ["def f():\n  nonlocal x\n", "no binding for nonlocal 'x' found", 2],
    ["def f(x):\n  global x\n", "name 'x' is parameter and global", 2],
    ["def f(x, x): pass\n", "duplicate argument 'x' in function definition", 1],
    ["return 1\n", "'return' outside function", 1],
    ["yield 1\n", "'yield' outside function", 1],
    ["await x\n", "'await' outside function", 1],
    ["def f():\n  await x\n", "'await' outside async function", 2],
    ["break\n", "'break' outside loop", 1],
    ["for x in y:\n  pass\nelse:\n  continue\n", "'continue' not properly in loop", 4],
    ["[x for x in (y := [1])]\n", "assignment expression cannot be used in a comprehension iterable expression", 1],
    ["class A:\n  [(x := 1) for y in z]\n", "assignment expression within a comprehension cannot be used in a class body", 2],
  ];
  for (const [src, msg, line] of cases) {
    try {
      buildSymtable(parse(src, "<t>"), "<t>");
      assert.fail("no error for " + JSON.stringify(src));
    } catch (e: any) {
      assert.ok(e instanceof PySyntaxError, String(e));
      assert.equal(e.msg, msg);
      assert.equal(e.lineno, line);
    }
  }
  // 3.11 allows await in an async comprehension inside async functions and in genexps.
  buildSymtable(parse("async def f():\n  return [await x for x in y]\n(await x for x in y)\n", "<t>"), "<t>");
});

test("symtable errors quote the source line for real files", () => {
  try {
    buildSymtable(parse("x = 1\nreturn x\n", "prog.py"), "prog.py");
    assert.fail("expected an error");
  } catch (e: any) {
    assert.equal(e.msg, "'return' outside function");
    assert.equal(e.text, "return x\n");
    assert.equal(e.offset, 1);
    assert.equal(e.end_offset, 9);
  }
});
