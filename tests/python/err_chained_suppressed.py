# Error test (chained suppressed).
# Output printed before the uncaught exception is part of stdout;
# the traceback goes to stderr and the exit code is 1.
preamble_steps = ['setup', 'run']
for preamble_index, preamble_step in enumerate(preamble_steps):
    print('step', preamble_index, preamble_step)
def lookup(key):
    try:
        return {"a": 1}[key]
    except KeyError:
        raise LookupError(f"unknown key {key}") from None
print(lookup("a"))
lookup("b")
