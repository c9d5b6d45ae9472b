# math domain and range errors.
import math
cases = [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.acos(2),
         lambda: math.exp(1000), lambda: math.factorial(-1), lambda: math.factorial(1.5), lambda: math.pow(0, -1),
         lambda: math.sqrt("4"), lambda: math.isqrt(-1), lambda: math.floor(float("inf")), lambda: math.log(10, 1),
         lambda: math.fmod(1, 0), lambda: math.ceil("x")]
for c in cases:
    try:
        print(c())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
