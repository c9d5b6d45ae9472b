# Comparisons between ints, bools, floats (including big ints and inf/nan).
big = 2 ** 60 + 1
print(big == float(big), big > float(2 ** 60), big - 1 == float(2 ** 60))
print(10 ** 400 > float("inf"), -10 ** 400 < float("-inf"), 10 ** 400 > 1e308)
print(1 == 1.0, 1 == True, 0 == False, 2 == True, 1 < 1.5 < 2, 3 > 2.999999)
nan = float("nan")
print(nan == nan, nan != nan, 1 < nan, 1 > nan, nan == 1, [nan] == [nan])
print(sorted([3, 1.5, True, -2, 2 ** 70, -0.5]))
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 2 ** 53 == 2 ** 53 + 1.0)
print(1 == "1", 1 != "1", None == 0, [1] == [1.0], (1, 2) == (1.0, 2.0), {1: 2} == {1.0: 2.0})
