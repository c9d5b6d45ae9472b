# itertools: product, permutations, combinations, combinations_with_replacement.
import itertools as it
print(list(it.product("ab", [1, 2])), list(it.product([0, 1], repeat=2)), list(it.product()), list(it.product([], [1])))
print(list(it.permutations([1, 2, 3])), list(it.permutations("abc", 2)), list(it.permutations([], 0)), list(it.permutations([1], 2)))
print(list(it.combinations(range(4), 2)), list(it.combinations("abc", 3)), list(it.combinations("ab", 3)), list(it.combinations([1], 0)))
print(list(it.combinations_with_replacement("ab", 2)), len(list(it.product(range(3), repeat=3))))
print(sum(1 for _ in it.permutations(range(6))), sum(1 for _ in it.combinations(range(10), 4)))
