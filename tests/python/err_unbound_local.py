# Error test (unbound local).
# Output printed before the uncaught exception is part of stdout;
# the traceback goes to stderr and the exit code is 1.
preamble_steps = ['setup', 'run']
for preamble_index, preamble_step in enumerate(preamble_steps):
    print('step', preamble_index, preamble_step)
counter = 0
def increment():
    counter += 1
    return counter
print("before")
increment()
