# printing to stderr interleaved with stdout
import sys
print("to stdout 1")
print("to stderr 1", file=sys.stderr)
sys.stdout.write("stdout via write\n")
sys.stderr.write("stderr via write\n")
print("a", "b", sep="-", end="|\n", file=sys.stderr)
print("to stdout 2", flush=True)
n = sys.stdout.write("count me")
print()
print(n)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
print(file=sys.stderr)
print("end")
