"""Implementation of the itertools module (the builtin `itertools` copies these names)."""


def _number(v):
    t = type(v)
    if not (hasattr(t, '__index__') or hasattr(t, '__float__') or hasattr(t, '__int__')):
        raise TypeError('a number is required')


# Arguments are checked (and iterables turned into iterators) when the call is
# made, as CPython's itertools do, not when the generator first runs.
def count(start=0, step=1):
    _number(start)
    _number(step)
    return _count(start, step)


def _count(n, step):
    while True:
        yield n
        n += step


def cycle(iterable):
    return _cycle(iter(iterable))


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


def repeat(object, times=None):
    return _repeat(object, times if times is None else range(times))


def _repeat(object, times):
    if times is None:
        while True:
            yield object
    else:
        for _ in times:
            yield object


def accumulate(iterable, func=None, *, initial=None):
    return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        for total in it:
            break
        else:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


class chain:
    __module__ = "itertools"

    def __init__(self, *iterables):
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterables):
        c = cls()
        c._source = iter(iterables)
        return c

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                self._active = iter(next(self._source))
            for x in self._active:
                return x
            self._active = None


def compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(predicate, iterable):
    it = iter(iterable)
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


def filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x


class groupby:
    __module__ = "itertools"

    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = _MARKER
        self._id = None

    def __iter__(self):
        return self

    def __next__(self):
        self._id = object()
        while self._currkey is _MARKER or self._currkey == self._tgtkey:
            self._advance()
            if self._currkey is _MARKER:
                raise StopIteration
        self._tgtkey = self._currkey
        return self._currkey, self._grouper(self._tgtkey, self._id)

    def _advance(self):
        try:
            v = next(self._it)
        except StopIteration:
            self._currkey = _MARKER
            return
        self._currvalue = v
        self._currkey = v if self._keyfunc is None else self._keyfunc(v)

    def _grouper(self, tgtkey, id):
        while self._id is id and self._currkey is not _MARKER and self._currkey == tgtkey:
            yield self._currvalue
            self._advance()
            if self._currkey is _MARKER:
                return


_MARKER = object()


def _islice_arg(v, what):
    if v is None:
        return None
    try:
        v = v.__index__()
    except AttributeError:
        v = -1
    if v < 0:
        raise ValueError('%s argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.' % what)
    return v


def islice(iterable, *args):
    if not args:
        raise TypeError('islice expected at least 2 arguments, got 1')
    if len(args) > 3:
        raise TypeError('islice expected at most 4 arguments, got %d' % (len(args) + 1))
    s = slice(*args)
    start = _islice_arg(s.start, 'Indices') or 0
    stop = _islice_arg(s.stop, 'Stop')
    step = s.step
    if step is None:
        step = 1
    else:
        try:
            step = step.__index__()
        except AttributeError:
            step = 0
        if step <= 0:
            raise ValueError('Step for islice() must be a positive integer or None.')
    return _islice_gen(iter(iterable), start, stop, step)


def _islice_gen(it, start, stop, step):
    i = 0
    nexti = start
    if stop is not None and stop <= start:
        for _ in zip(range(stop), it):
            pass
        return
    for x in it:
        if i == nexti:
            yield x
            nexti += step
            if stop is not None and nexti >= stop:
                for _ in zip(range(stop - i - 1), it):
                    pass
                return
        i += 1


def starmap(function, iterable):
    for args in iterable:
        yield function(*tuple(args))


def tee(iterable, n=2):
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    queues = [[] for _ in range(n)]

    def gen(q):
        while True:
            if not q:
                try:
                    v = next(it)
                except StopIteration:
                    return
                for other in queues:
                    other.append(v)
            yield q.pop(0)

    return tuple(gen(q) for q in queues)


def zip_longest(*iterables, fillvalue=None):
    return _zip_longest([iter(it) for it in iterables], fillvalue)


def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def product(*iterables, repeat=1):
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product_gen(pools)


def _product_gen(pools):
    result = [()]
    for pool in pools:
        result = [x + (y,) for x in result for y in pool]
    for prod in result:
        yield prod


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    elif not hasattr(type(r), '__index__'):
        raise TypeError('Expected int as r')
    if r < 0:
        raise ValueError('r must be non-negative')
    return _permutations_gen(pool, n, r)


def _permutations_gen(pool, n, r):
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def combinations(iterable, r):
    pool = tuple(iterable)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations_gen(pool, len(pool), r)


def _combinations_gen(pool, n, r):
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _cwr_gen(pool, len(pool), r)


def _cwr_gen(pool, n, r):
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


def pairwise(iterable):
    return _pairwise(iter(iterable))


def _pairwise(it):
    for a in it:
        for b in it:
            yield a, b
            a = b
        return
