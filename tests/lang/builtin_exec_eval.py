# exec() and eval(): globals/locals dicts, expressions, statements, return values.
print(eval("1 + 2 * 3"), eval("[x * 2 for x in range(3)]"), eval("'a' + 'b'"))
ns = {"x": 10}
print(eval("x + 1", ns), eval("y * 2", {}, {"y": 4}))
exec("z = x * 3", ns)
print(ns["z"], "__builtins__" in ns)
code = """
def sq(n):
    return n * n
result = [sq(i) for i in range(4)]
"""
g = {}
exec(code, g)
print(g["result"], g["sq"](9))
print(exec("1 + 1"))
exec("exec_made = 'module level'")
print(exec_made)
loc = {}
exec("a = 1\nb = a + 1", {}, loc)
print(sorted(loc.items()))
print(eval("len")("four"), eval(" 5 "))
c = compile("q = 7", "<c>", "exec")
d = {}
exec(c, d)
print(d["q"])
for bad in ("x = ", "1 +"):
    try:
        eval(bad)
    except SyntaxError as e:
        print(type(e).__name__)
try:
    eval("undefined_name")
except NameError as e:
    print(type(e).__name__, e)
try:
    eval("1", [])
except TypeError as e:
    print(type(e).__name__, e)
