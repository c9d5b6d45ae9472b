# for ... else, break skipping else, loop variable after loop.
def find(items, target):
    for i, v in enumerate(items):
        if v == target:
            print("found at", i)
            break
    else:
        print("not found")
        i = None
    return i

print(find([1, 2, 3], 2), find([1, 2, 3], 7), find([], 1))
for x in range(3):
    pass
print("x after loop:", x)
for y in []:
    pass
else:
    print("else of empty loop")
for k in {"a": 1, "b": 2}:
    print(k, end=" ")
print()
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a + b + c, end=" ")
print()
for i in range(3):
    for j in range(3):
        if j == 2:
            break
    else:
        print("inner completed")
else:
    print("outer completed", i, j)
items = [1, 2, 3]
for v in items:
    if v == 1:
        items.append(4)
print(items)
for ch in "héllo":
    print(ch, end="|")
print()
