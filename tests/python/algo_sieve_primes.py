# prime sieve and factorization
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if is_prime[i]:
            is_prime[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_prime) if p]
primes = sieve(200)
print(len(primes), primes[:15], primes[-3:])
def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors
for n in [2, 12, 97, 360, 1001, 2 ** 31 - 1, 600851475143, 10 ** 12 + 39]:
    print(n, factorize(n))
print(sum(sieve(10000)))
twin = [(p, p + 2) for p in primes if p + 2 in set(primes)]
print(twin[:8])
