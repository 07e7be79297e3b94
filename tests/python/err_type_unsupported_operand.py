# Error test (type unsupported operand).
# Output printed before the uncaught exception is part of stdout;
# the traceback goes to stderr and the exit code is 1.
preamble_steps = ['setup', 'run']
for preamble_index, preamble_step in enumerate(preamble_steps):
    print('step', preamble_index, preamble_step)
a = 5
b = "five"
print("adding")
total = a + b
