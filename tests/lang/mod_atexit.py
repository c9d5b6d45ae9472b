# atexit: functions registered run when the program ends, newest first.
import atexit


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print('%s: %s' % (type(e).__name__, e))


def hello(*args, **kwargs):
    print('hello', args, sorted(kwargs.items()))


def failing():
    raise ValueError('reported on stderr, the others still run')


print(atexit.register(hello) is hello)
atexit.register(hello, 1, 2, key='value')
atexit.register(failing)
atexit.register(print, 'registered twice')
atexit.register(print, 'registered twice')
atexit.register(len, 'unregistered')
atexit.unregister(len)
show(lambda: atexit.register())
show(lambda: atexit.register(5))
show(lambda: atexit.unregister(print, 1))
show(lambda: atexit.unregister(lambda: 0))


def nested():
    print('nested: registered during the run, does not run')


def registers():
    print('registers another')
    atexit.register(nested)


atexit.register(registers)
atexit.register(print, 'last registered, first to run', end='!\n')
print('end of the program')
