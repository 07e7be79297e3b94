# Error test (attribute readonly property).
# Output printed before the uncaught exception is part of stdout;
# the traceback goes to stderr and the exit code is 1.
preamble_steps = ['setup', 'run']
for preamble_index, preamble_step in enumerate(preamble_steps):
    print('step', preamble_index, preamble_step)
class Circle:
    def __init__(self, r):
        self._r = r
    @property
    def radius(self):
        return self._r
c = Circle(2)
print(c.radius)
c.radius = 5
