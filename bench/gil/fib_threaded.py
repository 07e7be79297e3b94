# fib with threading imported and a second thread blocked on an Event: the single-thread cost
# of having threads around (compare with bench/fib.py).
import threading

ev = threading.Event()
waiter = threading.Thread(target=ev.wait)
waiter.start()


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(32))
ev.set()
waiter.join()
