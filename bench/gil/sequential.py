# The same work as two_cpu_threads.py, done sequentially in one thread.
import sys, time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000_000


def spin(n):
    x = 0
    for _ in range(n):
        x += 1


start = time.perf_counter()
spin(N)
spin(N)
print(f"sequential {time.perf_counter() - start:.3f}")
