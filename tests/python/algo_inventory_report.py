# formatted table output
inventory = [
    ("widget", 4, 3.5), ("gadget", 12, 12.25), ("doohickey", 0, 100.0),
    ("thingamajig", 150, 0.333), ("sprocket", 7, 1234.5),
]
header = f"{'item':<12}|{'qty':>5}|{'price':>10}|{'total':>12}"
print(header)
print("-" * len(header))
grand = 0
for name, qty, price in sorted(inventory, key=lambda r: r[1] * r[2], reverse=True):
    total = qty * price
    grand += total
    flag = " (out)" if qty == 0 else ""
    print(f"{name:<12}|{qty:>5d}|{price:>10.2f}|{total:>12,.2f}{flag}")
print("-" * len(header))
print(f"{'TOTAL':<12}|{sum(q for _, q, _ in inventory):>5}|{'':>10}|{grand:>12,.2f}")
print(f"{'average price':<20}{sum(p for *_, p in inventory) / len(inventory):.3f}")
print(f"{'max qty item':<20}{max(inventory, key=lambda r: r[1])[0]!r}")
print("%-12s|%5d|%10.2e" % ("sci", 1, 12345.678))
for pct in [0.0, 0.123, 0.5, 1.0]:
    bar = "#" * int(pct * 20)
    print(f"[{bar:<20}] {pct:6.1%}")
