# __del__ order when containers release their items (last item first, as CPython).
class Del:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
l = [Del(1), Del(2), Del(3)]
del l
t = (Del(4), Del(5))
del t
l = [Del(6), Del(7)]
l.clear()
l = [Del(8), Del(9), Del(10)]
l[0:2] = []
del l[:]
l = [Del(11), Del(12), Del(13), Del(14)]
del l[::2]
l = [Del(15), Del(16)]
l *= 0
l = [Del(17), Del(18)]
l = None
d = {"a": Del(19), "b": Del(20)}
d = None
def f():
    a = Del(21)
    b = Del(22)
f()
x = [[Del(23)], (Del(24), Del(25))]
del x
print("end")
