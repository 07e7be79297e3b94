# Error test (system exit in function traceback free).
# Output printed before the uncaught exception is part of stdout;
# the traceback goes to stderr and the exit code is 1.
preamble_steps = ['setup', 'run']
for preamble_index, preamble_step in enumerate(preamble_steps):
    print('step', preamble_index, preamble_step)
import sys
def main():
    print("main starting")
    sys.exit("error: invalid configuration")
main()
