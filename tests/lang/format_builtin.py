# format() builtin and __format__ on user classes.
print(format(5), format(5, "03"), format(3.5, ".3f"), format("s", ">4"))
print(format(255, "x"), format(255, "#010b"), format(-1.5, "+08.2f"))
print(format(True), format(True, "d"), format(None), format([1, 2]))
print(format(1e100), format(1.0), format(10 ** 17 * 1.0), format(0.1 + 0.2))
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == "usd":
            return "$%.2f" % self.v
        return format(self.v, spec)
m = Money(3.5)
print(format(m, "usd"), format(m, ".1f"), f"{m:usd}", "{:usd}".format(m))
class NoFormat:
    pass
try:
    format(NoFormat(), "x")
except TypeError as e:
    print(type(e).__name__, e)
print(format(NoFormat(), "").startswith("<__main__.NoFormat object"))
class Bad:
    def __format__(self, spec):
        return 5
try:
    format(Bad())
except TypeError as e:
    print(type(e).__name__, e)
