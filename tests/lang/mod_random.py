# random with a fixed seed must reproduce CPython's Mersenne Twister sequence.
import random
random.seed(42)
print([random.random() for _ in range(5)])
print([random.randint(1, 6) for _ in range(10)])
print([random.randrange(100) for _ in range(5)], [random.randrange(10, 20, 3) for _ in range(5)])
items = list(range(10))
random.shuffle(items)
print(items)
print(random.choice("abcdef"), random.choice([10, 20, 30]), random.uniform(1, 2))
print(random.getrandbits(8), random.getrandbits(64), random.getrandbits(100))
random.seed(0)
a = [random.random() for _ in range(3)]
random.seed(0)
b = [random.random() for _ in range(3)]
print(a == b, a)
random.seed(12345)
print(random.randint(0, 10 ** 12), random.randint(-5, 5), random.randrange(0, 2 ** 70))
random.seed(2 ** 40 + 7)
print(random.random(), random.sample(range(100), 5))
r = random.Random(7)
print(r.random(), r.randint(1, 100))
for bad in (lambda: random.choice([]), lambda: random.randint(5, 1), lambda: random.randrange(0)):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__)
