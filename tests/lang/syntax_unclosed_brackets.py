# Which error wins when a bracket is left open: the parser's (a token that cannot
# go on, on the bracket's line) or "'(' was never closed" (CPython's order).
cases = ["def f(:\n    pass\n", "def f(:", "f(:", "x = (1,", "[1, 2", "def f(a b): pass", "print(1 2)", "if x\n  pass", "class A(:\n pass"]
for c in cases:
    try:
        compile(c, "<s>", "exec")
    except SyntaxError as e:
        print(repr(c), '->', e.msg, e.lineno, e.offset)
more = ["x = (1,\n2\n", "f(a,\n  b c)\n", "f(a,\n  b c", "def g(\n  x:\n", "y = [1,\n", "z = {1: (2,\n", "print('a' 'b' c", "(\n1 +\n", "foo(\n  1 2\n  3", "a = 1 +\n", "if True:\n  x = (1 2\n", "s = 'abc", "d = [1, 2\nprint(d)\n", "x = 0x\n(", "x = 1 2 (", "(x = 1\n)"]
for c in more:
    try:
        compile(c, "<s>", "exec")
    except SyntaxError as e:
        print(repr(c), '->', e.msg, e.lineno, e.offset)
