# sys.exit("message"): message goes to stderr, status 1.
# exit status: 1
import sys
print("about to exit with a message")
sys.stdout.flush()
sys.exit("fatal: something went wrong")
