# list methods: append, extend, insert, pop, remove, index, count, reverse, copy, clear.
l = [3, 1, 2]
l.append(4)
l.extend([5, 6])
l.extend(range(2))
l.extend("ab")
print(l)
l.insert(0, "first")
l.insert(100, "last")
l.insert(-1, "before last")
l.insert(-100, "very first")
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove("a")
print(l, l.index(2), l.index(1, 2), l.count(1), l.count("zz"))
l.reverse()
print(l)
c = l.copy()
c.append("copy only")
print(len(l), len(c), c[-1])
l.clear()
print(l, l.append(1), l.extend([]), l.insert(0, 0), l)
for bad in (lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2),
            lambda: [1, 2, 3].index(1, 1), lambda: [].extend(5), lambda: [].insert("0", 1), lambda: [].append()):
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
x = [1, 2]
x.extend(x)
print(x)
x += x
print(x, len(x))
