# reseeding reproduces sequences; Random instances are independent
import random
random.seed(42)
a = [random.random() for _ in range(5)]
random.seed(42)
b = [random.random() for _ in range(5)]
print(a == b, a)
r1 = random.Random(7)
r2 = random.Random(7)
print([r1.randint(0, 9) for _ in range(8)])
print([r2.randint(0, 9) for _ in range(8)])
state = r1.getstate()
x = r1.random()
r1.setstate(state)
print(x == r1.random())
random.seed("a string seed")
print(random.random(), random.randint(0, 10 ** 12))
random.seed(0)
print(random.random(), random.randrange(1, 7), random.choice(["rock", "paper", "scissors"]))
random.seed(2 ** 80)
print(random.random())
random.seed(3)
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:8])
print(sorted(random.sample(deck, 4)))
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
try:
    random.randint(5, 1)
except ValueError as e:
    print("ValueError:", e)
