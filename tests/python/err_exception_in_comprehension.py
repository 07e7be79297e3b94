# Error test (exception in comprehension).
# Output printed before the uncaught exception is part of stdout;
# the traceback goes to stderr and the exit code is 1.
preamble_steps = ['setup', 'run']
for preamble_index, preamble_step in enumerate(preamble_steps):
    print('step', preamble_index, preamble_step)
preamble_summary = {'steps': len(preamble_steps), 'main': __name__ == '__main__'}
print('preamble', sorted(preamble_summary.items()))
values = [4, 2, 0, 1]
print("computing")
inverses = [1 / v for v in values]
