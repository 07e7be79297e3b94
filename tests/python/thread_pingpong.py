# Threads taking strict turns through Conditions, Events and Semaphores: the interleaving is
# fixed by the synchronisation, so the output order is the same on every run
import threading

# ping-pong with one Condition and a turn variable
turn = "ping"
cond = threading.Condition()
log = []
def player(me, other, rounds):
    global turn
    for i in range(rounds):
        with cond:
            cond.wait_for(lambda: turn == me)
            log.append(f"{me}{i}")
            turn = other
            cond.notify_all()
a = threading.Thread(target=player, args=("ping", "pong", 4))
b = threading.Thread(target=player, args=("pong", "ping", 4))
a.start(); b.start()
a.join(); b.join()
print(" ".join(log))

# a relay: each thread waits for its event, prints, and sets the next one
events = [threading.Event() for _ in range(5)]
def relay(i):
    events[i].wait()
    print("relay", i, threading.current_thread().name)
    if i + 1 < len(events):
        events[i + 1].set()
ts = [threading.Thread(target=relay, args=(i,), name=f"runner-{i}") for i in reversed(range(5))]
for t in ts: t.start()
events[0].set()
for t in ts: t.join()

# semaphores as a round-robin token
sems = [threading.Semaphore(0) for _ in range(3)]
out = []
def rr(i, n):
    for k in range(n):
        sems[i].acquire()
        out.append(f"{i}:{k}")
        sems[(i + 1) % 3].release()
ts = [threading.Thread(target=rr, args=(i, 3)) for i in range(3)]
for t in ts: t.start()
sems[0].release()
for t in ts: t.join()
print(out)

# phases separated by a barrier
barrier = threading.Barrier(3)
phase_log = []
plock = threading.Lock()
def phased(i):
    for phase in range(3):
        with plock:
            phase_log.append(phase)
        barrier.wait()
ts = [threading.Thread(target=phased, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(phase_log)

# the GIL makes `counter += 1` in a loop exact on 3.11 (no check point between load and store)
counter = 0
def bump():
    global counter
    for _ in range(200000):
        counter += 1
ts = [threading.Thread(target=bump) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(counter)
