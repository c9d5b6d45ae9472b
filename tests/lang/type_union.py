# PEP 604 unions of classes: int | None, isinstance(x, int | str), types.UnionType.
import types, typing
class A: pass
class B(A): pass
def t(label, f):
    try: r = f()
    except Exception as e: print(label, '->', type(e).__name__ + ':', e)
    else: print(label, '->', repr(r))
t('basic', lambda: (int | str, int | None, None | int, A | B, int | str | float, (int | str) | (float | None)))
t('dedupe', lambda: (int | int, int | str | int, (int | str) | (str | int), type(int | int)))
t('type', lambda: (type(int | str), type(int | str).__name__, type(int | str).__module__, isinstance(int | str, types.UnionType)))
t('args', lambda: ((int | str).__args__, (int | None).__args__, (None | A).__args__))
t('eq', lambda: ((int | str) == (str | int), (int | str) != (str | int), (int | str) == (int | float), (int | str) == int, (int | str) == (int, str)))
t('hash', lambda: (hash(int | str) == hash(str | int), len({int | str, str | int})))
t('isinstance', lambda: (isinstance(1, int | str), isinstance('a', int | str), isinstance(1.5, int | str), isinstance(None, int | None), isinstance(B(), A | None), isinstance(True, int | str)))
t('issubclass', lambda: (issubclass(bool, int | str), issubclass(float, int | str), issubclass(B, None | A), issubclass(type(None), int | None)))
t('isinstance nested', lambda: isinstance(1, (str, int | float)))
t('none|none', lambda: None | None)
t('int|1', lambda: int | 1)
t('1|int', lambda: 1 | int)
t('int|str literal', lambda: int | 'str')
t('str lit|int', lambda: 'str' | int)
x = int
x |= str
t('inplace', lambda: x)
t('typing', lambda: (typing.Optional[int] | str, int | typing.Optional[str], typing.Union[int, str] == (int | str), typing.get_args(int | None), typing.get_origin(int | str) is typing.Union))
t('typing List', lambda: int | typing.List[int])
def f(a: int | None = None, b: 'str | None' = None) -> list | dict: pass
t('annot', lambda: f.__annotations__)
t('str', lambda: str(int | str))
t('format', lambda: f'{int | str}')
t('meta', lambda: type('M', (type,), {})('X', (), {}) | int)
t('list|', lambda: list | None)
