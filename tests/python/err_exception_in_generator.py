# Error test (exception in generator).
# Output printed before the uncaught exception is part of stdout;
# the traceback goes to stderr and the exit code is 1.
preamble_steps = ['setup', 'run']
for preamble_index, preamble_step in enumerate(preamble_steps):
    print('step', preamble_index, preamble_step)
def gen():
    yield 1
    yield 2
    raise ValueError("generator failed")
for v in gen():
    print("got", v)
