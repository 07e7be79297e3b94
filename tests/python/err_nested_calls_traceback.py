# Error test (nested calls traceback).
# Output printed before the uncaught exception is part of stdout;
# the traceback goes to stderr and the exit code is 1.
preamble_steps = ['setup', 'run']
for preamble_index, preamble_step in enumerate(preamble_steps):
    print('step', preamble_index, preamble_step)
def parse(text):
    return int(text)
def load(items):
    return [parse(t) for t in items]
def main():
    print(load(["1", "2"]))
    load(["3", "x"])
main()
