// AST node types for pygil, mirroring CPython 3.11's `ast` module: every node is a plain
// object { _type, ...fields, lineno, col_offset, end_lineno, end_col_offset } with
// CPython's field names; FIELDS/ATTRIBUTES give _fields/_attributes in CPython's order.

// ---------------------------------------------------------------------------
// Constant values
// ---------------------------------------------------------------------------

/** Python float (kept boxed so that 1 and 1.0 stay distinct). */
export interface PyFloat {
  _float: number;
}
/** Python imaginary literal: the imaginary part. */
export interface PyComplex {
  _complex: number;
}
export interface PyBytes {
  _bytes: Uint8Array;
}
export interface PyEllipsis {
  _ellipsis: true;
}
/** number = int within the safe range, bigint = other ints, null = None. */
export type ConstantValue = number | bigint | PyFloat | PyComplex | string | PyBytes | boolean | null | PyEllipsis;

export const ELLIPSIS: PyEllipsis = Object.freeze({ _ellipsis: true }) as PyEllipsis;

// ---------------------------------------------------------------------------
// Node types
// ---------------------------------------------------------------------------

export interface Located {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

export type ExprContext = { _type: "Load" } | { _type: "Store" } | { _type: "Del" };
export type BoolOpKind = { _type: "And" } | { _type: "Or" };
export type OperatorKind = {
  _type:
    | "Add" | "Sub" | "Mult" | "MatMult" | "Div" | "Mod" | "Pow"
    | "LShift" | "RShift" | "BitOr" | "BitXor" | "BitAnd" | "FloorDiv";
};
export type UnaryOpKind = { _type: "Invert" | "Not" | "UAdd" | "USub" };
export type CmpOpKind = { _type: "Eq" | "NotEq" | "Lt" | "LtE" | "Gt" | "GtE" | "Is" | "IsNot" | "In" | "NotIn" };

export interface Module { _type: "Module"; body: Stmt[]; type_ignores: any[] }
export interface Interactive { _type: "Interactive"; body: Stmt[] }
export interface Expression { _type: "Expression"; body: Expr }
export type Mod = Module | Interactive | Expression;

export interface Arg extends Located { _type: "arg"; arg: string; annotation: Expr | null; type_comment: string | null }
export interface Arguments {
  _type: "arguments";
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  /** One entry per kwonlyarg; null where there is no default. */
  kw_defaults: (Expr | null)[];
  kwarg: Arg | null;
  defaults: Expr[];
}
export interface Keyword extends Located { _type: "keyword"; arg: string | null; value: Expr }
export interface Alias extends Located { _type: "alias"; name: string; asname: string | null }
export interface WithItem { _type: "withitem"; context_expr: Expr; optional_vars: Expr | null }
export interface Comprehension { _type: "comprehension"; target: Expr; iter: Expr; ifs: Expr[]; is_async: number }
export interface ExceptHandler extends Located { _type: "ExceptHandler"; type: Expr | null; name: string | null; body: Stmt[] }
export interface MatchCase { _type: "match_case"; pattern: Pattern; guard: Expr | null; body: Stmt[] }

// Statements
export interface FunctionDef extends Located {
  _type: "FunctionDef" | "AsyncFunctionDef";
  name: string; args: Arguments; body: Stmt[]; decorator_list: Expr[]; returns: Expr | null; type_comment: string | null;
}
export interface ClassDef extends Located {
  _type: "ClassDef"; name: string; bases: Expr[]; keywords: Keyword[]; body: Stmt[]; decorator_list: Expr[];
}
export interface Return extends Located { _type: "Return"; value: Expr | null }
export interface Delete extends Located { _type: "Delete"; targets: Expr[] }
export interface Assign extends Located { _type: "Assign"; targets: Expr[]; value: Expr; type_comment: string | null }
export interface AugAssign extends Located { _type: "AugAssign"; target: Expr; op: OperatorKind; value: Expr }
export interface AnnAssign extends Located { _type: "AnnAssign"; target: Expr; annotation: Expr; value: Expr | null; simple: number }
export interface For extends Located {
  _type: "For" | "AsyncFor"; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[]; type_comment: string | null;
}
export interface While extends Located { _type: "While"; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface If extends Located { _type: "If"; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface With extends Located { _type: "With" | "AsyncWith"; items: WithItem[]; body: Stmt[]; type_comment: string | null }
export interface Match extends Located { _type: "Match"; subject: Expr; cases: MatchCase[] }
export interface Raise extends Located { _type: "Raise"; exc: Expr | null; cause: Expr | null }
export interface Try extends Located {
  _type: "Try" | "TryStar"; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[];
}
export interface Assert extends Located { _type: "Assert"; test: Expr; msg: Expr | null }
export interface Import extends Located { _type: "Import"; names: Alias[] }
export interface ImportFrom extends Located { _type: "ImportFrom"; module: string | null; names: Alias[]; level: number }
export interface Global extends Located { _type: "Global" | "Nonlocal"; names: string[] }
export interface ExprStmt extends Located { _type: "Expr"; value: Expr }
export interface Simple extends Located { _type: "Pass" | "Break" | "Continue" }
export type Stmt =
  | FunctionDef | ClassDef | Return | Delete | Assign | AugAssign | AnnAssign | For | While | If | With
  | Match | Raise | Try | Assert | Import | ImportFrom | Global | ExprStmt | Simple;

// Expressions
export interface BoolOp extends Located { _type: "BoolOp"; op: BoolOpKind; values: Expr[] }
export interface NamedExpr extends Located { _type: "NamedExpr"; target: Expr; value: Expr }
export interface BinOp extends Located { _type: "BinOp"; left: Expr; op: OperatorKind; right: Expr }
export interface UnaryOp extends Located { _type: "UnaryOp"; op: UnaryOpKind; operand: Expr }
export interface Lambda extends Located { _type: "Lambda"; args: Arguments; body: Expr }
export interface IfExp extends Located { _type: "IfExp"; test: Expr; body: Expr; orelse: Expr }
/** keys[i] is null for `**value` entries. */
export interface Dict extends Located { _type: "Dict"; keys: (Expr | null)[]; values: Expr[] }
export interface SetExpr extends Located { _type: "Set"; elts: Expr[] }
export interface ListComp extends Located { _type: "ListComp" | "SetComp" | "GeneratorExp"; elt: Expr; generators: Comprehension[] }
export interface DictComp extends Located { _type: "DictComp"; key: Expr; value: Expr; generators: Comprehension[] }
export interface Await extends Located { _type: "Await"; value: Expr }
export interface Yield extends Located { _type: "Yield"; value: Expr | null }
export interface YieldFrom extends Located { _type: "YieldFrom"; value: Expr }
export interface Compare extends Located { _type: "Compare"; left: Expr; ops: CmpOpKind[]; comparators: Expr[] }
export interface Call extends Located { _type: "Call"; func: Expr; args: Expr[]; keywords: Keyword[] }
/** conversion: -1 none, 115 's', 114 'r', 97 'a'. */
export interface FormattedValue extends Located { _type: "FormattedValue"; value: Expr; conversion: number; format_spec: Expr | null }
export interface JoinedStr extends Located { _type: "JoinedStr"; values: Expr[] }
export interface Constant extends Located { _type: "Constant"; value: ConstantValue; kind: string | null }
export interface Attribute extends Located { _type: "Attribute"; value: Expr; attr: string; ctx: ExprContext }
export interface Subscript extends Located { _type: "Subscript"; value: Expr; slice: Expr; ctx: ExprContext }
export interface Starred extends Located { _type: "Starred"; value: Expr; ctx: ExprContext }
export interface Name extends Located { _type: "Name"; id: string; ctx: ExprContext }
export interface ListExpr extends Located { _type: "List"; elts: Expr[]; ctx: ExprContext }
export interface Tuple extends Located { _type: "Tuple"; elts: Expr[]; ctx: ExprContext }
export interface Slice extends Located { _type: "Slice"; lower: Expr | null; upper: Expr | null; step: Expr | null }
export type Expr =
  | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | SetExpr | ListComp | DictComp | Await
  | Yield | YieldFrom | Compare | Call | FormattedValue | JoinedStr | Constant | Attribute | Subscript
  | Starred | Name | ListExpr | Tuple | Slice;

// Patterns
export interface MatchValue extends Located { _type: "MatchValue"; value: Expr }
export interface MatchSingleton extends Located { _type: "MatchSingleton"; value: boolean | null }
export interface MatchSequence extends Located { _type: "MatchSequence"; patterns: Pattern[] }
export interface MatchMapping extends Located { _type: "MatchMapping"; keys: Expr[]; patterns: Pattern[]; rest: string | null }
export interface MatchClass extends Located {
  _type: "MatchClass"; cls: Expr; patterns: Pattern[]; kwd_attrs: string[]; kwd_patterns: Pattern[];
}
export interface MatchStar extends Located { _type: "MatchStar"; name: string | null }
export interface MatchAs extends Located { _type: "MatchAs"; pattern: Pattern | null; name: string | null }
export interface MatchOr extends Located { _type: "MatchOr"; patterns: Pattern[] }
export type Pattern = MatchValue | MatchSingleton | MatchSequence | MatchMapping | MatchClass | MatchStar | MatchAs | MatchOr;

/** Any node (loosely typed; use `_type` to discriminate). */
export type AnyNode = { _type: string; [field: string]: any };

// ---------------------------------------------------------------------------
// Field tables (CPython 3.11 _fields / _attributes)
// ---------------------------------------------------------------------------

export const FIELDS: Record<string, string[]> = {
  Module: ["body", "type_ignores"],
  Interactive: ["body"],
  Expression: ["body"],
  FunctionType: ["argtypes", "returns"],
  FunctionDef: ["name", "args", "body", "decorator_list", "returns", "type_comment"],
  AsyncFunctionDef: ["name", "args", "body", "decorator_list", "returns", "type_comment"],
  ClassDef: ["name", "bases", "keywords", "body", "decorator_list"],
  Return: ["value"],
  Delete: ["targets"],
  Assign: ["targets", "value", "type_comment"],
  AugAssign: ["target", "op", "value"],
  AnnAssign: ["target", "annotation", "value", "simple"],
  For: ["target", "iter", "body", "orelse", "type_comment"],
  AsyncFor: ["target", "iter", "body", "orelse", "type_comment"],
  While: ["test", "body", "orelse"],
  If: ["test", "body", "orelse"],
  With: ["items", "body", "type_comment"],
  AsyncWith: ["items", "body", "type_comment"],
  Match: ["subject", "cases"],
  Raise: ["exc", "cause"],
  Try: ["body", "handlers", "orelse", "finalbody"],
  TryStar: ["body", "handlers", "orelse", "finalbody"],
  Assert: ["test", "msg"],
  Import: ["names"],
  ImportFrom: ["module", "names", "level"],
  Global: ["names"],
  Nonlocal: ["names"],
  Expr: ["value"],
  Pass: [],
  Break: [],
  Continue: [],
  BoolOp: ["op", "values"],
  NamedExpr: ["target", "value"],
  BinOp: ["left", "op", "right"],
  UnaryOp: ["op", "operand"],
  Lambda: ["args", "body"],
  IfExp: ["test", "body", "orelse"],
  Dict: ["keys", "values"],
  Set: ["elts"],
  ListComp: ["elt", "generators"],
  SetComp: ["elt", "generators"],
  DictComp: ["key", "value", "generators"],
  GeneratorExp: ["elt", "generators"],
  Await: ["value"],
  Yield: ["value"],
  YieldFrom: ["value"],
  Compare: ["left", "ops", "comparators"],
  Call: ["func", "args", "keywords"],
  FormattedValue: ["value", "conversion", "format_spec"],
  JoinedStr: ["values"],
  Constant: ["value", "kind"],
  Attribute: ["value", "attr", "ctx"],
  Subscript: ["value", "slice", "ctx"],
  Starred: ["value", "ctx"],
  Name: ["id", "ctx"],
  List: ["elts", "ctx"],
  Tuple: ["elts", "ctx"],
  Slice: ["lower", "upper", "step"],
  Load: [], Store: [], Del: [],
  And: [], Or: [],
  Add: [], Sub: [], Mult: [], MatMult: [], Div: [], Mod: [], Pow: [],
  LShift: [], RShift: [], BitOr: [], BitXor: [], BitAnd: [], FloorDiv: [],
  Invert: [], Not: [], UAdd: [], USub: [],
  Eq: [], NotEq: [], Lt: [], LtE: [], Gt: [], GtE: [], Is: [], IsNot: [], In: [], NotIn: [],
  comprehension: ["target", "iter", "ifs", "is_async"],
  ExceptHandler: ["type", "name", "body"],
  arguments: ["posonlyargs", "args", "vararg", "kwonlyargs", "kw_defaults", "kwarg", "defaults"],
  arg: ["arg", "annotation", "type_comment"],
  keyword: ["arg", "value"],
  alias: ["name", "asname"],
  withitem: ["context_expr", "optional_vars"],
  match_case: ["pattern", "guard", "body"],
  MatchValue: ["value"],
  MatchSingleton: ["value"],
  MatchSequence: ["patterns"],
  MatchMapping: ["keys", "patterns", "rest"],
  MatchClass: ["cls", "patterns", "kwd_attrs", "kwd_patterns"],
  MatchStar: ["name"],
  MatchAs: ["pattern", "name"],
  MatchOr: ["patterns"],
  TypeIgnore: ["lineno", "tag"],
};

const POSITION_ATTRS = ["lineno", "col_offset", "end_lineno", "end_col_offset"];
const LOCATED = [
  "FunctionDef", "AsyncFunctionDef", "ClassDef", "Return", "Delete", "Assign", "AugAssign", "AnnAssign",
  "For", "AsyncFor", "While", "If", "With", "AsyncWith", "Match", "Raise", "Try", "TryStar", "Assert",
  "Import", "ImportFrom", "Global", "Nonlocal", "Expr", "Pass", "Break", "Continue", "BoolOp", "NamedExpr",
  "BinOp", "UnaryOp", "Lambda", "IfExp", "Dict", "Set", "ListComp", "SetComp", "DictComp", "GeneratorExp",
  "Await", "Yield", "YieldFrom", "Compare", "Call", "FormattedValue", "JoinedStr", "Constant", "Attribute",
  "Subscript", "Starred", "Name", "List", "Tuple", "Slice", "ExceptHandler", "arg", "keyword", "alias",
  "MatchValue", "MatchSingleton", "MatchSequence", "MatchMapping", "MatchClass", "MatchStar", "MatchAs",
  "MatchOr",
];

/** _attributes per node type (empty for nodes without positions). */
export const ATTRIBUTES: Record<string, string[]> = {};
for (const name of Object.keys(FIELDS)) ATTRIBUTES[name] = [];
for (const name of LOCATED) ATTRIBUTES[name] = POSITION_ATTRS;

/**
 * Fields declared optional (`?`) in the ASDL: ast.dump omits them when they are None.
 * (`level` of ImportFrom is `int?` but is always set by the parser.)
 */
export const OPTIONAL_FIELDS: Record<string, string[]> = {
  AnnAssign: ["value"], Assert: ["msg"], Assign: ["type_comment"], AsyncFor: ["type_comment"],
  AsyncFunctionDef: ["returns", "type_comment"], AsyncWith: ["type_comment"], Constant: ["kind"],
  ExceptHandler: ["type", "name"], For: ["type_comment"], FormattedValue: ["format_spec"],
  FunctionDef: ["returns", "type_comment"], ImportFrom: ["module", "level"], MatchAs: ["pattern", "name"],
  MatchMapping: ["rest"], MatchStar: ["name"], Raise: ["exc", "cause"], Return: ["value"],
  Slice: ["lower", "upper", "step"], With: ["type_comment"], Yield: ["value"], alias: ["asname"],
  arg: ["annotation", "type_comment"], arguments: ["vararg", "kwarg"], keyword: ["arg"],
  match_case: ["guard"], withitem: ["optional_vars"],
};

/** Abstract base class of each concrete node type (as in CPython's class hierarchy). */
export const BASES: Record<string, string> = {};
{
  const groups: Record<string, string[]> = {
    mod: ["Module", "Interactive", "Expression", "FunctionType"],
    stmt: LOCATED.slice(0, LOCATED.indexOf("Continue") + 1),
    expr: LOCATED.slice(LOCATED.indexOf("BoolOp"), LOCATED.indexOf("Slice") + 1),
    expr_context: ["Load", "Store", "Del"],
    boolop: ["And", "Or"],
    operator: ["Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"],
    unaryop: ["Invert", "Not", "UAdd", "USub"],
    cmpop: ["Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"],
    excepthandler: ["ExceptHandler"],
    pattern: ["MatchValue", "MatchSingleton", "MatchSequence", "MatchMapping", "MatchClass", "MatchStar", "MatchAs", "MatchOr"],
    type_ignore: ["TypeIgnore"],
  };
  for (const [base, subs] of Object.entries(groups)) for (const s of subs) BASES[s] = base;
  for (const s of ["comprehension", "arguments", "arg", "keyword", "alias", "withitem", "match_case"]) BASES[s] = "AST";
}

// ---------------------------------------------------------------------------
// Shared singleton leaf nodes (operators and contexts carry no data)
// ---------------------------------------------------------------------------

function singleton<T extends string>(t: T): { _type: T } {
  return Object.freeze({ _type: t }) as { _type: T };
}
export const LOAD = singleton("Load");
export const STORE = singleton("Store");
export const DEL = singleton("Del");

export const OPS: Record<string, { _type: string }> = {};
for (const name of [
  "And", "Or", "Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr", "BitXor",
  "BitAnd", "FloorDiv", "Invert", "Not", "UAdd", "USub", "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is",
  "IsNot", "In", "NotIn",
]) OPS[name] = singleton(name);

/** Is v a Python float constant? */
export function isFloat(v: unknown): v is PyFloat {
  return typeof v === "object" && v !== null && "_float" in v;
}
export function isComplex(v: unknown): v is PyComplex {
  return typeof v === "object" && v !== null && "_complex" in v;
}
export function isBytes(v: unknown): v is PyBytes {
  return typeof v === "object" && v !== null && "_bytes" in v;
}
export function isEllipsis(v: unknown): v is PyEllipsis {
  return typeof v === "object" && v !== null && "_ellipsis" in v;
}

/** Iterate over the direct child nodes of a node (like ast.iter_child_nodes). */
export function* iterChildNodes(node: AnyNode): Generator<AnyNode> {
  const fields = FIELDS[node._type];
  if (!fields) return;
  for (const f of fields) {
    const v = node[f];
    if (v === null || v === undefined) continue;
    if (Array.isArray(v)) {
      for (const x of v) if (x && typeof x === "object" && typeof x._type === "string") yield x;
    } else if (typeof v === "object" && typeof v._type === "string") yield v;
  }
}
