# Error test (attribute none).
# Output printed before the uncaught exception is part of stdout;
# the traceback goes to stderr and the exit code is 1.
preamble_steps = ['setup', 'run']
for preamble_index, preamble_step in enumerate(preamble_steps):
    print('step', preamble_index, preamble_step)
def find(x):
    if x > 10:
        return {"found": x}
result = find(1)
print(result["found"] if result else "nothing")
result.get("found")
