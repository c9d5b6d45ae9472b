# StopIteration and iteration protocol corners.
it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
print(next(it, "default"), next(iter(()), None))
def gen():
    yield 1
g = gen()
print(list(g), next(g, "empty"))
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration(42)
print(list(It()))
for x in It():
    print("never")
print(dict(zip([], It())))
try:
    raise StopIteration("manual")
except StopIteration as e:
    print(e.value)
