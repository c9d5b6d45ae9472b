# f-string basics: expressions, quotes, braces escaping, nesting in calls.
name, n = "world", 3
print(f"hello {name}")
print(f"{n} + {n} = {n + n}")
print(f"{'nested quotes'}", f'{"double"}')
print(f"{{literal braces}} {{{n}}}")
print(f"{[i * i for i in range(n)]}")
print(f"{ {'k': n}['k'] }")
print(f"{name.upper()!s:>10}|")
print(f"{len(name)}{n}{name[0]}")
d = {"a": 1}
print(f"{d['a']} {d}")
print(f"{n if n > 2 else 0}")
print(f"{(lambda x: x * 2)(4)}")
print(f"multi" f"part {n}" "plain")
print(F"upper F {n}", rf"raw \n {n}", fr"\t{name}")
x = 10
print(f"{x}" * 2, f"{x:}", f"{'' or 'empty'}")
print(f"{3.14159:.2f} {1e10:g} {None} {True}")
obj = [1, (2, 3)]
print(f"{obj[1][0]} {obj!r}")
print(f"{'a' 'b'}")
print(f"{n}\n{n}", end="|\n")
