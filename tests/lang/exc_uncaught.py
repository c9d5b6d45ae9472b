# Ends with an uncaught exception: exit status 1, traceback on stderr.
# exit status: 1
def inner():
    raise ValueError("this one escapes")

def outer():
    inner()

print("before the error")
outer()
print("never printed")
