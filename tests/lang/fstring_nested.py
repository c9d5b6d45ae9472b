# Nested f-strings and f-strings inside expressions.
items = [("apple", 1.5), ("kiwi", 0.25), ("melon", 3)]
for name, price in items:
    print(f"{name:<8}{f'${price:.2f}':>8}")
width = 12
print(f"{f'{width}':>{width}}")
rows = [f"{i}:{'#' * i}" for i in range(4)]
print(rows)
print(f"{', '.join(f'{k}={v}' for k, v in {'a': 1, 'b': 2}.items())}")
print(f"{'yes' if f'{1}' == '1' else 'no'}")
table = "\n".join(f"{r:>3}|" + "".join(f"{r * c:4}" for c in range(1, 5)) for r in range(1, 4))
print(table)
