# The three arguments __exit__ receives.
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print(et is None, ev is None, tb is None)
        if et:
            print(et.__name__, isinstance(ev, et), ev.args, type(tb).__name__)
        return True

with Inspect():
    pass
with Inspect():
    raise IndexError("idx", 3)
with Inspect():
    raise StopIteration
with Inspect():
    int("bad")
print("done")
