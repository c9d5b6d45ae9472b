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
