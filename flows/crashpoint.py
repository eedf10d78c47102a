"""Named points where a test can make this process die as a crash would: `CNHT_CRASH_AT=<name>` makes
`crash_point(name)` SIGKILL the process itself, with no cleanup, exactly there.

Only the kill tests set it (e.g. `after-store`: a batch of documents is committed to the store and
nothing after that has run). Unset, a crash point costs one dictionary lookup.
"""

from __future__ import annotations

import os
import signal

CRASH_ENV = "CNHT_CRASH_AT"


def crash_point(name: str) -> None:
    if os.environ.get(CRASH_ENV) == name:
        os.kill(os.getpid(), signal.SIGKILL)
