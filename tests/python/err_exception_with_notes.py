# Error test (exception with notes).
# Output printed before the uncaught exception is part of stdout;
# the traceback goes to stderr and the exit code is 1.
preamble_steps = ['setup', 'run']
for preamble_index, preamble_step in enumerate(preamble_steps):
    print('step', preamble_index, preamble_step)
err = ValueError("the main message")
err.add_note("first note")
err.add_note("second note")
raise err
