// The mappingproxy object (read-only view of a mapping: type.__dict__, dict views' .mapping).
// Only the type and instance layout live here, so type.ts can use it without import cycles;
// its methods are defined in dict_views.ts.

import { PyObj, builtinType } from "./core.ts";

export const mappingproxyType = builtinType("mappingproxy");
export class PyMappingProxy extends PyObj {
  m: any;
  constructor(m: any) { super(mappingproxyType); this.m = m; }
}
