# math functions and constants.
import math
print(math.pi, math.e, math.tau, math.inf, math.nan != math.nan)
print(math.sqrt(16), math.sqrt(2), math.pow(2, 10), math.exp(1), math.log(math.e), math.log(100, 10), math.log10(1000), math.log2(1024))
print(math.sin(0), math.cos(0), math.tan(0), math.asin(1), math.acos(1), math.atan(1), math.atan2(1, 1), math.atan2(-1, -1))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.hypot(3, 4), math.degrees(math.pi), math.radians(180))
print(math.floor(2.7), math.ceil(2.1), math.floor(-2.7), math.ceil(-2.1), math.trunc(-2.7), math.floor(5), type(math.ceil(1.2)).__name__)
print(math.fabs(-3), math.fmod(7, 3), math.fmod(-7, 3), math.copysign(3, -0.0), math.modf(3.25), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.factorial(20), math.factorial(0), math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6), math.isqrt(99), math.isqrt(10 ** 20))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.05, rel_tol=0.1), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.prod([]), math.lcm(4, 6), math.dist((0, 0), (3, 4)))
print(math.expm1(1e-10), math.log1p(1e-10), math.erf(0.5), math.gamma(5), round(math.lgamma(10), 9), math.floor(1e300) == int(1e300))
print(math.isfinite(1e308), math.isinf(1e309), math.isnan(float("nan")), math.sqrt(0.0), math.sqrt(-0.0))
