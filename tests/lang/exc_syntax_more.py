# More SyntaxError cases: in eval, from nested functions, 'break' outside loop.
def msg(src, mode="exec"):
    try:
        compile(src, "<m>", mode)
        return "ok"
    except SyntaxError as e:
        return "%s@%s" % (type(e).__name__, e.lineno)

print(msg("break"))
print(msg("continue"))
print(msg("def f():\n    x = 1\n    return x\n"))
print(msg("def f():\nreturn 1"))
print(msg("x = [1, 2,\n 3]\ny = (\n"))
print(msg("1 +", "eval"))
print(msg("a b", "eval"))
print(msg("lambda: yield"))
print(msg("f(**x, *y)"))
print(msg("def f(a, a): pass"))
print(msg("nonlocal x"))
print(msg("x: int = 5\n"))
print(msg("'''\nunclosed"))
print(issubclass(IndentationError, SyntaxError))
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.lineno)
