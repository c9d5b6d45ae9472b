# __repr__ / __str__ and how print, str(), repr(), containers and f-strings use them.
class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "a Both"

class ReprOnly:
    def __repr__(self):
        return "<ReprOnly>"

class StrOnly:
    def __str__(self):
        return "str only"

b, r = Both(), ReprOnly()
print(b, str(b), repr(b))
print([b, r], (b,), {"k": b})
print(f"{b} {b!r} {r} {r!s}")
print("%s %r" % (b, b))
print(str(r), repr(r))
print(str(StrOnly()))
print(repr(StrOnly()).startswith("<__main__.StrOnly object at "))

class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)

class Sub(Both):
    pass
print(Sub(), repr(Sub()))
print(repr(Both), str(int), repr(None), str(None))
