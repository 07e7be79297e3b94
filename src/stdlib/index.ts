// Registers the modules implemented in TypeScript with the import system (each file calls
// registerModule from interp/interpreter.ts when imported).
import "./math.ts";
import "./random.ts";
import "./itertools.ts";
import "./functools.ts";
import "./collections.ts";
import "./operator.ts";
import "./time.ts";
import "./_thread.ts";
import "./threading.ts";
import "./queue.ts";
import "./concurrent_futures.ts";
import "./io.ts";
import "./posix.ts";
import "./traceback.ts";
import "./importlib.ts";
import "./re.ts";
