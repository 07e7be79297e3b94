# Conway's game of life on a small torus
def step(grid):
    h, w = len(grid), len(grid[0])
    new = []
    for y in range(h):
        row = []
        for x in range(w):
            n = sum(grid[(y + dy) % h][(x + dx) % w]
                    for dy in (-1, 0, 1) for dx in (-1, 0, 1) if dy or dx)
            row.append(1 if n == 3 or (n == 2 and grid[y][x]) else 0)
        new.append(row)
    return new
def show(grid):
    return "\n".join("".join("#" if c else "." for c in row) for row in grid)
glider = [[0] * 8 for _ in range(6)]
for y, x in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]:
    glider[y][x] = 1
g = glider
for gen in range(4):
    print(f"generation {gen}, population {sum(map(sum, g))}")
    print(show(g))
    g = step(g)
blinker = [[0, 0, 0], [1, 1, 1], [0, 0, 0]]
print(step(blinker), step(step(blinker)) == blinker)
