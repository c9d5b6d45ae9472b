# Heap queue on plain lists (CPython's heapq module): a[k] <= a[2k+1], a[2k+2].
# Items move by the same steps as CPython's, so heaps list in the same order:
# a removal sinks the hole to a leaf along the smaller children, then the new
# item rises from there.

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest',
           'nsmallest', 'heappushpop']


def _up(h, start, pos):
    # Move h[pos] towards the root (not above start) past larger parents.
    item = h[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        p = h[parent]
        if item < p:
            h[pos] = p
            pos = parent
        else:
            break
    h[pos] = item


def _down(h, pos):
    # Sink the item at pos to a leaf along the smaller children, then let it rise.
    end = len(h)
    start = pos
    item = h[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not h[child] < h[right]:
            child = right
        h[pos] = h[child]
        pos = child
        child = 2 * pos + 1
    h[pos] = item
    _up(h, start, pos)


def _up_max(h, start, pos):
    item = h[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        p = h[parent]
        if p < item:
            h[pos] = p
            pos = parent
        else:
            break
    h[pos] = item


def _down_max(h, pos):
    end = len(h)
    start = pos
    item = h[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not h[right] < h[child]:
            child = right
        h[pos] = h[child]
        pos = child
        child = 2 * pos + 1
    h[pos] = item
    _up_max(h, start, pos)


def _check(h, fn, what='argument 1'):
    if not isinstance(h, list):
        t = 'None' if h is None else type(h).__name__
        raise TypeError(f'{fn}() {what} must be list, not {t}')


def heappush(heap, item):
    _check(heap, 'heappush')
    heap.append(item)
    _up(heap, 0, len(heap) - 1)


def heappop(heap):
    _check(heap, 'heappop', 'argument')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        top = heap[0]
        heap[0] = last
        _down(heap, 0)
        return top
    return last


def heapreplace(heap, item):
    _check(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    top = heap[0]
    heap[0] = item
    _down(heap, 0)
    return top


def heappushpop(heap, item):
    _check(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _down(heap, 0)
    return item


def heapify(x):
    _check(x, 'heapify', 'argument')
    for i in range(len(x) // 2 - 1, -1, -1):
        _down(x, i)


def _heapify_max(x):
    for i in range(len(x) // 2 - 1, -1, -1):
        _down_max(x, i)


def _heappop_max(heap):
    last = heap.pop()
    if heap:
        top = heap[0]
        heap[0] = last
        _down_max(heap, 0)
        return top
    return last


def _heapreplace_max(heap, item):
    top = heap[0]
    heap[0] = item
    _down_max(heap, 0)
    return top


def merge(*iterables, key=None, reverse=False):
    # Entries [sort key, iterable index, value, next]: the index keeps equal
    # items in the order of their iterables.
    sign = -1 if reverse else 1
    h = []
    for i, it in enumerate(iterables):
        nxt = iter(it).__next__
        try:
            v = nxt()
        except StopIteration:
            continue
        h.append([v if key is None else key(v), i * sign, v, nxt])
    fix, pop = (_heapify_max, _down_max) if reverse else (heapify, _down)
    fix(h)
    while len(h) > 1:
        e = h[0]
        yield e[2]
        try:
            v = e[3]()
        except StopIteration:
            (_heappop_max if reverse else heappop)(h)
            continue
        e[0] = v if key is None else key(v)
        e[2] = v
        pop(h, 0)
    if h:
        e = h[0]
        yield e[2]
        yield from e[3].__self__


def _select(n, iterable, key, largest):
    # The n best items, found with a bounded heap of (key, order, item) whose
    # root is the worst kept; order makes ties keep their input order.
    if n == 1:
        miss = object()
        best = (max if largest else min)(iterable, default=miss, key=key)
        return [] if best is miss else [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=largest)[:n]
    it = iter(iterable)
    step = -1 if largest else 1
    kept = []
    for i, v in zip(range(n), it):
        kept.append((v if key is None else key(v), i * step, v))
    if not kept:
        return kept
    if largest:
        heapify(kept)
    else:
        _heapify_max(kept)
    worst = kept[0][0]
    order = n * step
    for v in it:
        k = v if key is None else key(v)
        if (worst < k) if largest else (k < worst):
            e = (k, order, v)
            if largest:
                heapreplace(kept, e)
            else:
                _heapreplace_max(kept, e)
            worst = kept[0][0]
        order += step
    kept.sort(reverse=largest)
    return [e[2] for e in kept]


def nsmallest(n, iterable, key=None):
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    return _select(n, iterable, key, True)
