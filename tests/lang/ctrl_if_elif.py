# if / elif / else chains and truthiness of conditions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

print([classify(n) for n in (-5, 0, 3, 10, 99)])
for v in (0, 1, "", "x", [], [0], {}, None, 0.0, -0.0, 1e-9, (), range(0)):
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 5
if x > 3:
    if x > 4:
        print("nested both")
    else:
        print("nested outer only")
if x: print("one-line if")
if not x: print("no")
elif x == 5: print("one-line elif")
if x == 1:
    pass
elif x == 5:
    pass
else:
    print("unreachable")
