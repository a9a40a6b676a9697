"""Pausing the cyclic garbage collector while a whole report is built.

A whole report is hundreds of thousands of rows, each a tuple the collector
tracks. None of them can be part of a reference cycle, yet every collection
walks them again: about a fifth of ``parse``'s time. So the collector is paused
while they are created; reference counting still frees everything as usual.

When the pause ends, everything allocated meanwhile would sit in the youngest
generation, and the first allocation after would walk all of it at once. Instead
it is moved to the oldest generation (``gc.freeze()`` then ``gc.unfreeze()``:
two constant-time list splices), where only full collections look at it, as
they would once it had aged. This is skipped when the program has frozen
objects of its own, which must stay frozen.

Parses in several threads share one pause: the collector comes back when the
last of them ends, and only if it was enabled before the first.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_active = 0
_was_enabled = False


@contextmanager
def gc_paused(*, promote: bool = True) -> Iterator[None]:
    """Disable the cyclic collector inside the block; restore its state afterwards.

    >>> import gc
    >>> with gc_paused():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True

    ``promote=False`` (streams, paused per batch) leaves the generations alone: the
    batch's rows are freed by reference counting, and the program's own young objects
    must not be aged every batch.
    """
    global _active, _was_enabled
    with _lock:
        if _active == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _active += 1
    try:
        yield
    finally:
        with _lock:
            _active -= 1
            if _active == 0:
                if promote and gc.get_freeze_count() == 0:
                    gc.freeze()
                    gc.unfreeze()
                if _was_enabled:
                    gc.enable()
