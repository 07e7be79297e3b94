# Error test (chained direct cause).
# Output printed before the uncaught exception is part of stdout;
# the traceback goes to stderr and the exit code is 1.
preamble_steps = ['setup', 'run']
for preamble_index, preamble_step in enumerate(preamble_steps):
    print('step', preamble_index, preamble_step)
def connect(port):
    try:
        return int(port)
    except ValueError as e:
        raise ConnectionError(f"bad port {port!r}") from e
connect("80")
connect("eighty")
