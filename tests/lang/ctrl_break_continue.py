# break/continue in nested loops and inside try/finally.
out = []
for i in range(5):
    if i == 1:
        continue
    if i == 4:
        break
    out.append(i)
print(out)

res = []
for i in range(3):
    for j in range(3):
        if j > i:
            break
        if (i + j) % 2:
            continue
        res.append((i, j))
print(res)

log = []
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        log.append("body %d" % i)
    finally:
        log.append("finally %d" % i)
print(log)

i = 0
while i < 10:
    i += 1
    try:
        if i % 3:
            continue
    finally:
        pass
    log.append(i)
print(log[-3:])
total = 0
for x in range(10):
    if x % 2 == 0:
        continue
    total += x
print(total)
