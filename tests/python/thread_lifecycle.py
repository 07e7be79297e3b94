# threading.Thread: names, states, start/join/is_alive, subclasses, errors, current/main thread
import threading

def strip_ident(r):
    # "<Thread(Thread-1, started 1402...)>" -> drop the OS-specific ident
    head, _, last = r[:-2].rpartition(" ")
    return head + ")>" if last.isdigit() else r

def worker(n, results, scale=1):
    results.append((n * scale, threading.current_thread().name))

results = []
t = threading.Thread(target=worker, args=(3, results), kwargs={"scale": 10})
print(t.name, t.ident, t.native_id, t.daemon, t.is_alive())
print(repr(t))
t.start()
t.join()
print(results, t.is_alive(), t.ident is not None)
print(strip_ident(repr(t)))

# auto names: Thread-N, with the target's name when it has one
print(threading.Thread().name, threading.Thread(target=len).name,
      threading.Thread(target=lambda: None).name, threading.Thread(name="custom").name)

class Counter:
    def __call__(self):
        pass
print(threading.Thread(target=Counter()).name)

# subclass overriding run, with its own __init__
class Worker(threading.Thread):
    def __init__(self, ident_no, out):
        super().__init__(name=f"worker-{ident_no}")
        self.ident_no = ident_no
        self.out = out
    def run(self):
        self.out.append(f"{self.name} ran {self.ident_no}")

out = []
ws = [Worker(i, out) for i in range(3)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print(sorted(out))

# errors
try:
    ws[0].start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(group=object())
except AssertionError as e:
    print("AssertionError:", e)

class NoInit(threading.Thread):
    def __init__(self):
        pass
try:
    NoInit().start()
except RuntimeError as e:
    print("RuntimeError:", e)

# daemon flag
d = threading.Thread(target=worker, args=(1, []), daemon=True)
print(d.daemon, strip_ident(repr(d)))
d.daemon = False
print(d.daemon)
d.start()
try:
    d.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
d.join()

# renaming
t = threading.Thread(name="before")
t.name = "after"
print(t.name, repr(t))

# the main thread
m = threading.main_thread()
print(m.name, type(m).__name__, m is threading.current_thread(), m.is_alive(), m.daemon)
print(threading.active_count(), [x.name for x in threading.enumerate()])
print(threading.get_ident() == m.ident, isinstance(threading.get_native_id(), int))

# current_thread inside threads and enumerate while they run
ready = threading.Event()
go = threading.Event()
def waiter():
    ready.set()
    go.wait()
t = threading.Thread(target=waiter, name="waiting")
t.start()
ready.wait()
print(sorted(x.name for x in threading.enumerate()), threading.active_count())
go.set()
t.join()
print(sorted(x.name for x in threading.enumerate()))

# join with a timeout on a blocked thread
stop = threading.Event()
t = threading.Thread(target=stop.wait)
t.start()
t.join(0.01)
print("alive after join(0.01):", t.is_alive())
stop.set()
t.join()
print("alive after set:", t.is_alive())
print(threading.TIMEOUT_MAX, threading.ThreadError is RuntimeError, threading.stack_size())
