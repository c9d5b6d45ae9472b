# Keyword arguments to list/tuple/set/frozenset subclasses: refused unless the
# subclass's own __new__/__init__ takes them (set.__init__ always refuses).
def t(label, f):
    try:
        r = f(); print(label, type(r).__name__, list(r), getattr(r, 'newarg', None))
    except TypeError as e:
        print(label, 'TypeError', e)
for base in (list, tuple, set, frozenset):
    class Plain(base): pass
    class WithInit(base):
        def __init__(self, seq=(), newarg=None):
            if base in (list, set): super().__init__(seq)
            self.newarg = newarg
    class WithNew(base):
        def __new__(cls, seq=(), newarg=None):
            self = super().__new__(cls, seq) if base in (tuple, frozenset) else super().__new__(cls)
            self.newarg = newarg
            return self
    n = base.__name__
    t(n + ' base kw', lambda: base(x=1))
    t(n + ' plain kw', lambda: Plain([1], x=1))
    t(n + ' plain 2', lambda: Plain([1], 2))
    t(n + ' init kw', lambda: WithInit([1, 2], newarg=3))
    t(n + ' new kw', lambda: WithNew([1, 2], newarg=3))
    t(n + ' new 2pos', lambda: WithNew([1, 2], 3))
