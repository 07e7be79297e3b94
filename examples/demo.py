# pygil demo: the article's point in one run. Two CPU-bound threads take turns holding the
# GIL (no speedup over doing the work sequentially), while two sleeping threads overlap
# (sleep releases the GIL). Run with --stats to see the hand-offs.
import threading
import time

N = 5_000_000


def count(n):
    total = 0
    for i in range(n):
        total += i
    return total


count(N // 10)  # warm up, so both measurements run the same optimized code

start = time.perf_counter()
count(N)
count(N)
sequential = time.perf_counter() - start

start = time.perf_counter()
threads = [threading.Thread(target=count, args=(N,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
threaded = time.perf_counter() - start

print(f"CPU-bound, sequential:  {sequential:.2f} s")
print(f"CPU-bound, two threads: {threaded:.2f} s  (the GIL lets one thread run at a time)")

start = time.perf_counter()
sleepers = [threading.Thread(target=time.sleep, args=(0.5,)) for _ in range(2)]
for t in sleepers:
    t.start()
for t in sleepers:
    t.join()
print(f"I/O-bound, 2 x sleep(0.5) in two threads: {time.perf_counter() - start:.2f} s  (sleep releases the GIL)")
