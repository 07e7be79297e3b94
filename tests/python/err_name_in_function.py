# Error test (name in function).
# Output printed before the uncaught exception is part of stdout;
# the traceback goes to stderr and the exit code is 1.
preamble_steps = ['setup', 'run']
for preamble_index, preamble_step in enumerate(preamble_steps):
    print('step', preamble_index, preamble_step)
def compute(x):
    result = x * 2
    return reslt + 1
print("calling compute")
value = compute(5)
