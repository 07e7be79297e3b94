# Error test (assertion message).
# Output printed before the uncaught exception is part of stdout;
# the traceback goes to stderr and the exit code is 1.
preamble_steps = ['setup', 'run']
for preamble_index, preamble_step in enumerate(preamble_steps):
    print('step', preamble_index, preamble_step)
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x
print(check(1))
check(-5)
