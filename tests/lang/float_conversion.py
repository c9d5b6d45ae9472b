# int <-> float conversions, truncation, large values, precision loss.
print(int(3.99), int(-3.99), int(1e18), int(1.5e300) % 1000, float(2 ** 53), float(2 ** 53 + 1))
print(float(10 ** 22), float(123456789012345678901234567890), int(float(10 ** 22)))
print(int(0.9999999999999999), int(-0.0), float(-0), 2 ** 53 + 1.0)
print(float(2 ** 1023) * 2, float(2 ** 1023 + 2 ** 970) > 1e308)
try:
    float(2 ** 1024)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    2 ** 1024 / 1.0
except OverflowError as e:
    print(type(e).__name__, e)
print(10 ** 400 // 10 ** 399, (10 ** 400) / (10 ** 399))
import math
print(math.trunc(-2.7), math.floor(-2.7), math.ceil(-2.2), type(math.floor(2.5)).__name__)
