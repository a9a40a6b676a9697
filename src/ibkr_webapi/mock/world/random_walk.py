"""Seeded, stateless randomness for the mock market: same seed and key, same number.

`noise` and `gaussian` hash their key, so any value can be computed on its own, in any
order, without replaying history. `BridgeWalk` builds a Brownian path over whole seconds by
midpoint displacement (a Brownian bridge refined level by level), so the walk's value at any
second costs at most `LEVELS` hashes. Above `horizon` seconds the displacements shrink,
which keeps the walk near zero over years (mean reversion) while it stays Brownian over days.

>>> walk = BridgeWalk(seed=7, stream=265598, horizon=90 * 86400)
>>> walk.at(1_700_000_000) == BridgeWalk(7, 265598, 90 * 86400).at(1_700_000_000)
True
>>> walk.at(1_700_000_000) != BridgeWalk(8, 265598, 90 * 86400).at(1_700_000_000)
True
>>> 0.0 < noise(7, 1, 2) < 1.0
True
"""

from __future__ import annotations

import hashlib
import math
import struct
from statistics import NormalDist

LEVELS = 32
"""The walk covers 2**32 seconds (136 years) from ORIGIN."""
ORIGIN = 946_684_800
"""2000-01-01T00:00:00Z: second 0 of every walk."""
_SPAN = 1 << LEVELS
_MASK = (1 << 64) - 1
_NORMAL = NormalDist()
_CACHE_LIMIT = 200_000


def noise(seed: int, *key: int) -> float:
    """A uniform number in (0, 1), fixed by the seed and the integer key."""
    parts = (seed, *key)
    material = struct.pack(f">{len(parts)}Q", *(part & _MASK for part in parts))
    digest = hashlib.blake2b(material, digest_size=8).digest()
    return (int.from_bytes(digest, "big") + 0.5) / 2.0**64


def gaussian(seed: int, *key: int) -> float:
    """A standard normal number, fixed by the seed and the integer key."""
    return _NORMAL.inv_cdf(noise(seed, *key))


class BridgeWalk:
    """A Brownian-like path in units of sqrt(seconds), zero at ORIGIN, mean-reverting slowly."""

    def __init__(self, seed: int, stream: int, horizon: int) -> None:
        self._seed = seed
        self._stream = stream
        self._horizon = horizon
        self._values: dict[int, float] = {0: 0.0, _SPAN: 0.0}

    def at(self, epoch_second: float) -> float:
        """The walk's value at an epoch second (clamped to the walk's 136 years)."""
        position = min(max(int(epoch_second) - ORIGIN, 0), _SPAN)
        if len(self._values) > _CACHE_LIMIT:
            self._values = {0: 0.0, _SPAN: 0.0}
        return self._value(position)

    def _value(self, position: int) -> float:
        known = self._values.get(position)
        if known is not None:
            return known
        half = position & -position  # the lowest set bit: this point's refinement level
        middle = (self._value(position - half) + self._value(position + half)) / 2
        value = middle + self._scale(2 * half) * gaussian(self._seed, self._stream, position)
        self._values[position] = value
        return value

    def _scale(self, span: int) -> float:
        # A Brownian bridge's midpoint has variance span / 4; above the horizon it shrinks
        # with the span, which bounds the walk's variance (about horizon) at every time.
        if span <= self._horizon:
            return math.sqrt(span) / 2
        return self._horizon / (2 * math.sqrt(span))
