# sys.exit(3): exit status 3, finally blocks run first.
# exit status: 3
import sys

try:
    print("exiting with 3")
    sys.exit(3)
finally:
    print("finally before exit")
print("never printed")
