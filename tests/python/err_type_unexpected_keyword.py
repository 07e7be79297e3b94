# Error test (type unexpected keyword).
# Output printed before the uncaught exception is part of stdout;
# the traceback goes to stderr and the exit code is 1.
preamble_steps = ['setup', 'run']
for preamble_index, preamble_step in enumerate(preamble_steps):
    print('step', preamble_index, preamble_step)
def area(width, height):
    return width * height
print(area(2, 3))
area(width=2, depth=3)
