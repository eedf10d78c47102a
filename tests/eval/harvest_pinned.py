"""Build tests/eval/pinned_deals.jsonl: the sentences of the tagger tests with the deals the rules give them.

Run `python -m tests.eval.harvest_pinned` after adding or changing tagger tests. It runs the tagger tests
(`tests/test_tag*.py`, not the property tests) with the learned deal model off (`CNHT_DEAL_MODEL=off`),
records every text they tag, and writes each text once with the rules' deals (kind, canonical parties).
The tests pass on the rules, so those deals are the ones the tests pin down (a text whose test pins only
firms still carries the rules' deals for it: our own shapes, read as we meant them).
`extract.train_deal_model` learns from these rows beside the evaluation sentences, so that the model does
not overrule a shape a test has settled.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "pinned_deals.jsonl"
ROOT = HERE.parent.parent
MAX_CHARS = 3000


class _Recorder:
    """A pytest plugin that wraps `tag_text` everywhere the tests reach it and records its inputs."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.seen: dict[tuple[str, str | None], None] = {}

    def pytest_configure(self, config: object) -> None:
        import extract
        import extract.tag
        import tests.deal_shapes

        original = extract.tag.tag_text

        def recording(text: str, published: str | None = None):  # type: ignore[no-untyped-def]
            self.seen.setdefault((text, published), None)
            return original(text, published)

        for module in (extract, extract.tag, tests.deal_shapes):
            module.tag_text = recording  # type: ignore[attr-defined]

    def pytest_collection_modifyitems(self, items: list) -> None:
        for item in items:  # test modules imported tag_text by name before configure could wrap it
            module = getattr(item, "module", None)
            if module is not None and getattr(module, "tag_text", None) is not None:
                import extract

                module.tag_text = extract.tag_text

    def pytest_unconfigure(self, config: object) -> None:
        self.path.write_text(json.dumps(list(self.seen), ensure_ascii=False), encoding="utf-8")


def main() -> None:
    os.environ["CNHT_DEAL_MODEL"] = "off"
    if len(sys.argv) > 1 and sys.argv[1] == "--record":  # the child: run the tests and record
        import pytest

        recorder = _Recorder(Path(sys.argv[2]))
        sys.exit(pytest.main(["-q", "-p", "no:cacheprovider", *sys.argv[3:]], plugins=[recorder]))
    # hypothesis's generated texts are no one's sentences, and differ from run to run
    tests = sorted(
        str(p.relative_to(ROOT))
        for p in (ROOT / "tests").glob("test_tag*.py")
        if "hypothesis" not in p.read_text(encoding="utf-8")
    )
    raw = ROOT / ".pinned_texts.json"
    try:
        run = subprocess.run(
            [sys.executable, "-m", "tests.eval.harvest_pinned", "--record", str(raw), *tests], cwd=ROOT
        )
        texts = json.loads(raw.read_text(encoding="utf-8")) if run.returncode == 0 else None
    finally:
        raw.unlink(missing_ok=True)
    if texts is None:  # a test's deals would be pinned as the rules got them wrong
        sys.exit(
            f"harvest_pinned: the tagger tests fail with the rules alone (CNHT_DEAL_MODEL=off, exit "
            f"{run.returncode}; see above); {OUT.name} is left as it was"
        )
    from extract.tag import tag_text

    with OUT.open("w", encoding="utf-8") as out:
        for text, published in texts:
            if len(text) > MAX_CHARS:  # the long texts of speed and scaling tests are no one's sentences
                continue
            deals = [{"kind": d.kind, "parties": d.parties} for d in tag_text(text, published).deals]
            row = {"text": text, "published": published, "gold": {"deals": deals}}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{OUT}: {sum(1 for t, _ in texts if len(t) <= MAX_CHARS)} texts")


if __name__ == "__main__":
    main()
