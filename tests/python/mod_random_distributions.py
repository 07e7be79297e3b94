# more random functions, seeded
import random
random.seed(2024)
print([round(random.normalvariate(0, 1), 12) for _ in range(3)])
print([round(random.lognormvariate(0, 0.5), 12) for _ in range(2)])
print(random.vonmisesvariate(0, 1), random.gammavariate(2, 1), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.choices(range(5), cum_weights=[1, 2, 3, 4, 100], k=6))
print(random.randbytes(8))
print(random.randrange(-50, 50), random.randrange(10, 0, -2))
pop = list(range(20))
print(random.sample(pop, k=20) != pop, sorted(random.sample(pop, k=20)) == pop)
random.seed(99)
print([random.randint(1, 6) for _ in range(20)])
