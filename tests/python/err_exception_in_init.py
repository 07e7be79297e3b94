# Error test (exception in init).
# Output printed before the uncaught exception is part of stdout;
# the traceback goes to stderr and the exit code is 1.
preamble_steps = ['setup', 'run']
for preamble_index, preamble_step in enumerate(preamble_steps):
    print('step', preamble_index, preamble_step)
class Config:
    def __init__(self, data):
        self.name = data["name"]
ok = Config({"name": "x"})
print(ok.name)
bad = Config({})
