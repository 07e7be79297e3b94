// The numeric parts of the sys module: float_info, int_info, hash_info (struct sequences: tuples
// with named fields) and get/set_int_max_str_digits. Installed by interp/interpreter.ts.

import { PyTuple, PyFloat, None, typeOf, builtinType, tupleType } from "./core.ts";
import { defBuiltin, defMethod } from "./function.ts";
import { defGetSet } from "./attr.ts";
import { typeError, valueError, overflowError } from "./exceptions.ts";
import { asInt } from "./ops.ts";
import { floatRepr } from "./float.ts";
import { strRepr } from "./repr.ts";
import * as I from "./int.ts";

/** A struct-sequence type: a tuple subclass whose fields are also attributes. */
function structSeq(name: string, fields: string[], values: any[]): PyTuple {
  const t = builtinType(name, tupleType, "sys");
  t.qualname = name;
  fields.forEach((f, i) => defGetSet(t, f, (o: PyTuple) => o.items[i]));
  defMethod(t, "__repr__", [], (o: PyTuple) => {
    const parts = fields.map((f, i) => {
      const v = o.items[i];
      const r = v instanceof PyFloat ? floatRepr(v.v) : typeof v === "string" ? strRepr(v) : String(v);
      return `${f}=${r}`;
    });
    return `sys.${name}(${parts.join(", ")})`;
  });
  t.ns.n_fields = fields.length;
  t.ns.n_sequence_fields = fields.length;
  t.ns.n_unnamed_fields = 0;
  return new PyTuple(values, t);
}

export function installNumericSys(ns: Record<string, any>): void {
  const F = (x: number) => new PyFloat(x);
  ns.float_info = structSeq("float_info",
    ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"],
    [F(Number.MAX_VALUE), 1024, 308, F(2.2250738585072014e-308), -1021, -307, 15, 53, F(Number.EPSILON), 2, 1]);
  ns.int_info = structSeq("int_info",
    ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"], [30, 4, 4300, 640]);
  ns.hash_info = structSeq("hash_info",
    ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"],
    [64, 2305843009213693951n, 314159, 0, 1000003, "siphash13", 64, 128, 0]);
  defBuiltin(ns, "get_int_max_str_digits", [], () => I.intLimits.maxStrDigits);
  defBuiltin(ns, "set_int_max_str_digits", ["maxdigits"], (n: any) => {
    const v = asInt(n);
    if (v === undefined) throw typeError(`'${typeOf(n).name}' object cannot be interpreted as an integer`);
    if (typeof v === "bigint") throw overflowError("Python int too large to convert to C int");
    if (v !== 0 && v < 640) throw valueError("maxdigits must be 0 or larger than 640");
    I.intLimits.maxStrDigits = v;
    return None;
  });
}
