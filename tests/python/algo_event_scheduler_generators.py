# cooperative multitasking with generators (a round-robin scheduler)
from collections import deque
def worker(name, steps):
    for i in range(steps):
        received = yield f"{name} step {i}"
        if received:
            print(f"  {name} received {received!r}")
    return f"{name} finished"
def scheduler(tasks):
    queue = deque((t, None) for t in tasks)
    results = []
    tick = 0
    while queue:
        task, msg = queue.popleft()
        try:
            out = task.send(msg)
            print(f"tick {tick}: {out}")
            queue.append((task, f"ack{tick}" if tick % 3 == 0 else None))
        except StopIteration as e:
            results.append(e.value)
        tick += 1
    return results
print(scheduler([worker("A", 3), worker("B", 1), worker("C", 2)]))
