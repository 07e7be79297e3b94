# Lock, RLock, Condition, Semaphore, BoundedSemaphore, Event and Barrier across threads
import threading

# Lock / RLock with threads: a shared counter
lock = threading.Lock()
total = 0
def add(n):
    global total
    for _ in range(n):
        with lock:
            total += 1
ts = [threading.Thread(target=add, args=(2000,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print("total", total, lock.locked())

r = threading.RLock()
with r:
    with r:
        print("rlock nested ok")
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

# Condition: a consumer waiting for items, wait_for with a predicate
items = []
cond = threading.Condition()
got = []
def consumer(n):
    for _ in range(n):
        with cond:
            cond.wait_for(lambda: items)
            got.append(items.pop(0))
c = threading.Thread(target=consumer, args=(5,))
c.start()
for i in range(5):
    with cond:
        items.append(i * i)
        cond.notify()
c.join()
print("consumed", got)
with cond:
    print("wait timeout:", cond.wait(0.01), "wait_for:", cond.wait_for(lambda: "ready"), cond.wait_for(lambda: 0, 0.01))
for name in ("wait", "notify"):
    try:
        getattr(cond, name)()
    except RuntimeError as e:
        print("RuntimeError:", e)
c2 = threading.Condition(threading.Lock())
with c2:
    c2.notify_all()
    print("plain-lock condition owned:", c2._is_owned())

# notify_all wakes every waiter
waiting = 0
flag = False
cv = threading.Condition()
def sleeper(out):
    global waiting
    with cv:
        waiting += 1
        cv.notify_all()
        cv.wait_for(lambda: flag)
        out.append(1)
outs = []
ts = [threading.Thread(target=sleeper, args=(outs,)) for _ in range(3)]
for t in ts: t.start()
with cv:
    cv.wait_for(lambda: waiting == 3)
    flag = True
    cv.notify_all()
for t in ts: t.join()
print("woken", len(outs))

# Semaphore limits concurrency
sem = threading.Semaphore(2)
active = 0
peak = 0
alock = threading.Lock()
release = threading.Event()
def limited():
    global active, peak
    with sem:
        with alock:
            active += 1
            peak = max(peak, active)
        release.wait(0.02)
        with alock:
            active -= 1
ts = [threading.Thread(target=limited) for _ in range(5)]
for t in ts: t.start()
release.set()
for t in ts: t.join()
print("peak", peak, "value", sem._value)
s = threading.Semaphore(1)
print(s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0.01))
s.release(3)
print(s._value)
for bad in (lambda: threading.Semaphore(-1), lambda: s.release(0), lambda: s.acquire(False, 1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)

# Event
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
def setter():
    ev.set()
threading.Thread(target=setter).start()
print(ev.wait(), ev.is_set())
ev.clear()
print(ev.is_set())

# Barrier: arrival indices, the action, reset and abort
order = []
bar = threading.Barrier(3, action=lambda: order.append("action"))
idx = []
def party():
    i = bar.wait()
    idx.append(i)
ts = [threading.Thread(target=party) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(order, sorted(idx), bar.n_waiting, bar.broken, bar.parties)
b2 = threading.Barrier(2, timeout=0.01)
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print("broken:", type(e).__name__, b2.broken)
b2.reset()
print("after reset:", b2.broken)
b2.abort()
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("aborted barrier raises")
print(issubclass(threading.BrokenBarrierError, RuntimeError))
