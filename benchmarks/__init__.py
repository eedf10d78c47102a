"""Benchmarks: run each as `python -m benchmarks.NAME`; they print figures, tests never time anything."""
