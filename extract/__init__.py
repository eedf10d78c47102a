"""HTML to clean text and metadata, and Vietnamese tagging.

Public API (stable): `extract_document(html, url=None, *, selectors=None, template=None) -> Document`
(`template`: a host's page template, `extract.templates.learn(trees)` from its pages),
`tag_text(text, published=None) -> Tags` and
`attachment_text(body, url, content_type=None) -> AttachmentText`.
"""

from extract.attachments import attachment_text
from extract.models import AttachmentText, DecisionMeta, Document, Tags
from extract.page import ExtractionError, extract_document


def tag_text(text: str, published: str | None = None) -> Tags:
    """Tag firms, organisations, persons, places, money, percentages, legal numbers and deals in `text`."""
    from extract.tag import tag_text as _tag_text

    return _tag_text(text, published=published)


__all__ = [
    "AttachmentText",
    "DecisionMeta",
    "Document",
    "ExtractionError",
    "Tags",
    "attachment_text",
    "extract_document",
    "tag_text",
]
