# random: getstate/setstate replay and independent Random instances.
import random
random.seed(99)
state = random.getstate()
first = [random.randint(0, 1000) for _ in range(5)]
random.setstate(state)
second = [random.randint(0, 1000) for _ in range(5)]
print(first, first == second)
a = random.Random(1)
b = random.Random(1)
print([a.random() for _ in range(2)] == [b.random() for _ in range(2)])
deck = list("abcdefgh")
random.Random(5).shuffle(deck)
print(deck)
random.seed(3)
print(random.choices([1, 2, 3], k=4) if hasattr(random, "choices") else None)
