# Error test (output then error).
# Output printed before the uncaught exception is part of stdout;
# the traceback goes to stderr and the exit code is 1.
preamble_steps = ['setup', 'run']
for preamble_index, preamble_step in enumerate(preamble_steps):
    print('step', preamble_index, preamble_step)
import sys
for i in range(5):
    print("stdout line", i)
    if i % 2:
        print("stderr line", i, file=sys.stderr)
result = {"k": [1, 2]}
print(result["k"][5])
