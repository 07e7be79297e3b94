# An object-oriented task scheduler, in the spirit of the classic "Richards"
# benchmark but written from scratch: a priority scheduler drives four kinds of
# tasks (idle, producer, handler, device) that pass packets to each other.
# Heavy on method calls, attribute access and small object allocation.

WORK = 0
DEVICE = 1

IDLE_ID = 0
PRODUCER_ID = 1
HANDLER_A = 2
HANDLER_B = 3
DEVICE_A = 4
DEVICE_B = 5


class Packet:
    def __init__(self, kind, home):
        self.kind = kind
        self.home = home
        self.payload = [0, 0, 0, 0]
        self.cursor = 0
        self.hops = 0
        self.next = None


class Queue:
    """A FIFO of packets, linked through Packet.next."""

    def __init__(self):
        self.head = None
        self.tail = None
        self.size = 0

    def push(self, pkt):
        pkt.next = None
        if self.tail is None:
            self.head = pkt
        else:
            self.tail.next = pkt
        self.tail = pkt
        self.size += 1

    def pop(self):
        pkt = self.head
        if pkt is not None:
            self.head = pkt.next
            if self.head is None:
                self.tail = None
            pkt.next = None
            self.size -= 1
        return pkt

    def is_empty(self):
        return self.head is None


class Task:
    def __init__(self, sched, tid, priority):
        self.sched = sched
        self.tid = tid
        self.priority = priority
        self.inbox = Queue()
        self.held = False
        self.waiting = False
        self.steps = 0

    def runnable(self):
        if self.held:
            return False
        if self.waiting:
            return not self.inbox.is_empty()
        return True

    def deliver(self, pkt):
        self.inbox.push(pkt)

    def wait(self):
        self.waiting = True

    def resume(self):
        self.waiting = False

    def step(self):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, sched, tid, priority, count):
        Task.__init__(self, sched, tid, priority)
        self.count = count
        self.seed = 12345

    def step(self):
        self.count -= 1
        if self.count == 0:
            self.sched.stop()
            return
        self.seed = (self.seed * 1103515245 + 12345) & 0x7FFFFFFF
        if (self.seed >> 16) & 1:
            self.sched.release(DEVICE_A)
        else:
            self.sched.release(DEVICE_B)


class ProducerTask(Task):
    def __init__(self, sched, tid, priority):
        Task.__init__(self, sched, tid, priority)
        self.letter = 0
        self.target = HANDLER_A
        self.produced = 0

    def next_letter(self):
        self.letter = self.letter % 26 + 1
        return self.letter

    def step(self):
        pkt = self.inbox.pop()
        if pkt is None:
            self.wait()
            return
        self.resume()
        for i in range(4):
            pkt.payload[i] = self.next_letter()
        pkt.cursor = 0
        self.produced += 1
        self.sched.send(pkt, self.target)
        if self.target == HANDLER_A:
            self.target = HANDLER_B
        else:
            self.target = HANDLER_A


class HandlerTask(Task):
    def __init__(self, sched, tid, priority, device):
        Task.__init__(self, sched, tid, priority)
        self.device = device
        self.work = Queue()
        self.spare = Queue()
        self.forwarded = 0

    def sort_inbox(self):
        while not self.inbox.is_empty():
            pkt = self.inbox.pop()
            if pkt.kind == WORK:
                self.work.push(pkt)
            else:
                self.spare.push(pkt)

    def step(self):
        self.sort_inbox()
        job = self.work.head
        if job is None or self.spare.is_empty():
            self.wait()
            return
        self.resume()
        if job.cursor >= 4:
            self.work.pop()
            self.sched.send(job, PRODUCER_ID)
            return
        dev = self.spare.pop()
        value = job.payload[job.cursor]
        job.cursor += 1
        for i in range(4):
            dev.payload[i] = (value * (i + 1) + self.tid) % 97
        self.forwarded += 1
        self.sched.send(dev, self.device)


class DeviceTask(Task):
    def __init__(self, sched, tid, priority):
        Task.__init__(self, sched, tid, priority)
        self.total = 0
        self.handled = 0

    def step(self):
        pkt = self.inbox.pop()
        if pkt is None:
            self.held = False
            self.wait()
            return
        self.resume()
        acc = 0
        for v in pkt.payload:
            acc = (acc * 31 + v) % 1000003
        self.total = (self.total + acc) % 1000000007
        self.handled += 1
        # a device must be released by the idle task before it runs again
        self.held = True
        self.sched.send(pkt, pkt.home)


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.order = []
        self.switches = 0
        self.running = False
        self.sends = 0

    def add(self, task):
        self.tasks[task.tid] = task
        self.order.append(task)
        self.order.sort(key=lambda t: -t.priority)

    def send(self, pkt, tid):
        pkt.hops += 1
        self.sends += 1
        self.tasks[tid].deliver(pkt)

    def release(self, tid):
        self.tasks[tid].held = False

    def stop(self):
        self.running = False

    def pick(self):
        for task in self.order:
            if task.runnable():
                return task
        return None

    def run(self):
        self.running = True
        while self.running:
            task = self.pick()
            if task is None:
                break
            task.steps += 1
            self.switches += 1
            task.step()


def build(count):
    s = Scheduler()
    s.add(IdleTask(s, IDLE_ID, 0, count))
    producer = ProducerTask(s, PRODUCER_ID, 1000)
    s.add(producer)
    s.add(HandlerTask(s, HANDLER_A, 2000, DEVICE_A))
    s.add(HandlerTask(s, HANDLER_B, 3000, DEVICE_B))
    s.add(DeviceTask(s, DEVICE_A, 4000))
    s.add(DeviceTask(s, DEVICE_B, 5000))
    for _ in range(3):
        producer.deliver(Packet(WORK, PRODUCER_ID))
    for h in (HANDLER_A, HANDLER_B):
        for _ in range(2):
            s.tasks[h].deliver(Packet(DEVICE, h))
    return s


def main(count):
    s = build(count)
    s.run()
    steps = [t.steps for t in s.order]
    a = s.tasks[DEVICE_A]
    b = s.tasks[DEVICE_B]
    print(s.switches, s.sends, s.tasks[PRODUCER_ID].produced)
    print(a.handled, b.handled, (a.total + b.total) % 1000000007)
    print(steps)


main(100000)
