# Deterministic initialisers (no randomness, so outputs are reproducible everywhere).


def constant_(t, value):
    for i in range(len(t.data)):
        t.data[i] = float(value)
    return t


def deterministic_(t, scale=1.0):
    n = len(t.data)
    for i in range(n):
        t.data[i] = scale * (((i * 37 + 11) % 17) / 8.0 - 1.0)
    return t
