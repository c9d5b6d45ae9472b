# try/finally inside generators and cleanup when consumption stops early.
def resource(name, log):
    log.append("open " + name)
    try:
        for i in range(3):
            yield name + str(i)
    finally:
        log.append("close " + name)

log = []
for v in resource("a", log):
    log.append(v)
print(log)

log = []
g = resource("b", log)
print(next(g))
g.close()
print(log)

log = []
def consume_two():
    r = resource("c", log)
    out = [next(r), next(r)]
    r.close()
    return out
print(consume_two(), log)

def nested_try():
    try:
        try:
            yield 1
        finally:
            print("inner finally")
        yield 2
    finally:
        print("outer finally")
print(list(nested_try()))
