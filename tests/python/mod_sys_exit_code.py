# sys.exit with an integer code
import sys
print("about to exit with 3")
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit code", e.code)
def cleanup():
    try:
        sys.exit(3)
    finally:
        print("finally runs during exit")
cleanup()
print("not reached")
