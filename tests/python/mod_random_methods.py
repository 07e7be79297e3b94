# random: seeded sequences across seeds and methods, Random instances and subclasses, errors
import random
for seed in [0, 1, 42, 12345, 2**40, -5, 2**80, 3.5, "hello", b"bytes", True]:
    random.seed(seed)
    print(repr(seed), random.random(), random.randint(1, 100), random.randrange(0, 1000, 7), random.getrandbits(70))
    print(" ", random.gauss(), random.gauss(5, 2), random.normalvariate(0, 1), random.expovariate(1.5))
    print(" ", random.choices(range(5), cum_weights=[1, 2, 3, 4, 100], k=4), random.choices("abc", [1, 2, 3], k=4))
    lst = list(range(12))
    random.shuffle(lst)
    print(" ", lst, random.sample(range(1000), 5), random.sample(range(100000), 3), random.choice("xyz"))
    print(" ", random.randrange(10**30), random.randrange(-10**20, 10**20, 3), random.getrandbits(33), random.getrandbits(64))
state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
print(first == [random.random() for _ in range(3)], len(state), state[0], len(state[1]))
r = random.Random(5)
print(r.random(), r.randint(1, 10), r.getstate()[1][:3])
r.seed("x", version=1)
print(r.random())

class Half(random.Random):
    def random(self):
        return 0.5
h = Half(3)
print(h.randint(1, 100), h.choice("abcdef"), h.gauss(), h.uniform(0, 10), h.sample(range(10), 3))

class OneBit(random.Random):
    def getrandbits(self, k):
        return 1
print(OneBit(1).randrange(100), random.Random(0).sample(["a", "b", "c"], 3, counts=[2, 1, 3]))
print(random.Random(7).random() == random.Random(x=7).random())
print(random.Random(2).triangular(0, 10, 3), random.Random(2).triangular(5, 5, 5), random.Random(2).betavariate(2, 3))
print(random.Random(9).gammavariate(0.5, 2), random.Random(9).gammavariate(1, 3), random.Random(9).paretovariate(3))
for bad in [lambda: random.choice([]), lambda: random.sample([1, 2], 3), lambda: random.randint(5, 1),
            lambda: random.randrange(0), lambda: random.randrange(1, 2, 0),
            lambda: random.getrandbits(-1), lambda: random.sample({1, 2}, 1), lambda: random.choices([1], [1, 2]),
            lambda: random.choices([1, 2], 3), lambda: random.seed([1]), lambda: random.setstate((5, (), None)),
            lambda: random.gammavariate(0, 1), lambda: random.expovariate(0)]:
    try:
        bad()
    except (ValueError, TypeError, IndexError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
