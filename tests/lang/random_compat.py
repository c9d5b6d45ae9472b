# random: seeded sequences must equal CPython (int seeds), distributions, state, errors.
import random
random.seed(42)
print(random.random(), random.randint(1, 100), random.randrange(10), random.randrange(0, 100, 7))
print(random.choice("abcdef"), random.choice([1, 2, 3]), random.uniform(-1, 1), random.gauss(0, 1), random.gauss(5, 2))
l = list(range(10)); random.shuffle(l); print(l)
print(random.sample(range(100), 5), random.sample(["a", "b", "c"], 3), random.choices([1, 2, 3], k=5))
print(random.choices("abc", weights=[10, 1, 1], k=6), random.choices("abc", cum_weights=[1, 2, 30], k=4))
print(random.getrandbits(16), random.getrandbits(70), random.normalvariate(0, 1), random.expovariate(2.0), random.betavariate(2, 3) if hasattr(random, 'betavariate') else 0)
print(random.triangular(0, 10, 3), random.lognormvariate(0, 1), random.vonmisesvariate(1, 2), random.gammavariate(2, 1), random.paretovariate(3), random.weibullvariate(1, 2))
random.seed(0); a = [random.random() for _ in range(3)]; random.seed(0); b = [random.random() for _ in range(3)]; print(a == b, a)
st = random.getstate(); x = random.random(); random.setstate(st); print(x == random.random())
r = random.Random(123); print(r.random(), r.randint(0, 10), r.choice(range(50)))
random.seed(12345678901234567890); print(random.random())
random.seed(-5); print(random.random())
random.seed(3.5) if False else None
random.seed(1); print(random.randbytes(4) if hasattr(random, 'randbytes') else b'')
random.seed(7); print([random.randint(0, 1) for _ in range(20)])
random.seed(7); print(random.sample(range(1000000), 3), random.randrange(10**20))
random.seed(9); big = list(range(30)); random.shuffle(big); print(big)
for bad in [lambda: random.randint(5, 1), lambda: random.randrange(0), lambda: random.choice([]), lambda: random.sample([1, 2], 3), lambda: random.randrange(1.5), lambda: random.sample({1, 2}, 1), lambda: random.randint(1.0, 2), lambda: random.choices([], k=1), lambda: random.getrandbits(-1), lambda: random.randrange(1, 5, 0), lambda: random.choices("ab", weights=[1], k=1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(random.Random(5).sample([1,2,3,4], k=2))
class MyRandom(random.Random):
    pass
m = MyRandom(3); print(m.random())
random.seed(2); print(random.binomialvariate(10, 0.5) if hasattr(random, 'binomialvariate') else 'nb')
