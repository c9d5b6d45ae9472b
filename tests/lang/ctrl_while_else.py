# while loops, while ... else, infinite loops with break.
n = 0
while n < 5:
    n += 1
else:
    print("while else ran, n =", n)

n = 10
while n > 0:
    n -= 3
    if n == 4:
        print("breaking at 4")
        break
else:
    print("no break")

count = 0
while True:
    count += 1
    if count % 2:
        continue
    if count > 8:
        break
print(count)
stack = [1, [2, [3, 4]], 5]
flat = []
while stack:
    top = stack.pop()
    if isinstance(top, list):
        stack.extend(top)
    else:
        flat.append(top)
print(flat)
a, b = 48, 18
while b:
    a, b = b, a % b
print("gcd", a)
while False:
    print("never")
else:
    print("else of never-entered loop")
