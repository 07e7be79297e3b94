# big integer workloads
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
f1000 = fib(1000)
print(len(str(f1000)), str(f1000)[:30], f1000 % 1000000007)
fact = 1
for i in range(1, 201):
    fact *= i
s = str(fact)
print(len(s), sum(map(int, s)), len(s) - len(s.rstrip("0")))
print(2 ** 521 - 1 > 10 ** 156, (2 ** 521 - 1) % 1000000)
def isqrt_newton(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
big = 10 ** 60 + 12345
r = isqrt_newton(big)
print(r, r * r <= big < (r + 1) ** 2)
print(pow(3, 10 ** 18, 10 ** 9 + 7), pow(2, 2 ** 100, 97))
digits_pi = 0
def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return "".join(map(str, out))
print(pi_digits(60))
print(-(2 ** 100) // 3, -(2 ** 100) % 3, (-(2 ** 100)) >> 90, hex(-(2 ** 70)))
