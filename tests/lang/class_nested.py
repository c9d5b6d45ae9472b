# Nested classes, classes in functions, class-level computed attributes.
class Outer:
    class Inner:
        value = 1
        def get(self):
            return "inner"
    ref = Inner
    def make(self):
        return self.Inner()

print(Outer.Inner.value, Outer().make().get(), Outer.ref is Outer.Inner)
print(Outer.Inner.__qualname__, Outer.Inner.__name__)

def factory(base_value):
    class Made:
        v = base_value
        def double(self):
            return self.v * 2
    return Made
A, B = factory(1), factory(10)
print(A().double(), B().double(), A is B, A.__qualname__)

class Table:
    cols = ["a", "b", "c"]
    index = {c: i for i, c in enumerate(cols)}
    width = len(cols)
print(Table.index, Table.width)
