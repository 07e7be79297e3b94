# floor division and modulo sign rules
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 10), (-1, 10)]
for a, b in pairs:
    print(f"{a:3} // {b:3} = {a // b:3}   {a:3} % {b:3} = {a % b:3}   divmod={divmod(a, b)}")
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-0.5, 1)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(-(2 ** 70) // 3, -(2 ** 70) % 3)
print((2 ** 70) // -3, (2 ** 70) % -3)
print(5 % 1, 5.5 % 1, -5.5 % 1)
print(divmod(-2 ** 65, 7))
print(0 % 5, 0 // -5)
print(-7 // 2 * 2 + -7 % 2)
