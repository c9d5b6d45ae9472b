# __del__ runs when the last reference goes away (refcounting) and for collected cycles.
import gc
class Plain:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
p = Plain("a")
q = p
del p
print("one reference left")
del q
print("after del q")
def scope():
    local = Plain("local")
    return 1
scope()
print("after scope")
x = Plain("rebound")
x = None
lst = [Plain("in list")]
lst.clear()
class Node:
    alive = 0
    def __init__(self):
        Node.alive += 1
        self.peer = None
    def __del__(self):
        Node.alive -= 1
a, b = Node(), Node()
a.peer, b.peer = b, a
del a, b
gc.collect()
print("alive after collect:", Node.alive)
