# Error test (type method on class).
# Output printed before the uncaught exception is part of stdout;
# the traceback goes to stderr and the exit code is 1.
preamble_steps = ['setup', 'run']
for preamble_index, preamble_step in enumerate(preamble_steps):
    print('step', preamble_index, preamble_step)
class Greeter:
    def hello(self, name):
        return "hi " + name
print(Greeter().hello("a"))
Greeter.hello("b")
