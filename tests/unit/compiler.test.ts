// Unit tests of the compiler: scope resolution (local/global/free/class), the generated JS's
// shape (fast paths inline, check points where CPython 3.11 has them), and compile-time errors.

import { test } from "node:test";
import assert from "node:assert/strict";
import "../../src/runtime/index.ts";
import { parse } from "../../src/parser/parser.ts";
import { buildSymtable, resolverFor } from "../../src/compiler/scopes.ts";
import { compileSource } from "../../src/interp/compile.ts";

function kinds(src: string, fnName: string): Record<string, string> {
  const mod = parse(src, "t.py");
  const st = buildSymtable(mod, "t.py");
  const resolve = resolverFor(st);
  const out: Record<string, string> = {};
  for (const sc of st.allScopes()) {
    if (sc.name !== fnName) continue;
    for (const n of sc.symbols.keys()) out[n] = resolve(sc, n);
  }
  return out;
}

test("scopes: locals, globals, free variables, nonlocal and class bodies", () => {
  const src = `
x = 1
def outer():
    y = 2
    z = 3
    def inner():
        nonlocal z
        z += y
        return x
    class C:
        a = y
        def m(self):
            return super().m()
    return inner
`;
  assert.deepEqual(kinds(src, "inner"), { z: "free", y: "free", x: "global" });
  const c = kinds(src, "C");
  assert.equal(c.a, "classns");
  assert.equal(c.y, "classfree");
  const m = kinds(src, "m");
  assert.equal(m.self, "local");
  assert.equal(m.__class__, "free");
});

test("private names are mangled inside classes", () => {
  const js = compileSource("class C:\n    def m(self, __y):\n        self.__x = __y\n", "t.py").js;
  assert.match(js, /"_C__x"/);
  assert.match(js, /v\$_C__y/);
});

test("comprehension targets are local to the comprehension; := binds in the function", () => {
  const src = "def f(xs):\n    ys = [(last := x) for x in xs]\n    return last\n";
  const comp = kinds(src, "listcomp");
  assert.equal(comp.x, "local");
  assert.equal(comp.last, "free");
  assert.equal(kinds(src, "f").last, "cell");
});

test("generated code inlines int fast paths and places check points as CPython 3.11", () => {
  const js = compileSource("def f(n):\n    t = 0\n    for i in range(n):\n        t += i\n    return t\n", "t.py").js;
  assert.match(js, /typeof v\$t === "number" && typeof v\$i === "number"/, "int fast path inlined, definitely-assigned locals read directly");
  assert.match(js, /for \(;; \(--\$B\[1\] < 0 \|\| \$B\[0\] !== 0\) && \(yield\* \$brk\(\)\)\)/, "back-edge check point");
  assert.match(js, /function\* py_f\(v\$n\) \{[\s\S]*?if \(--\$B\[1\] < 0 \|\| \$B\[0\] !== 0\) yield\* \$brk\(\);/, "entry check point");
  assert.doesNotMatch(js, /=>/, "no closure per operation in ordinary code");
});

test("compile-time errors are SyntaxErrors with CPython's messages", () => {
  const cases: [string, string][] = [
    ["return 1\n", "'return' outside function"],
    ["break\n", "'break' outside loop"],
    ["nonlocal x\n", "nonlocal declaration not allowed at module level"],
    ["def f():\n    nonlocal q\n", "no binding for nonlocal 'q' found"],
    ["def f(a, a): pass\n", "duplicate argument 'a' in function definition"],
  ];
  for (const [src, msg] of cases) {
    assert.throws(() => compileSource(src, "t.py"), (e: any) => e.pyType === "SyntaxError" && e.msg === msg, src);
  }
});
