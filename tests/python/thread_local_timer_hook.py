# threading.local (per-thread attributes, subclass __init__ re-run per thread), Timer, excepthook
import threading

data = threading.local()
data.value = "main"
seen = []
def use_local(v):
    seen.append(("before", hasattr(data, "value")))
    data.value = v
    seen.append(("after", data.value))
ts = [threading.Thread(target=use_local, args=(f"t{i}",)) for i in range(3)]
for t in ts:
    t.start()
    t.join()
print(seen)
print("main still sees", data.value, sorted(vars(data)))

class Config(threading.local):
    def __init__(self, level):
        self.level = level
        self.inits = getattr(self, "inits", 0) + 1
cfg = Config(5)
cfg.level = 9
def read_cfg(out):
    out.append((threading.current_thread().name, cfg.level, cfg.inits))
    cfg.level += 1
    out.append(cfg.level)
out = []
t = threading.Thread(target=read_cfg, args=(out,), name="reader")
t.start()
t.join()
print(out, cfg.level)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)

# Timer: fires once after its interval; cancel() stops it
fired = []
t = threading.Timer(0.01, fired.append, args=["fired"])
print(t.name.startswith("Thread-"), type(t).__name__, isinstance(t, threading.Thread))
t.start()
t.join()
t2 = threading.Timer(30, fired.append, args=["never"])
t2.start()
t2.cancel()
t2.join()
print(fired, t2.finished.is_set())
t3 = threading.Timer(0, lambda a, b=0: fired.append(a + b), [1], {"b": 2})
t3.start()
t3.join()
print(fired)

# excepthook: a custom hook sees the exception and the thread
def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.thread.name,
          isinstance(args, threading.ExceptHookArgs), len(args))
threading.excepthook = hook
def fail(x):
    raise ValueError(f"bad value {x}")
t = threading.Thread(target=fail, args=(42,), name="failing")
t.start()
t.join()
class Broken(threading.Thread):
    def run(self):
        raise KeyError("k")
b = Broken(name="broken-run")
b.start()
b.join()
# SystemExit in a thread reaches the hook too; the default hook ignores it
def leave():
    raise SystemExit(3)
t = threading.Thread(target=leave, name="leaving")
t.start()
t.join()
threading.excepthook = threading.__excepthook__
t = threading.Thread(target=leave)
t.start()
t.join()
a = threading.ExceptHookArgs([ValueError, ValueError("v"), None, None])
print(a.exc_type.__name__, a.exc_value, a.exc_traceback, a.thread)
print("done")
