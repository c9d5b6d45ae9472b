# A small tour of what upytorch runs: classes, generators, comprehensions,
# f-strings, exceptions and a few standard modules.
import math
import sys
from collections import namedtuple

Planet = namedtuple("Planet", "name radius_km moons")

PLANETS = [
    Planet("Mercury", 2439.7, 0),
    Planet("Venus", 6051.8, 0),
    Planet("Earth", 6371.0, 1),
    Planet("Mars", 3389.5, 2),
]


class Greeter:
    def __init__(self, greeting="Hello"):
        self.greeting = greeting

    def __call__(self, who):
        return f"{self.greeting}, {who}!"


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def main():
    greet = Greeter()
    print(greet("world"))
    print(f"Python {sys.version_info[0]}.{sys.version_info[1]} semantics, script {sys.argv[0]!r}")

    fib = fibonacci()
    print("First Fibonacci numbers:", [next(fib) for _ in range(12)])
    print("2 ** 100 =", 2 ** 100)

    print(f"{'planet':<8} {'radius':>8} {'area (km²)':>14} moons")
    for p in sorted(PLANETS, key=lambda p: p.radius_km, reverse=True):
        area = 4 * math.pi * p.radius_km ** 2
        print(f"{p.name:<8} {p.radius_km:>8.1f} {area:>14,.0f} {'*' * p.moons}")

    try:
        1 / 0
    except ZeroDivisionError as e:
        print("Caught:", type(e).__name__, "-", e)


if __name__ == "__main__":
    main()
