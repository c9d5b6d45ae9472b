# A generator abandoned by an exception is closed (its finally blocks run)
# while the exception propagates, which then goes on unchanged.
def numbers():
    try:
        yield 1
        yield 2
    finally:
        print('generator closed')


def loop():
    for n in numbers():
        raise ValueError('from the loop body %d' % n)


try:
    loop()
except ValueError as e:
    print('caught:', e)


def nested():
    try:
        for n in numbers():
            for m in numbers():
                raise KeyError(n + m)
    finally:
        print('finally of nested')


try:
    nested()
except KeyError as e:
    print('caught:', e)


def handler_in_finally():
    try:
        yield 1
    finally:
        try:
            raise RuntimeError('inside the generator')
        except RuntimeError:
            print('handled inside')


try:
    for x in handler_in_finally():
        raise IndexError('outer')
except IndexError as e:
    print('caught:', e)
