"""Imported by the extraction workers' fork server (`flows.stages.extract_pool.PRELOAD`): extracting one
small page here loads what the extractor loads lazily (trafilatura's internals, the taggers' gazetteers)
once, in the fork server, so every worker forked from it starts warm, in milliseconds, instead of ~0.8 s.
Importing this module anywhere else only costs that one extraction."""

from __future__ import annotations

import contextlib

from flows.stages.extract import WARMUP, extract_work

with contextlib.suppress(Exception):  # a failure here only means the workers warm up themselves
    extract_work(*WARMUP)
