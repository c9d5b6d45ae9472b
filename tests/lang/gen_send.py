# generator.send(): priming, running averages, send(None) == next.
def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count

a = averager()
print(next(a))
print(a.send(10), a.send(20), a.send(3))

def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    yield received

e = echo()
print(e.send(None), e.send("a"), e.send("b"))
print(e.send(None))
g = averager()
try:
    g.send(5)
except TypeError as ex:
    print(type(ex).__name__, ex)

def running():
    acc = []
    while True:
        acc.append((yield list(acc)))
r = running()
next(r)
for v in "xyz":
    out = r.send(v)
print(out)
