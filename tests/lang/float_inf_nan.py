# inf and nan: arithmetic, comparisons, conversions, math helpers.
import math
inf, nan = float("inf"), float("nan")
print(inf, -inf, nan, repr(inf), repr(-nan), str(nan))
print(inf + 1, inf - inf, inf * 0, inf / inf, -inf * -1, 1 / inf, -1 / inf)
print(inf == inf, inf > 10 ** 400, nan == nan, nan is nan, nan in [nan], math.isnan(nan), math.isinf(-inf))
print(math.isfinite(1.0), math.isfinite(inf), math.isfinite(nan), inf == math.inf, math.isnan(math.nan))
print(float("INF"), float("-inf"), float("Nan"), float("+inf"), float("infinity"))
print(max(1, inf), min(-inf, 0), sorted([3, -inf, inf, 0]))
print(inf // 1, inf % 1 if False else "skip", 5 % inf, -5 % inf)
for bad in (lambda: int(inf), lambda: int(nan), lambda: round(inf), lambda: math.floor(nan)):
    try:
        bad()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(hash(inf) == hash(inf), 0.0 * inf != 0.0 * inf)
