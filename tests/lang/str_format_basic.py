# str.format: positional, keyword, indexing, attributes, auto-numbering.
print("{} and {}".format("a", "b"))
print("{1} {0} {1}".format("x", "y"))
print("{name} is {age}".format(name="Bo", age=7))
print("{0[1]} {0[key]} {1.real}".format({1: "one", "key": "K"}, 5))
print("{0[0]}{0[2]}".format("abc"))
print("{{}} {{{}}}".format("inside"))
print("{!r} {!s} {!a}".format("r", "s", "é"))
class P:
    x = 3
print("{p.x} {p.__class__.__name__}".format(p=P()))
print("{:>6}|{:<6}|{:^6}|{:*^7}".format("a", "b", "c", "d"))
args = ["x", "y"]
kw = {"k": "v"}
print("{} {} {k}".format(*args, **kw))
print("{0}{0}{0}".format("ab"))
print("{:d} {:5.1f} {:x} {:,}".format(1, 2.25, 255, 10 ** 7))
print("{:{w}.{p}f}".format(3.14159, w=8, p=2))
print("{0:{1}}|".format("pad", 6))
print("".format(), "no fields".format(1, 2))
