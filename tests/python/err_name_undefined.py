# Error test (name undefined).
# Output printed before the uncaught exception is part of stdout;
# the traceback goes to stderr and the exit code is 1.
preamble_steps = ['setup', 'run']
for preamble_index, preamble_step in enumerate(preamble_steps):
    print('step', preamble_index, preamble_step)
print("start")
for i in range(3):
    print("line", i)
print(undefined_variable)
print("not reached")
