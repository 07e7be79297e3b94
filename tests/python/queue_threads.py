# queue: FIFO/LIFO/priority order, Empty/Full, timeouts, task_done/join, producers and consumers
import queue
import threading

q = queue.Queue()
print(q.maxsize, q.qsize(), q.empty(), q.full())
for i in range(5):
    q.put(i)
print(q.qsize(), [q.get() for _ in range(5)], q.empty())
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty:", repr(e), type(e).__module__)
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after a timeout")
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)

bounded = queue.Queue(maxsize=2)
bounded.put("a")
bounded.put_nowait("b")
print(bounded.full(), bounded.qsize())
try:
    bounded.put_nowait("c")
except queue.Full as e:
    print("Full:", repr(e), type(e).__module__)
try:
    bounded.put("c", timeout=0.01)
except queue.Full:
    print("Full after a timeout")
try:
    bounded.put("c", block=False)
except queue.Full:
    print("Full without blocking")

lifo = queue.LifoQueue()
for c in "abcd":
    lifo.put(c)
print("lifo", [lifo.get() for _ in range(4)])

pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "aa"), (5, "e"), (0, "z"), (2, "bb")]:
    pq.put(item)
print("priority", [pq.get() for _ in range(pq.qsize())])

class Job:
    def __init__(self, prio, name):
        self.prio, self.name = prio, name
    def __lt__(self, other):
        return self.prio < other.prio
jobs = queue.PriorityQueue()
for p, n in [(2, "write"), (0, "urgent"), (1, "read")]:
    jobs.put(Job(p, n))
print("jobs", [jobs.get().name for _ in range(3)])

sq = queue.SimpleQueue()
sq.put(1)
sq.put_nowait(2)
print("simple", sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty")

# workers with task_done()/join()
tasks = queue.Queue()
done = []
lock = threading.Lock()
def worker():
    while True:
        item = tasks.get()
        if item is None:
            tasks.task_done()
            return
        with lock:
            done.append(item * 2)
        tasks.task_done()
workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers:
    w.start()
for i in range(20):
    tasks.put(i)
tasks.join()
print("after join:", sorted(done) == [i * 2 for i in range(20)], tasks.unfinished_tasks)
for _ in workers:
    tasks.put(None)
for w in workers:
    w.join()
try:
    tasks.task_done()
except ValueError as e:
    print("ValueError:", e)

# a size-1 queue forces producer and consumer to alternate; order is preserved
pipe = queue.Queue(maxsize=1)
received = []
def consume():
    while True:
        x = pipe.get()
        if x is None:
            break
        received.append(x)
c = threading.Thread(target=consume)
c.start()
for i in range(10):
    pipe.put(i)
pipe.put(None)
c.join()
print("pipe", received)

# subclass hooks
class StackQueue(queue.Queue):
    def _init(self, maxsize):
        self.queue = []
    def _put(self, item):
        self.queue.append(item)
    def _get(self):
        return self.queue.pop()
s = StackQueue()
for i in range(3):
    s.put(i)
print("hooks", s.get(), s.get(), s.qsize())
print(queue.Empty.__name__, issubclass(queue.Full, Exception), type(q.mutex).__name__, type(q.not_empty).__name__)
