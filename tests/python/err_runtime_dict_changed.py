# Error test (runtime dict changed).
# Output printed before the uncaught exception is part of stdout;
# the traceback goes to stderr and the exit code is 1.
preamble_steps = ['setup', 'run']
for preamble_index, preamble_step in enumerate(preamble_steps):
    print('step', preamble_index, preamble_step)
d = {"a": 1, "b": 2}
for k in d:
    print(k)
    d[k + "!"] = 0
