# sys.exit(0) exits cleanly even from nested calls; output before it is kept
import sys
def inner():
    print("inner about to exit")
    sys.exit(0)
def outer():
    try:
        inner()
    except Exception:
        print("SystemExit is not an Exception")
outer()
print("never")
