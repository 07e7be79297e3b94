# Error test (chained three levels).
# Output printed before the uncaught exception is part of stdout;
# the traceback goes to stderr and the exit code is 1.
preamble_steps = ['setup', 'run']
for preamble_index, preamble_step in enumerate(preamble_steps):
    print('step', preamble_index, preamble_step)
try:
    1 / 0
except ZeroDivisionError:
    try:
        [][1]
    except IndexError as e:
        raise RuntimeError("final failure") from e
