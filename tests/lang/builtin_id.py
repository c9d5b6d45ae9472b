# id(): identity semantics without printing addresses.
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), a is b, a is not c, a == c)
print(isinstance(id(a), int), id(None) == id(None), id(a) == id(a))
objs = [object() for _ in range(3)]
print(len({id(o) for o in objs}))
x = "interned"
print(x is x, id(x) == id(x))
