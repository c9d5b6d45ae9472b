# SyntaxError from compile() and exec() of bad source: message and line number.
cases = [
    "x = (1, 2",
    "if x\n    pass",
    "def f(:\n    pass",
    "x = 'abc",
    "return 5",
    "  x = 1",
    "if 1:\n        a = 1\n    b = 2",
    "for x in range(3):\n    pass\n  y = 1",
    "a = 1\nb = 2 +\nc = 3",
    "1 = x",
    "while True print(1)",
    "class C\n    pass",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled?!")
    except SyntaxError as e:
        print(type(e).__name__, "line", e.lineno)
for src, want in [("x = 'abc", "unterminated string literal (detected at line 1)"),
                  ("return 5", "'return' outside function"),
                  ("  x = 1", "unexpected indent"),
                  ("if x\n    pass", "expected ':'"),
                  ("while True print(1)", "invalid syntax"),
                  ("if 1:\n        a = 1\n    b = 2", "unindent does not match any outer indentation level")]:
    try:
        exec(src)
    except SyntaxError as e:
        print(e.msg, e.msg == want, e.lineno)
try:
    compile("x +", "myfile.py", "exec")
except SyntaxError as e:
    print(e.filename, e.lineno)
print(compile("1 + 1", "<s>", "eval") is not None)
print(eval(compile("2 * 21", "<s>", "eval")))
