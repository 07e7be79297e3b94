# Error test (not implemented).
# Output printed before the uncaught exception is part of stdout;
# the traceback goes to stderr and the exit code is 1.
preamble_steps = ['setup', 'run']
for preamble_index, preamble_step in enumerate(preamble_steps):
    print('step', preamble_index, preamble_step)
class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement area")
class Square(Shape):
    pass
print("calling area")
Square().area()
