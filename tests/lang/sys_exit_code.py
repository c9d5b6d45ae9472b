# sys.exit(3): exit status 3, finally blocks run first.
import sys

try:
    print("exiting with 3")
    sys.exit(3)
finally:
    print("finally before exit")
print("never printed")
