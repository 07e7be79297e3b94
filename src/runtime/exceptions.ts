// The builtin exception hierarchy and the helpers the runtime uses to raise Python exceptions.
// Python exceptions are thrown as JS values directly (no JS Error, so no stack capture cost).

import { PyObj, PyType, PyTuple, builtinType, objectType, tuple, None, EMPTY_TUPLE } from "./core.ts";

/** One traceback entry: the code object and the position index of the failing operation. */
export interface TbEntry { code: any; p: number; depth: number }

export class PyBaseException extends PyObj {
  args: PyTuple = EMPTY_TUPLE;
  tb: TbEntry[] = [];
  cause: any = None;
  context: any = None;
  suppress = false;
  /** Extra fields some exceptions carry (KeyError key, StopIteration value, SystemExit code...). */
  constructor(cls: PyType) {
    super(cls);
    this.$d = undefined;
  }
}

export const BaseException = builtinType("BaseException");
BaseException.alloc = (cls) => new PyBaseException(cls);
BaseException.hasDict = true;

const all: Record<string, PyType> = { BaseException };
function exc(name: string, base: PyType): PyType {
  const t = builtinType(name, base);
  t.solid = BaseException;
  t.hasDict = true;
  all[name] = t;
  return t;
}

export const BaseExceptionGroup = exc("BaseExceptionGroup", BaseException);
export const GeneratorExit = exc("GeneratorExit", BaseException);
export const KeyboardInterrupt = exc("KeyboardInterrupt", BaseException);
export const SystemExit = exc("SystemExit", BaseException);
export const Exception = exc("Exception", BaseException);
export const ArithmeticError = exc("ArithmeticError", Exception);
export const FloatingPointError = exc("FloatingPointError", ArithmeticError);
export const OverflowError = exc("OverflowError", ArithmeticError);
export const ZeroDivisionError = exc("ZeroDivisionError", ArithmeticError);
export const AssertionError = exc("AssertionError", Exception);
export const AttributeError = exc("AttributeError", Exception);
export const BufferError = exc("BufferError", Exception);
export const EOFError = exc("EOFError", Exception);
export const ExceptionGroup = exc("ExceptionGroup", BaseExceptionGroup);
ExceptionGroup.bases = [BaseExceptionGroup, Exception];
ExceptionGroup.mro = [ExceptionGroup, BaseExceptionGroup, Exception, BaseException, objectType];
Exception.subclasses.push(ExceptionGroup);
export const ImportError = exc("ImportError", Exception);
export const ModuleNotFoundError = exc("ModuleNotFoundError", ImportError);
export const LookupError = exc("LookupError", Exception);
export const IndexError = exc("IndexError", LookupError);
export const KeyError = exc("KeyError", LookupError);
export const MemoryError = exc("MemoryError", Exception);
export const NameError = exc("NameError", Exception);
export const UnboundLocalError = exc("UnboundLocalError", NameError);
export const OSError = exc("OSError", Exception);
export const BlockingIOError = exc("BlockingIOError", OSError);
export const ChildProcessError = exc("ChildProcessError", OSError);
export const ConnectionError = exc("ConnectionError", OSError);
export const BrokenPipeError = exc("BrokenPipeError", ConnectionError);
export const ConnectionAbortedError = exc("ConnectionAbortedError", ConnectionError);
export const ConnectionRefusedError = exc("ConnectionRefusedError", ConnectionError);
export const ConnectionResetError = exc("ConnectionResetError", ConnectionError);
export const FileExistsError = exc("FileExistsError", OSError);
export const FileNotFoundError = exc("FileNotFoundError", OSError);
export const InterruptedError = exc("InterruptedError", OSError);
export const IsADirectoryError = exc("IsADirectoryError", OSError);
export const NotADirectoryError = exc("NotADirectoryError", OSError);
export const PermissionError = exc("PermissionError", OSError);
export const ProcessLookupError = exc("ProcessLookupError", OSError);
export const TimeoutError = exc("TimeoutError", OSError);
export const ReferenceError = exc("ReferenceError", Exception);
export const RuntimeError = exc("RuntimeError", Exception);
export const NotImplementedError = exc("NotImplementedError", RuntimeError);
export const RecursionError = exc("RecursionError", RuntimeError);
export const StopAsyncIteration = exc("StopAsyncIteration", Exception);
export const StopIteration = exc("StopIteration", Exception);
export const SyntaxError = exc("SyntaxError", Exception);
export const IndentationError = exc("IndentationError", SyntaxError);
export const TabError = exc("TabError", IndentationError);
export const SystemError = exc("SystemError", Exception);
export const TypeError = exc("TypeError", Exception);
export const ValueError = exc("ValueError", Exception);
export const UnicodeError = exc("UnicodeError", ValueError);
export const UnicodeDecodeError = exc("UnicodeDecodeError", UnicodeError);
export const UnicodeEncodeError = exc("UnicodeEncodeError", UnicodeError);
export const UnicodeTranslateError = exc("UnicodeTranslateError", UnicodeError);
export const Warning = exc("Warning", Exception);
export const BytesWarning = exc("BytesWarning", Warning);
export const DeprecationWarning = exc("DeprecationWarning", Warning);
export const EncodingWarning = exc("EncodingWarning", Warning);
export const FutureWarning = exc("FutureWarning", Warning);
export const ImportWarning = exc("ImportWarning", Warning);
export const PendingDeprecationWarning = exc("PendingDeprecationWarning", Warning);
export const ResourceWarning = exc("ResourceWarning", Warning);
export const RuntimeWarning = exc("RuntimeWarning", Warning);
export const SyntaxWarning = exc("SyntaxWarning", Warning);
export const UnicodeWarning = exc("UnicodeWarning", Warning);
export const UserWarning = exc("UserWarning", Warning);

export const exceptionTypes = all;

/** Build an exception instance with the given args (no Python __init__ runs). */
export function newExc(t: PyType, ...args: any[]): PyBaseException {
  const e = t.alloc(t) as PyBaseException;
  e.args = tuple(args);
  return e;
}

// Shorthands for the runtime: `throw typeError("...")`.
export const typeError = (msg: string) => newExc(TypeError, msg);
export const valueError = (msg: string) => newExc(ValueError, msg);
export const indexError = (msg: string) => newExc(IndexError, msg);
export const attributeError = (msg: string) => newExc(AttributeError, msg);
export const overflowError = (msg: string) => newExc(OverflowError, msg);
export const zeroDivisionError = (msg: string) => newExc(ZeroDivisionError, msg);
export const runtimeError = (msg: string) => newExc(RuntimeError, msg);
export const nameError = (name: string, msg?: string) => {
  const e = newExc(NameError, msg ?? `name '${name}' is not defined`);
  e.$d = { name } as any;
  return e;
};
export function keyError(key: any): PyBaseException { return newExc(KeyError, key); }
export function stopIteration(value: any): PyBaseException {
  const e = value === undefined ? newExc(StopIteration) : newExc(StopIteration, value);
  return e;
}

/** A fatal internal problem: a bug in pygil, reported as SystemError with the JS detail. */
export function internalError(e: any): PyBaseException {
  const msg = e && e.stack ? String(e.stack) : String(e);
  return newExc(SystemError, `pygil internal error: ${msg}`);
}
