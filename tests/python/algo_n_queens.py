# n-queens via backtracking with generators
def queens(n):
    cols, diag1, diag2 = set(), set(), set()
    placement = []
    def place(row):
        if row == n:
            yield list(placement)
            return
        for c in range(n):
            if c in cols or row - c in diag1 or row + c in diag2:
                continue
            cols.add(c); diag1.add(row - c); diag2.add(row + c)
            placement.append(c)
            yield from place(row + 1)
            placement.pop()
            cols.discard(c); diag1.discard(row - c); diag2.discard(row + c)
    yield from place(0)
for n in range(1, 9):
    sols = list(queens(n))
    print(n, len(sols), sols[0] if sols else None)
first = next(queens(6))
for c in first:
    print(" ".join("Q" if i == c else "." for i in range(6)))
