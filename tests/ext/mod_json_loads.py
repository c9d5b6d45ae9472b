# json.loads / load / JSONDecoder: values, hooks, raw_decode.
import io
import json
from collections import OrderedDict

docs = ['0', '-0', '12', '-12', '1.5', '-1.5e3', '1E+2', '1e-2', '2.5E-3', '12345678901234567890123',
        '1.7976931348623157e308', '1e400', '-1e400', '0.1', '3.141592653589793',
        'true', 'false', 'null', '"abc"', '""', r'"\"\\\/\b\f\n\r\t"', r'"\u0041\u00e9\u20AC"',
        r'"\ud83d\ude00"', r'"\uD834\uDD1E x"', r'"\ud800"', r'"\udc00\ud800"', r'"\ud800\u0041"',
        '"é ü \U0001f600"', '[]', '{}', '[ ]', '{ }', ' [1, 2 , 3 ] ', '\t\n\r [\n1\n]\n',
        '{"a": 1, "b": [true, false, null], "c": {"d": "e"}}', '{"a":1,"a":2}',
        '[[[[[]]]]]', '[{"x": [{"y": {}}]}]', 'NaN', 'Infinity', '-Infinity', '[NaN, -Infinity]',
        '{"": ""}', '[1e5, 10, 1.0]', '"\x7f\u2028"', '[-0.0, 0.0]']
for d in docs:
    v = json.loads(d)
    print(repr(d), repr(v), type(v).__name__)

print(json.loads(b'{"a": "\xc3\xa9"}'), json.loads(bytearray(b'[1, 2]')), json.loads(b'\xef\xbb\xbf[3]'))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('{"b": 1, "a": {"c": 3}}', object_pairs_hook=OrderedDict))
print(json.loads('{"b": 1, "a": {"c": 3}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1}', object_hook=lambda d: 'hook', object_pairs_hook=lambda p: 'pairs'))
print(json.loads('[1.5, 2, 1e2]', parse_float=lambda s: 'F' + s, parse_int=lambda s: 'I' + s))
print(json.loads('[0.1, 10]', parse_float=str, parse_int=float))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: s.lower()))
print(json.loads('"a\tb\nc"', strict=False), json.loads('{"k\x01": 1}', strict=False))
try:
    json.loads('"a\tb"', strict=True)
except ValueError as e:
    print(type(e).__name__, e)

dec = json.JSONDecoder()
print(dec.decode(' [1] '), dec.raw_decode('[1] tail'), dec.raw_decode('xx"s"yy', 2))
print(dec.raw_decode('{"a": 1}{"b": 2}'), dec.raw_decode('123abc'))
try:
    dec.raw_decode(' 1')
except json.JSONDecodeError as e:
    print(e)
print(json.JSONDecoder(parse_int=str).decode('[7]'))
print(json.load(io.StringIO('{"x": [1, 2]}')))

class MyDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)

    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}

print(json.loads('{"a": {"b": 1}}', cls=MyDecoder))

for bad in (None, 1, [1]):
    try:
        json.loads(bad)
    except TypeError as e:
        print('TypeError', e)

# round trips
import random
rng = random.Random(3)
def gen(depth):
    r = rng.randrange(8 if depth < 4 else 5)
    if r == 0:
        return rng.randrange(-10**6, 10**6)
    if r == 1:
        return rng.random() * 10 ** rng.randrange(-5, 20)
    if r == 2:
        return ''.join(chr(rng.choice([rng.randrange(32, 127), rng.randrange(0, 0x3000), 0x1f600])) for _ in range(rng.randrange(6)))
    if r == 3:
        return rng.choice([None, True, False])
    if r == 4:
        return 'k' * rng.randrange(3)
    if r in (5, 6):
        return [gen(depth + 1) for _ in range(rng.randrange(4))]
    return {str(rng.randrange(100)): gen(depth + 1) for _ in range(rng.randrange(4))}
ok = 0
for i in range(200):
    v = gen(0)
    for kw in ({}, {'ensure_ascii': False}, {'indent': 2}, {'sort_keys': True, 'separators': (',', ':')}):
        t = json.dumps(v, **kw)
        ok += json.loads(t) == v
        if i < 5:
            print(t)
print(ok)
