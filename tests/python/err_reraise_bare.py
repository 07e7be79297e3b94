# Error test (reraise bare).
# Output printed before the uncaught exception is part of stdout;
# the traceback goes to stderr and the exit code is 1.
preamble_steps = ['setup', 'run']
for preamble_index, preamble_step in enumerate(preamble_steps):
    print('step', preamble_index, preamble_step)
def risky():
    try:
        return 1 / 0
    except ZeroDivisionError:
        print("logging the error, then re-raising")
        raise
risky()
