# Crashes found by CPython's own test suites: an iterator whose class loses
# __next__ mid-loop, comparing dicts that contain themselves.
class BadIterator(object):
    def __iter__(self):
        return self
    def __next__(self):
        del BadIterator.__next__
        return 1
try:
    for i in BadIterator():
        pass
except TypeError as e:
    print('TypeError', e)
x = {}
x['foo'] = x
y = {'foo': y} if False else {}
y['foo'] = y
try:
    print(y == x)
except RecursionError as e:
    print('RecursionError')
l = []; l.append(l); m = []; m.append(m)
try:
    print(l == m)
except RecursionError as e:
    print('RecursionError')
