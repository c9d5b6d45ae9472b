# A special method set to None blocks the operation and its fallbacks.
def t(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, "TypeError", e)
class NI:
    __iter__ = None
    def __getitem__(self, i):
        return 1
t("iter", lambda: iter(NI()))
t("in", lambda: 1 in NI())
t("list", lambda: list(NI()))
t("getitem", lambda: NI()[0])
class NC:
    __contains__ = None
    def __iter__(self):
        return iter([1])
t("contains", lambda: 1 in NC())
t("not in", lambda: 1 not in NC())
t("iterate", lambda: list(NC()))
class NH:
    def __eq__(self, o):
        return True
    __hash__ = None
t("hash", lambda: hash(NH()))
class NR:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
t("reversed", lambda: reversed(NR()))
class Sub(NI):
    def __iter__(self):
        return iter([7])
t("sub iter", lambda: list(Sub()))
NI.__iter__ = lambda self: iter([3])
t("iter restored", lambda: list(NI()))
del NI.__iter__
t("iter deleted", lambda: list(NI())[:2] if False else next(iter(NI())))
class NB:
    __bool__ = None
    def __len__(self):
        return 1
t("bool", lambda: bool(NB()))
t("if", lambda: 1 if NB() else 0)
class NL:
    __len__ = None
t("len", lambda: len(NL()))
class NG:
    __getitem__ = None
t("subscript", lambda: NG()[0])
class NCall:
    __call__ = None
print(callable(NCall()))
t("call", lambda: NCall()())
class NE:
    __eq__ = None
print(NE.__hash__ is not None)
