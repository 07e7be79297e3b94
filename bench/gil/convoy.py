# The convoy effect: a thread sleeping 1 ms beside a CPU-bound thread overshoots by about the
# switch interval, because it must wait out the holder's interval to get the GIL back.
import threading, time

stop = False


def spinner():
    x = 0
    while not stop:
        x += 1


t = threading.Thread(target=spinner)
t.start()
time.sleep(0.05)
over = []
for _ in range(100):
    s = time.perf_counter()
    time.sleep(0.001)
    over.append(time.perf_counter() - s - 0.001)
stop = True
t.join()
over.sort()
print(f"overshoot median {over[len(over) // 2] * 1000:.2f} ms")
