# raise SystemExit and sys.exit(None/0)
import sys
for arg in [None, 0, 2, "msg", (1, 2)]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(arg), "->", repr(e.code), e.args)
try:
    raise SystemExit
except SystemExit as e:
    print("bare SystemExit code:", e.code)
try:
    exit(4)
except SystemExit as e:
    print("builtin exit:", e.code)
print("now exiting via raise SystemExit(7)")
raise SystemExit(7)
