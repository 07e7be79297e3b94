# sys.exit with a string message: the message goes to stderr, exit code 1
import sys
def validate(values):
    for v in values:
        if v < 0:
            return f"fatal: negative value {v}"
    return None
print("stdout before exit")
print("checking", [1, 2, 3], validate([1, 2, 3]))
problem = validate([4, -2, 7])
print("problem found:", problem is not None)
sys.stdout.flush()
sys.exit(problem)
print("never printed")
