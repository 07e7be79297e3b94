// The object model's foundation: how Python values are represented in JS, type objects,
// attribute namespaces, sentinels and the few singletons everything else needs.
//
// Representation (see docs/internals.md):
//   int   -> JS number (always an integer, |n| <= 2**53-1) or JS bigint (only outside that range)
//   bool  -> JS boolean            str -> JS string (UTF-16; code-point semantics in str.ts)
//   every other value -> an object with `$cls` (its Python type); most have `$d` (instance dict)

/** A JS generator used by the runtime: may yield scheduler requests, returns a Python value. */
export type Gen<T = any> = Generator<any, T, any>;

/** Returned by a sync fast path that needs to run Python code: "call my generator version". */
export const NEED: any = Symbol("NEED");
/** Marks the end of iteration in the sync-first iterator protocol. */
export const STOP: any = Symbol("STOP");

/**
 * An attribute namespace: a JS object with no inherited keys, so any Python name (even
 * `__proto__` or `constructor`) is an ordinary own property. Built by `new Ns()` so V8 keeps
 * it in fast (hidden-class) mode, unlike Object.create(null).
 */
export const Ns: { new (): Record<string, any> } = function Ns() {} as any;
Ns.prototype = Object.create(null);

let nextTypeVersion = 1;

/** Base of every non-primitive Python value. */
export class PyObj {
  $cls!: PyType;
  $d: Record<string, any> | undefined;
  constructor(cls: PyType) {
    this.$cls = cls;
    this.$d = undefined;
  }
}
// Call-protocol defaults for every object (see ops/call.ts): not a fast-callable function.
(PyObj.prototype as any).$n = -1;
(PyObj.prototype as any).$fs = null;
(PyObj.prototype as any).$fc = null;

/** A type object. Its attributes live in `ns`; lookups go through the per-type cache. */
export class PyType extends PyObj {
  name: string;
  qualname: string;
  module: string;
  bases: PyType[];
  mro: PyType[] = [];
  ns: Record<string, any>;
  subclasses: PyType[] = [];
  /** Name -> resolved attribute along the MRO (or MISSING); cleared when this type or a base changes. */
  cache: Map<string, any> = new Map();
  /** Version tag: changes whenever this type or a base changes (validates inline caches). */
  ver = nextTypeVersion++;
  /** JS constructor used to allocate instances (PyObj for plain classes, PyList for list subclasses...). */
  alloc: (cls: PyType) => any;
  /** The nearest builtin base whose instance layout this type uses (object, list, dict, int...). */
  solid: PyType;
  /** True when instances get a `$d` dict (no __slots__ all the way down). */
  hasDict: boolean;
  /** Slot names declared by __slots__ in this type (own only). */
  slots: string[] | null = null;
  isBuiltin: boolean;
  /** Set for classes defining __getattribute__/__getattr__/__setattr__ (slow attribute paths). */
  customGetattribute = false;
  customGetattr = false;
  customSetattr = false;
  /** Set when this type or a base defines __eq__ but not __hash__ (instances unhashable). */
  flags = 0;
  constructor(name: string, bases: PyType[], isBuiltin = true, meta?: PyType) {
    super(meta ?? (typeType as PyType));
    this.name = name;
    this.qualname = name;
    this.module = "builtins";
    this.bases = bases;
    this.ns = new Ns();
    this.isBuiltin = isBuiltin;
    this.alloc = bases.length ? bases[0].alloc : (cls) => new PyObj(cls);
    this.solid = bases.length ? bases[0].solid : (this as PyType);
    this.hasDict = bases.length ? bases[0].hasDict : false;
    for (const b of bases) b.subclasses.push(this);
  }
  /** Look a name up along the MRO; returns undefined when absent. Cached. */
  lookup(name: string): any {
    const c = this.cache.get(name);
    if (c !== undefined) return c === MISSING ? undefined : c;
    let found: any = undefined;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) {
      const v = mro[i].ns[name];
      if (v !== undefined) { found = v; break; }
    }
    this.cache.set(name, found === undefined ? MISSING : found);
    return found;
  }
  /** Called after any change to this type's namespace or bases. */
  invalidate(): void {
    this.cache.clear();
    this.ver = nextTypeVersion++;
    for (const s of this.subclasses) s.invalidate();
  }
}
export const MISSING: any = Symbol("MISSING");

// The two roots. `type` is its own type; both are fixed up below.
export let typeType: PyType = undefined as any;
export const objectType = new PyType("object", [], true, undefined as any);
typeType = new PyType("type", [objectType], true, undefined as any);
objectType.$cls = typeType;
typeType.$cls = typeType;
objectType.mro = [objectType];
typeType.mro = [typeType, objectType];
typeType.alloc = () => { throw new Error("type instances are made by type.__new__"); };
typeType.hasDict = true;

/** Make a builtin type with a linear MRO (single inheritance). */
export function builtinType(name: string, base: PyType = objectType, module = "builtins"): PyType {
  const t = new PyType(name, [base], true, typeType);
  t.mro = [t, ...base.mro];
  t.module = module;
  t.solid = t;
  return t;
}

export const intType = builtinType("int");
export const boolType = builtinType("bool", intType);
export const floatType = builtinType("float");
export const complexType = builtinType("complex");
export const strType = builtinType("str");
export const bytesType = builtinType("bytes");
export const bytearrayType = builtinType("bytearray");
export const listType = builtinType("list");
export const tupleType = builtinType("tuple");
export const dictType = builtinType("dict");
export const setType = builtinType("set");
export const frozensetType = builtinType("frozenset");
export const rangeType = builtinType("range");
export const sliceType = builtinType("slice");
export const noneType = builtinType("NoneType");
export const notImplType = builtinType("NotImplementedType");
export const ellipsisType = builtinType("ellipsis");
export const functionType = builtinType("function");
export const builtinFunctionType = builtinType("builtin_function_or_method");
export const methodType = builtinType("method");
export const methodDescrType = builtinType("method_descriptor");
export const moduleType = builtinType("module");
export const cellType = builtinType("cell");
moduleType.hasDict = true;
functionType.hasDict = true;
boolType.solid = intType;

export const None = new PyObj(noneType);
export const NotImplemented = new PyObj(notImplType);
export const Ellipsis = new PyObj(ellipsisType);

/** The Python type of any value. */
export function typeOf(v: any): PyType {
  switch (typeof v) {
    case "number": case "bigint": return intType;
    case "string": return strType;
    case "boolean": return boolType;
    default: return v.$cls;
  }
}

/** isinstance against a single type, by MRO. */
export function isInstance(v: any, t: PyType): boolean {
  const c = typeOf(v);
  if (c === t) return true;
  const mro = c.mro;
  for (let i = 1; i < mro.length; i++) if (mro[i] === t) return true;
  return false;
}
export function isSubtype(c: PyType, t: PyType): boolean {
  if (c === t) return true;
  const mro = c.mro;
  for (let i = 1; i < mro.length; i++) if (mro[i] === t) return true;
  return false;
}

/** A float: boxed so that 1 and 1.0 stay distinct. */
export class PyFloat extends PyObj {
  v: number;
  constructor(v: number, cls: PyType = floatType) {
    super(cls);
    this.v = v;
  }
}
floatType.alloc = (cls) => new PyFloat(0, cls);

export class PyComplex extends PyObj {
  re: number; im: number;
  constructor(re: number, im: number, cls: PyType = complexType) {
    super(cls);
    this.re = re; this.im = im;
  }
}
complexType.alloc = (cls) => new PyComplex(0, 0, cls);

/** Instance of an int/str/bytes/tuple subclass keeps its primitive value here. */
export class PyBoxed extends PyObj {
  v: any;
  constructor(cls: PyType, v: any) {
    super(cls);
    this.v = v;
  }
}

export class PyList extends PyObj {
  items: any[];
  constructor(items: any[] = [], cls: PyType = listType) {
    super(cls);
    this.items = items;
  }
}
listType.alloc = (cls) => new PyList([], cls);

export class PyTuple extends PyObj {
  items: any[];
  hash: number | undefined = undefined;
  constructor(items: any[], cls: PyType = tupleType) {
    super(cls);
    this.items = items;
  }
}
tupleType.alloc = (cls) => new PyTuple([], cls);
export const EMPTY_TUPLE = new PyTuple([]);
export function tuple(items: any[]): PyTuple {
  return items.length === 0 ? EMPTY_TUPLE : new PyTuple(items);
}

export class PyBytes extends PyObj {
  b: Uint8Array;
  constructor(b: Uint8Array, cls: PyType = bytesType) {
    super(cls);
    this.b = b;
  }
}
bytesType.alloc = (cls) => new PyBytes(new Uint8Array(0), cls);
export class PyByteArray extends PyObj {
  b: Uint8Array;
  len: number;
  constructor(b: Uint8Array, cls: PyType = bytearrayType) {
    super(cls);
    this.b = b;
    this.len = b.length;
  }
  view(): Uint8Array { return this.b.subarray(0, this.len); }
}
bytearrayType.alloc = (cls) => new PyByteArray(new Uint8Array(0), cls);

export class PyRange extends PyObj {
  /** JS numbers; bigints only when a bound is outside ±(2**53-1) (then `big` is true). */
  start: any; stop: any; step: any;
  big: boolean;
  constructor(start: any, stop: any, step: any) {
    super(rangeType);
    this.start = start; this.stop = stop; this.step = step;
    this.big = typeof start === "bigint" || typeof stop === "bigint" || typeof step === "bigint";
  }
  /** Number of elements (a bigint only for big ranges whose length does not fit). */
  get length(): any {
    if (!this.big) {
      const { start, stop, step } = this;
      if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
      return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
    }
    const a = BigInt(this.start), b = BigInt(this.stop), c = BigInt(this.step);
    let n = 0n;
    if (c > 0n) { if (a < b) n = (b - a - 1n) / c + 1n; } else if (a > b) n = (a - b - 1n) / -c + 1n;
    return n <= 9007199254740991n ? Number(n) : n;
  }
}

export class PySlice extends PyObj {
  start: any; stop: any; step: any;
  constructor(start: any, stop: any, step: any) {
    super(sliceType);
    this.start = start; this.stop = stop; this.step = step;
  }
}

export class PyModule extends PyObj {
  constructor(name: string, ns?: Record<string, any>) {
    super(moduleType);
    this.$d = ns ?? new Ns();
    this.$d.__name__ = name;
  }
  get name(): string { return this.$d!.__name__; }
}

/** The identity of `true`/`false` as Python ints. */
export function boolToInt(b: boolean): number { return b ? 1 : 0; }
