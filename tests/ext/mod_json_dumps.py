# json.dumps / dump / JSONEncoder: output text and errors.
import io
import json

vals = [None, True, False, 0, -7, 2**70, -2**65, 1.5, -0.0, 1e22, 1e-7, 0.1, 1/3, 123456789.125,
        float('inf'), float('-inf'), float('nan'), '', 'abc', 'quote " backslash \\ slash /',
        'tab\tnl\nret\rbs\bff\f', '\x00\x01\x1f\x7f', 'é ü ñ', '\u20ac\u2028', '\U0001f600 \U00010000',
        '\ud800 lone', [], {}, (), [1, [2, [3, []]]], (1, 'a', None), {'a': 1, 'b': [1, 2]},
        {'nested': {'x': {'y': [{}]}}}]
for v in vals:
    print(json.dumps(v), json.dumps(v, ensure_ascii=False) == json.dumps(v), repr(json.dumps(v, ensure_ascii=False)))

d = {'b': 1, 'a': [1, 2, {'z': None, 'c': True}], 'c': {}, 'd': [], 'e': 'x'}
for indent in (None, 0, 2, 4, '\t', '--', -1):
    print(json.dumps(d, indent=indent))
    print(json.dumps(d, indent=indent, sort_keys=True))
print(json.dumps(d, separators=(',', ':')))
print(json.dumps(d, separators=(' , ', ' : '), indent=1))
print(json.dumps([1, (2, 3)], indent=3))

# keys
print(json.dumps({1: 'a', 2.5: 'b', True: 'c', False: 'd', None: 'e', -3: 'f', 1e100: 'g'}))
print(json.dumps({float('inf'): 1, float('nan'): 2}))
print(json.dumps({(1, 2): 3, 'ok': 4}, skipkeys=True))
print(json.dumps({3: 'c', 1: 'a', 2: 'b'}, sort_keys=True))
print(json.dumps({'é': 'ü'}), json.dumps({'é': 'ü'}, ensure_ascii=False))
for bad in ({(1, 2): 3}, {b'x': 1}, {'a': {frozenset(): 1}}):
    try:
        json.dumps(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    json.dumps({'a': 1, 2: 'b'}, sort_keys=True)
except TypeError as e:
    print('TypeError', e)

# allow_nan
for v in (float('nan'), float('inf'), [float('-inf')], {'k': float('nan')}):
    try:
        print(json.dumps(v, allow_nan=False))
    except ValueError as e:
        print('ValueError', e)
print(json.dumps([1.0, 2.5], allow_nan=False))
for v in (float('nan'), {float('inf'): 1}):
    for kw in ({'indent': 2}, {}):
        try:
            json.dumps(v, allow_nan=False, **kw)
        except ValueError as e:
            print('ValueError', e)
try:
    list(json.JSONEncoder(allow_nan=False).iterencode([float('nan')]))
except ValueError as e:
    print('ValueError', e)

# default, unserializable, circular
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

for v in (Point(1, 2), {1, 2}, b'bytes', [1, object]):
    try:
        json.dumps(v)
    except TypeError as e:
        print('TypeError', e)
print(json.dumps([Point(1, 2), Point(3, 4)], default=lambda p: {'x': p.x, 'y': p.y}))
print(json.dumps({'s': {3, 1, 2}}, default=sorted))

class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        return super().default(o)

print(json.dumps({'p': Point(5, 6)}, cls=PointEncoder))
print(PointEncoder(indent=1).encode([Point(0, 0)]))
print(''.join(PointEncoder().iterencode({'a': [Point(1, 1)]})))
try:
    json.dumps([Point(1, 2), object()], cls=PointEncoder)
except TypeError as e:
    print('TypeError', e)

a = [1]
a.append(a)
dd = {}
dd['self'] = dd
for v in (a, dd, [dd]):
    try:
        json.dumps(v)
    except ValueError as e:
        print('ValueError', e)
try:
    json.dumps(a, check_circular=False)
except RecursionError:
    print('RecursionError')
shared = [1, 2]
print(json.dumps([shared, shared, {'k': shared}]))

class Loop:
    pass
try:
    json.dumps(Loop(), default=lambda o: o)
except ValueError as e:
    print('ValueError', e)

# subclasses of builtins
class MyInt(int):
    def __repr__(self):
        return 'MyInt!'
class MyStr(str):
    pass
class MyDict(dict):
    pass
class MyList(list):
    pass
print(json.dumps([MyInt(5), MyStr('s'), MyDict(a=1), MyList([1, 2]), True, 3.0]))

# encoder object attributes and dump
e = json.JSONEncoder(indent=2)
print(repr(e.item_separator), repr(e.key_separator), e.indent, e.sort_keys, e.ensure_ascii)
print(e.encode({'a': 'é'}), json.JSONEncoder().encode('plain "s"'))
buf = io.StringIO()
json.dump({'x': [1, 2, 3], 'y': 'z'}, buf, indent=1, sort_keys=True)
print(buf.getvalue())
buf = io.StringIO()
json.dump([], buf)
print(buf.getvalue())
print(json.dumps('x' * 3 + '"' * 2), json.dumps(['a' * 50] * 2))
