# Two CPU-bound threads share the GIL: the hand-off rate follows the switch interval.
import sys, threading, time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000_000


def spin(n):
    x = 0
    for _ in range(n):
        x += 1


ts = [threading.Thread(target=spin, args=(N,)) for _ in range(2)]
start = time.perf_counter()
for t in ts:
    t.start()
for t in ts:
    t.join()
print(f"threaded {time.perf_counter() - start:.3f}")
