# Traceback entries: tb_lineno, tb_next and tb_frame.f_code, the parts
# traceback.extract_tb reads. (tb_frame is a snapshot here: its f_lineno is
# tb_lineno, where CPython's still-running frame has moved on.)
import os


def inner():
    raise KeyError('k')


def outer():
    inner()


try:
    outer()
except KeyError as e:
    tb = e.__traceback__
    while tb is not None:
        f = tb.tb_frame
        co = f.f_code
        print(tb.tb_lineno, co.co_name, os.path.basename(co.co_filename))
        print(type(f).__name__, type(tb.tb_next).__name__)
        tb = tb.tb_next

try:
    [].pop()
except IndexError as e:
    print(e.__traceback__.tb_frame.f_code.co_name, e.__traceback__.tb_next)

# Each entry's frame has its module's globals (unittest looks for
# '__unittest' there to hide its own frames).
import collections
try:
    collections.OrderedDict(1, 2, 3)
except TypeError as e:
    tb = e.__traceback__
    print(tb.tb_frame.f_globals is globals(), '__name__' in tb.tb_frame.f_globals)

# An exception kept in the globals that its own traceback holds: a cycle
# through the traceback, freed by the collector.
import gc


class Tracked:
    def __del__(self):
        print('freed')


ns = {'Tracked': Tracked}
exec("""
marker = Tracked()
try:
    raise ValueError('x')
except ValueError as e:
    caught = e
""", ns)
print(ns['caught'].__traceback__.tb_frame.f_globals is ns)
del ns
print(gc.collect() > 0)
