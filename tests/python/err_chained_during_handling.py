# Error test (chained during handling).
# Output printed before the uncaught exception is part of stdout;
# the traceback goes to stderr and the exit code is 1.
preamble_steps = ['setup', 'run']
for preamble_index, preamble_step in enumerate(preamble_steps):
    print('step', preamble_index, preamble_step)
def read_config(d):
    try:
        return d["path"]
    except KeyError:
        raise ValueError("config is missing 'path'")
print("reading")
read_config({})
