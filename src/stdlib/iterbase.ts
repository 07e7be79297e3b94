// Shared machinery for iterator types written in TS (itertools, collections): a base class whose
// nx()/nxG() honour a Python subclass overriding __next__, and a helper making such types.

import { PyObj, PyType, NEED, STOP, Ns, Gen, objectType, typeOf } from "../runtime/core.ts";
import { PyBuiltin } from "../runtime/function.ts";
import { newExc, StopIteration, typeError } from "../runtime/exceptions.ts";

const defaultNxG: () => Gen<any> = (PyObj.prototype as any).nxG;

/**
 * Base of TS iterator objects. Subclasses implement `step()` (sync: a value, STOP, or NEED when
 * Python code must run; NEED must leave the iterator so that `stepG()` continues correctly) and
 * `stepG()` (the full generator version).
 */
export class PyIterBase extends PyObj {
  step(): any { return NEED; }
  *stepG(): Gen<any> { return STOP; }
  /** True unless a Python subclass overrides __next__ (then the protocol must call it). */
  own(): boolean {
    const t = this.$cls;
    if (t.isBuiltin) return true;
    const f = t.lookup("__next__");
    return f instanceof PyBuiltin && (f as any).itNext === true;
  }
  nx(): any { return this.own() ? this.step() : NEED; }
  *nxG(): Gen<any> {
    if (this.own()) return yield* this.stepG();
    return yield* defaultNxG.call(this);
  }
}

/** Pull the next value of an inner iterator (sync when possible). */
export function* pull(it: any): Gen<any> {
  const v = it.nx();
  return v === NEED ? yield* it.nxG() : v;
}

/** Give a freshly built instance of cls its __dict__ when cls is a Python subclass. */
export function withDict<T extends PyObj>(o: T, cls: PyType): T {
  if (cls.hasDict && o.$d === undefined) o.$d = new Ns();
  return o;
}

/** Make an iterator type `module.name` whose __iter__ returns self and __next__ runs step(). */
export function iteratorType(name: string, module: string, jsClass: Function): PyType {
  const t = new PyType(name, [objectType]);
  t.mro = [t, objectType];
  t.module = module;
  const it = new PyBuiltin("__iter__", ["self"], (s: any) => s, null, t);
  t.ns.__iter__ = it;
  const check = (s: any) => {
    if (!(s instanceof jsClass)) throw typeError(`descriptor '__next__' requires a '${module}.${name}' object but received a '${typeOf(s).name}'`);
    return s as PyIterBase;
  };
  const nxt = new PyBuiltin("__next__", ["self"], (s: any) => {
    const v = check(s).step();
    if (v === STOP) throw newExc(StopIteration);
    return v;
  }, function* (s: any) {
    const v = yield* check(s).stepG();
    if (v === STOP) throw newExc(StopIteration);
    return v;
  }, t);
  (nxt as any).itNext = true;
  t.ns.__next__ = nxt;
  return t;
}
