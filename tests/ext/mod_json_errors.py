# json.loads errors: JSONDecodeError's message, position, line and column.
import json
for s in ['', ' ', '[', '[1', '[1,', '[1,]', '[1 2]', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', '{"a" 1}', '{1:2}', '{"a":1 "b":2}',
          '"abc', '"a\\', '"a\\x"', '"\\u12"', '"\\u12g4"', '"\\ud800\\u12"', '"\\ud800\\x"', '"a\nb"', '"\x00"', '1 2', '[1] x', 'nul', 'tru', '-', '-a', '01', '1.', '1.e5', '1e', '1e+', '.5', '"\\ud800"',
          '\n\n  [1,\n  2,,]', '[\n"abc\n"]', 'NaN', '-Infinity', 'Infinity', '-NaN', '\ufeff[]', '[1]\n\n', '{"a":1}}', '"\\u00e9\\uD83D\\uDE00"', '"\\ud83dx"', '"\\udc00\\ud800"', '[-0, -0.0, 1E2, 1e-2, 12345678901234567890]']:
    try:
        print(repr(s), repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), 'ERR', e, '|', e.msg, e.pos, e.lineno, e.colno)

e = json.JSONDecodeError('Some msg', 'ab\ncd\nef', 7)
print(e, e.msg, e.pos, e.lineno, e.colno, repr(e.doc), isinstance(e, ValueError), e.args)
print(json.JSONDecodeError.__mro__[1].__name__)
try:
    json.loads('[1, 2,\n 3,\n\n x]')
except ValueError as e:
    print(type(e).__name__, e)
try:
    json.loads(b'[1, \xff]')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError')
