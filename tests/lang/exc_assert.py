# assert statements: messages, expressions evaluated only on failure.
def check(x):
    assert x > 0, "x must be positive, got %d" % x
    return x

print(check(5))
try:
    check(-1)
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print(e.args)
assert True, 1 / 0
print("message not evaluated when assert passes")
try:
    assert 1 == 2, ValueError("object as message")
except AssertionError as e:
    print(type(e.args[0]).__name__, e)
