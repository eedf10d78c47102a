"""The bundled sample site: four fictional Vietnamese sources served on 127.0.0.1 for the demo and tests."""

from pathlib import Path

SAMPLE_DIR = Path(__file__).parent
SITE_ROOT = SAMPLE_DIR / "site"
SOURCES_FILE = SAMPLE_DIR / "sources.yaml"
EXPECTED_FILE = SAMPLE_DIR / "expected.yaml"
