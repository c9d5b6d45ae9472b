# Chained generator pipelines and itertools-like helpers written by hand.
def numbers():
    n = 0
    while True:
        yield n
        n += 1

def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v

def evens(it):
    return (v for v in it if v % 2 == 0)

def squares(it):
    for v in it:
        yield v * v

print(list(take(5, squares(evens(numbers())))))

def batched(it, size):
    batch = []
    for v in it:
        batch.append(v)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batched(range(7), 3)))

def running_sum(it):
    total = 0
    for v in it:
        total += v
        yield total
print(list(running_sum(take(6, numbers()))))
def zip_longest_simple(a, b, fill=None):
    ia, ib = iter(a), iter(b)
    while True:
        x = next(ia, fill)
        y = next(ib, fill)
        if x is fill and y is fill:
            return
        yield x, y
print(list(zip_longest_simple([1, 2, 3], "ab")))
