// Unit tests of the runtime layer: int normalization and arithmetic, float repr, the dict
// store's key equivalence (1 == 1.0 == True), and the call protocol's argument binding.

import { test } from "node:test";
import assert from "node:assert/strict";
import "../../src/runtime/index.ts";
import * as I from "../../src/runtime/int.ts";
import { floatRepr } from "../../src/runtime/float.ts";
import { PyDict } from "../../src/runtime/dict.ts";
import { PyFloat, NEED, PyTuple } from "../../src/runtime/core.ts";
import { PyFunction, CodeInfo, bindArgs } from "../../src/runtime/function.ts";
import { PyBaseException } from "../../src/runtime/exceptions.ts";

test("ints stay numbers inside ±(2**53-1) and become bigints outside, always normalized", () => {
  assert.equal(I.add(9007199254740990, 1), 9007199254740991);
  assert.equal(I.add(9007199254740991, 1), 9007199254740992n);
  assert.equal(I.sub(9007199254740992n, 1), 9007199254740991);
  assert.equal(typeof I.mul(2 ** 26, 2 ** 26), "number");
  assert.equal(I.mul(2 ** 40, 2 ** 40), 1208925819614629174706176n);
  assert.equal(I.pow(2, 100), 1267650600228229401496703205376n);
  assert.equal(I.pow(3, 3), 27);
});

test("floor division and modulo round toward negative infinity", () => {
  assert.equal(I.floordiv(-7, 2), -4);
  assert.equal(I.mod(-7, 2), 1);
  assert.equal(I.mod(7, -2), -1);
  assert.equal(I.floordiv(-(10n ** 30n), 7), -142857142857142857142857142858n);
  assert.throws(() => I.floordiv(1, 0), (e: any) => e instanceof PyBaseException && e.$cls.name === "ZeroDivisionError");
});

test("int true division is correctly rounded even for big ints", () => {
  assert.equal(I.truediv(1, 3), 1 / 3);
  assert.equal(I.truediv(10n ** 30n, 3), 3.333333333333333e29);
  assert.equal(I.truediv(2n ** 64n + 1n, 2n ** 64n), 1);
});

test("float repr is CPython's shortest repr with its exponent thresholds", () => {
  const cases: [number, string][] = [
    [0.1, "0.1"], [1e16, "1e+16"], [1e15, "1000000000000000.0"], [1e-5, "1e-05"], [0.0001, "0.0001"],
    [-0.0, "-0.0"], [1.5, "1.5"], [Infinity, "inf"], [NaN, "nan"], [123456789.125, "123456789.125"], [1.7976931348623157e308, "1.7976931348623157e+308"],
  ];
  for (const [x, want] of cases) assert.equal(floatRepr(x), want, String(x));
});

test("dict keys 1, 1.0 and True are one key; the first key object is kept", () => {
  const d = new PyDict();
  d.setS(1, "int");
  d.setS(new PyFloat(1.0), "float");
  d.setS(true, "bool");
  assert.equal(d.size, 1);
  assert.equal(d.getS(1), "bool");
  assert.equal(d.keys()[0], 1);
  d.setS("1", "str");
  assert.equal(d.size, 2);
  // tuples are hashed by value
  d.setS(new PyTuple([1, 2]), "t");
  assert.equal(d.getS(new PyTuple([1, new PyFloat(2)])), "t");
  assert.notEqual(d.getS(new PyTuple([1, 2])), NEED);
});

test("argument binding reports CPython's messages", () => {
  const code = new CodeInfo({ name: "f", qualname: "f", filename: "x", argnames: ["a", "b", "c"], argcount: 2, kwonly: 1 });
  const f = new PyFunction(code, function* () { return 0; } as any, {}, [], null);
  const mk = () => new PyDict();
  const msg = (fn: () => any) => { try { fn(); } catch (e: any) { return e.args.items[0]; } return "no error"; };
  assert.equal(msg(() => bindArgs(f, [1], null, null, mk)), "f() missing 1 required positional argument: 'b'");
  assert.equal(msg(() => bindArgs(f, [1, 2, 3], null, null, mk)), "f() takes 2 positional arguments but 3 were given");
  assert.equal(msg(() => bindArgs(f, [1, 2], null, null, mk)), "f() missing 1 required keyword-only argument: 'c'");
  assert.equal(msg(() => bindArgs(f, [1, 2], ["c", "d"], [3, 4], mk)), "f() got an unexpected keyword argument 'd'");
  assert.equal(msg(() => bindArgs(f, [1, 2], ["a", "c"], [3, 4], mk)), "f() got multiple values for argument 'a'");
  assert.deepEqual(bindArgs(f, [1], ["c", "b"], [3, 2], null as any), [1, 2, 3]);
});

test("suspended generators do not hold recursion depth (3000 live generators, then recursion)", async () => {
  const { spawnSync } = await import("node:child_process");
  const path = await import("node:path");
  const bin = path.resolve(import.meta.dirname, "../../bin/pygil.js");
  const src = "def g():\n    yield 1\n    yield 2\ngens = []\nfor i in range(3000):\n    x = g(); next(x); gens.append(x)\ndef f(n): return 0 if n == 0 else f(n - 1)\nprint(f(900))\n";
  const r = spawnSync("node", [bin, "-c", src], { encoding: "utf8" });
  assert.equal(r.stderr, "");
  assert.equal(r.stdout, "0\n");
});
