# Error test (type none not iterable).
# Output printed before the uncaught exception is part of stdout;
# the traceback goes to stderr and the exit code is 1.
preamble_steps = ['setup', 'run']
for preamble_index, preamble_step in enumerate(preamble_steps):
    print('step', preamble_index, preamble_step)
def maybe_list(flag):
    if flag:
        return [1, 2]
a, b = maybe_list(True)
print(a, b)
a, b = maybe_list(False)
