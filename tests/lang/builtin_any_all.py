# any()/all(): short-circuiting, empty iterables, truthiness.
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]), any([0, 1]), all([1, 0]))
def gen(log):
    for v in (0, 1, 2):
        log.append(v)
        yield v
log = []
print(any(gen(log)), log)
log = []
print(all(gen(log)), log)
print(any(x > 3 for x in range(5)), all(isinstance(c, str) for c in "abc"))
print(any({0: "a"}), all({1: 0}), any("") , all(""))
try:
    any(5)
except TypeError as e:
    print(type(e).__name__, e)
