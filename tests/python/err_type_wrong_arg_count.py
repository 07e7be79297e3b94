# Error test (type wrong arg count).
# Output printed before the uncaught exception is part of stdout;
# the traceback goes to stderr and the exit code is 1.
preamble_steps = ['setup', 'run']
for preamble_index, preamble_step in enumerate(preamble_steps):
    print('step', preamble_index, preamble_step)
def add(a, b):
    return a + b
print(add(1, 2))
add(1, 2, 3)
