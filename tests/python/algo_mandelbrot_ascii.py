# float-heavy ASCII Mandelbrot
def mandel(c, limit=30):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return i
    return limit
chars = " .:-=+*#%@"
for y in range(-10, 11):
    row = ""
    for x in range(-40, 20):
        it = mandel(complex(x / 20, y / 10))
        row += chars[min(it, 29) * len(chars) // 30]
    print(row.rstrip())
print(mandel(0j), mandel(1 + 1j), mandel(-1 + 0j), mandel(0.25 + 0.5j))
