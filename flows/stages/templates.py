"""Per-source page templates (`extract.templates`): learnt from the source's archived pages, kept in
`<data-dir>/templates/<source>.json`, and handed to the extractor for every page of that source.

A source's template is learnt the first time the extract stage meets one of its pages with at least
`extract.templates.MIN_PAGES` HTML pages archived (the newest `LEARN_PAGES` of them), then read back from
its file. `cnht reextract` forgets every template first (`forget`), so they are learnt again from the
whole archive as it is now. A source with too few pages gets none, and is tried again on the next run.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from crawlers.archive import RawArchive, RawPage
from extract.page import ExtractionError, decode_html, parse_html
from extract.templates import MIN_PAGES, Template, learn

TEMPLATE_DIR = "templates"
LEARN_PAGES = 40  # newest HTML pages of a source read to learn its template
HTML_TYPES = ("text/html", "application/xhtml")


def template_path(data_dir: Path, source: str) -> Path:
    return Path(data_dir) / TEMPLATE_DIR / f"{source}.json"


def forget(data_dir: Path) -> None:
    """Drop every stored template: the next extract stage learns them again from the archive."""
    shutil.rmtree(Path(data_dir) / TEMPLATE_DIR, ignore_errors=True)


def learn_from_archive(archive: RawArchive, source: str, limit: int = LEARN_PAGES) -> Template:
    """The template of `source` from its newest `limit` archived HTML pages (unreadable ones skipped)."""
    pages = [
        p
        for p in archive.pages()
        if p.source == source
        and p.role != "attachment"
        and p.status == 200
        and (p.content_type or "text/html").lower().startswith(HTML_TYPES)
    ]
    newest: dict[str, RawPage] = {}
    for page in sorted(pages, key=lambda p: p.fetched_at, reverse=True):
        newest.setdefault(page.url, page)  # one version of each page: a re-fetched page counts once
    trees = []
    for page in list(newest.values())[:limit]:
        try:
            trees.append(parse_html(decode_html(archive.read_body(page), page.content_type)))
        except (ExtractionError, OSError):
            continue
    return learn(trees)


class SourceTemplates:
    """Each source's template, loaded or learnt once per run on first use."""

    def __init__(self, data_dir: Path, archive: RawArchive) -> None:
        self.data_dir, self.archive = Path(data_dir), archive
        self._cache: dict[str, Template | None] = {}

    def get(self, source: str) -> Template | None:
        if source not in self._cache:
            self._cache[source] = self._load_or_learn(source)
        return self._cache[source]

    def _load_or_learn(self, source: str) -> Template | None:
        path = template_path(self.data_dir, source)
        if path.exists():
            try:
                return Template.model_validate_json(path.read_text(encoding="utf-8"))
            except ValueError:
                pass  # unreadable: learnt again below
        template = learn_from_archive(self.archive, source)
        if template.pages < MIN_PAGES:
            return None
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(template.model_dump_json(), encoding="utf-8")
        return template
