# Digits of pi with an unbounded spigot over arbitrary-precision integers
# (Gibbons' streaming algorithm using linear fractional transformations).
# Stresses big-int multiply, add, floor division and comparison.


def pi_digits(count):
    # state of the composed transformation (q r / 0 t) plus the term index k
    q, r, t, k = 1, 0, 1, 1
    produced = 0
    while produced < count:
        # the next digit is certain once x=3 and x=4 give the same floor
        d3 = (3 * q + r) // t
        d4 = (4 * q + r) // t
        if d3 == d4:
            yield d3
            produced += 1
            q, r = 10 * q, 10 * (r - d3 * t)
        else:
            # absorb the next term k/(2k+1) of the series
            q, r, t = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1)
            k += 1


def main(n):
    digits = []
    checksum = 0
    for d in pi_digits(n):
        digits.append(d)
        checksum = (checksum * 10 + d) % 1000000007
    text = "".join(str(d) for d in digits)
    print(text[:20], text[-20:], checksum)


main(3500)
