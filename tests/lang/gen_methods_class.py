# Generator methods in classes, generators as __iter__, recursion through generators.
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)
    def leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            yield from c.leaves()

t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6)))
print(list(t))
print(list(t.depth_first()))
print(list(t.leaves()), 5 in t, 7 in t)

class Window:
    def __init__(self, seq, n):
        self.seq, self.n = seq, n
    def __iter__(self):
        for i in range(len(self.seq) - self.n + 1):
            yield self.seq[i:i + self.n]
print(list(Window("abcde", 3)), list(Window([1, 2], 3)))
