"""Small helpers shared by the mobile architectures."""
from typing import Optional


def _make_divisible(v: float, divisor: int, min_value: Optional[int] = None) -> int:
    """Rounds a channel count to the nearest multiple of divisor, never going
    below min_value (default: divisor) nor more than 10% below v."""
    if min_value is None:
        min_value = divisor
    rounded = max(min_value, int(v + divisor / 2) // divisor * divisor)
    if rounded < 0.9 * v:
        rounded += divisor
    return rounded
