# concurrent.futures: ThreadPoolExecutor submit/map/shutdown, Future states, exceptions carried
# to the caller, worker names, wait() and as_completed() driven by events (deterministic)
import concurrent.futures as cf
from concurrent.futures import ThreadPoolExecutor
import threading

def square(x):
    return x * x

with ThreadPoolExecutor(max_workers=3) as ex:
    futs = [ex.submit(square, i) for i in range(8)]
    print([f.result() for f in futs])
    print(list(ex.map(square, range(6))))
    print(list(ex.map(pow, [2, 3, 4], [5, 2])))
    print(ex._max_workers, sorted(t.name for t in ex._threads))
f = futs[0]
print(f.done(), f.running(), f.cancelled(), f.exception(), repr(f).split(" at ")[0], repr(f).split(" state=")[1])

def fail(x):
    raise ValueError(f"bad {x}")
with ThreadPoolExecutor(2) as ex:
    f = ex.submit(fail, 1)
    try:
        f.result()
    except ValueError as e:
        print("result() re-raised:", repr(e))
    print("exception():", repr(f.exception()), f.done(), repr(f).split(" state=")[1])
    try:
        for r in ex.map(square if False else (lambda v: 10 // v), [5, 2, 0, 1]):
            print("map gave", r)
    except ZeroDivisionError as e:
        print("map stopped:", e)

# default pool size and names
ex = ThreadPoolExecutor()
print(ex._max_workers)
names = []
ex.submit(lambda: names.append(threading.current_thread().name)).result()
ex.shutdown()
print(names[0].startswith("ThreadPoolExecutor-"), names[0].endswith("_0"))
try:
    ex.submit(square, 2)
except RuntimeError as e:
    print("RuntimeError:", e)
with ThreadPoolExecutor(thread_name_prefix="io") as ex:
    print(ex.submit(lambda: threading.current_thread().name).result())
try:
    ThreadPoolExecutor(0)
except ValueError as e:
    print("ValueError:", e)

# wait() / as_completed() in a controlled order
gates = [threading.Event() for _ in range(3)]
def gated(i):
    gates[i].wait()
    return i
with ThreadPoolExecutor(3) as ex:
    fs = [ex.submit(gated, i) for i in range(3)]
    done, not_done = cf.wait(fs, timeout=0.01)
    print("nothing yet:", len(done), len(not_done))
    gates[2].set()
    done, not_done = cf.wait(fs, return_when=cf.FIRST_COMPLETED)
    print("first:", [d.result() for d in done], len(not_done))
    it = cf.as_completed(fs)
    print("as_completed:", next(it).result())
    gates[0].set()
    print("as_completed:", next(it).result())
    gates[1].set()
    print("as_completed:", next(it).result())
    done, not_done = cf.wait(fs)
    print("all:", sorted(d.result() for d in done), len(not_done), type(cf.wait(fs)).__name__)

# FIRST_EXCEPTION returns as soon as one future failed
block = threading.Event()
with ThreadPoolExecutor(2) as ex:
    fs = [ex.submit(block.wait), ex.submit(fail, 2)]
    done, not_done = cf.wait(fs, return_when=cf.FIRST_EXCEPTION)
    print("first exception:", [type(d.exception()).__name__ for d in done], len(not_done))
    block.set()

# result(timeout) raises TimeoutError while the call runs
hold = threading.Event()
with ThreadPoolExecutor(1) as ex:
    f = ex.submit(hold.wait)
    try:
        f.result(timeout=0.01)
    except cf.TimeoutError:
        print("TimeoutError", cf.TimeoutError is TimeoutError)
    hold.set()
    print(f.result())

# cancelling queued work
hold = threading.Event()
ex = ThreadPoolExecutor(1)
running = ex.submit(hold.wait)
queued = [ex.submit(square, i) for i in range(3)]
print("cancel queued:", queued[0].cancel(), queued[0].cancelled(), running.cancel())
hold.set()
ex.shutdown(wait=True, cancel_futures=True)
print([q.cancelled() for q in queued])
try:
    queued[0].result()
except cf.CancelledError as e:
    print("CancelledError", repr(e))

# a Future used directly, with callbacks
fut = cf.Future()
print(repr(fut).split(" state=")[1])
fut.add_done_callback(lambda f: print("callback sees", f.result()))
fut.set_result("value")
fut.add_done_callback(lambda f: print("late callback sees", f.result()))
try:
    fut.set_result("again")
except cf.InvalidStateError:
    print("InvalidStateError")
f2 = cf.Future()
print(f2.set_running_or_notify_cancel(), f2.running(), f2.cancel())
f2.set_exception(KeyError("k"))
print(repr(f2.exception()), repr(f2).split(" state=")[1])
print(cf.ALL_COMPLETED, cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION)
print(issubclass(cf.CancelledError, Exception), issubclass(cf.BrokenExecutor, RuntimeError))
